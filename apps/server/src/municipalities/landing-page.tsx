import { Card, Heading, Link, List, Paragraph } from "@digdir/designsystemet-react";
import { usePage } from "../web/page-context.tsx";
import { paths } from "../web/paths.ts";
import { MunicipalityFinderForm } from "./municipality-finder-form.tsx";
import { LinkCard } from "../web/components/link-card.tsx";

export function LandingPage() {
  const { t, lang } = usePage();
  return (
    <div className="stack">
      <section className="hero stack">
        <Heading level={1} data-size="xl">
          {t("landing.title")}
        </Heading>
        <Paragraph data-size="lg">{t("landing.lead")}</Paragraph>
      </section>
      <LinkCard href={paths.plan(lang)} title={t("landing.makePlan")} text={t("landing.makePlanText")} />
      <Card data-color="neutral" className="stack">
        <Heading level={2} data-size="sm">
          {t("landing.chooseMunicipality")}
        </Heading>
        <MunicipalityFinderForm />
        <Link href={paths.municipalities(lang)}>{t("landing.allMunicipalities")}</Link>
      </Card>
      <section className="stack">
        <Heading level={2} data-size="md">
          {t("landing.whatTitle")}
        </Heading>
        <List.Unordered>
          <List.Item>{t("landing.whatPlan")}</List.Item>
          <List.Item>{t("landing.whatRights")}</List.Item>
          <List.Item>{t("landing.whatLocal")}</List.Item>
        </List.Unordered>
      </section>
      <section className="stack">
        <Heading level={2} data-size="md">
          {t("landing.whoTitle")}
        </Heading>
        <Paragraph>{t("landing.whoText")}</Paragraph>
      </section>
    </div>
  );
}
