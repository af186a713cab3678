import type { ReactNode } from "react";
import { usePage } from "./page-context.tsx";
import { Layout } from "./components/layout.tsx";
import { manifestPath, themeColour } from "../offline/offline-pages.tsx";

/** On every page: Designsystemet (one file, cached for a year) and the site's own layout. */
const baseStylesheets = ["ds-theme.css", "ds-index.css", "app.css"];
/** On every page: registers the service worker (offline reading); the page works without it. */
const baseScripts = ["offline.js"];

/** `/assets/plan.js` or `plan.js` → the file's name in `public/`. */
const assetName = (src: string) => src.replace(/^\/assets\//, "");

/**
 * The whole HTML document. `lang` and `dir` are set once here; everything below uses logical CSS.
 * Stylesheets carry a React precedence so that the ones modules declare (ModuleStylesheet) are
 * hoisted into the head after these, in the cascade order Designsystemet → app → module.
 * Scripts are deferred: nothing but the stylesheets blocks the first paint.
 */
export function Document({ title, scripts, children }: { title: string; scripts: string[]; children: ReactNode }) {
  const { lang, dir, t, asset } = usePage();
  return (
    <html lang={lang} dir={dir} data-color-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t("meta.siteName")}`}</title>
        <meta name="description" content={t("meta.tagline")} />
        <meta name="theme-color" content={themeColour} />
        <link rel="icon" href={asset("favicon.svg")} type="image/svg+xml" />
        <link rel="manifest" href={manifestPath(lang)} />
        {baseStylesheets.map((name) => (
          <link key={name} rel="stylesheet" href={asset(name)} precedence="base" />
        ))}
        {[...baseScripts, ...scripts.map(assetName)].map((name) => (
          <script key={name} src={asset(name)} defer />
        ))}
      </head>
      <body>
        <Layout>{children}</Layout>
      </body>
    </html>
  );
}
