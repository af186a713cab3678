import type { ReactNode } from "react";
import { usePage } from "./page-context.tsx";
import { Layout } from "./components/layout.tsx";

export const stylesheets = ["/assets/ds/theme.css", "/assets/ds/index.css", "/assets/app.css", "/assets/plan.css", "/assets/events.css", "/assets/directory.css", "/assets/readiness.css", "/assets/content.css", "/assets/search.css"];

/** The whole HTML document. `lang` and `dir` are set once here; everything below uses logical CSS. */
export function Document({ title, scripts, children }: { title: string; scripts: string[]; children: ReactNode }) {
  const { lang, dir, t } = usePage();
  return (
    <html lang={lang} dir={dir} data-color-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t("meta.siteName")}`}</title>
        <meta name="description" content={t("meta.tagline")} />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        {scripts.map((src) => (
          <script key={src} src={src} defer />
        ))}
      </head>
      <body>
        <Layout>{children}</Layout>
      </body>
    </html>
  );
}
