import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { usePage } from "../page-context.tsx";
import { paths } from "../paths.ts";

export function ErrorPage({ title, text }: { title: string; text: string }) {
  const { t, lang } = usePage();
  return (
    <section className="stack">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>{text}</Paragraph>
      <Link href={paths.landing(lang)}>{t("errors.toFrontPage")}</Link>
    </section>
  );
}
