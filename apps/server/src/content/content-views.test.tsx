import assert from "node:assert/strict";
import { test } from "node:test";
import { renderToString } from "react-dom/server";
import { directionOf, type Language } from "@velkomst/i18n";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { PageContextProvider } from "../web/page-context.tsx";
import { getBaselinePage } from "./baseline-content.ts";
import { ContentPage } from "./content-views.tsx";

const froya = { number: "5014", name: "Frøya", countyNumber: "50", countyName: "Trøndelag", population: 5000 };

function render(lang: Language, fallback: boolean): string {
  const entry = { ...getBaselinePage("health", "nb")!, requested: lang, fallback };
  return renderToString(
    <PageContextProvider value={{ lang, dir: directionOf(lang), t: uiTranslator(lang), viewer: null, path: "/", csrfToken: () => "x" }}>
      <ContentPage municipality={froya} entry={entry} />
    </PageContextProvider>,
  );
}

test("a page shown in bokmål because the translation is missing says so in the reader's language and marks the text as bokmål", () => {
  const html = render("ar", true);
  assert.match(html, /لم تُترجم هذه الصفحة إلى العربية بعد/);
  assert.match(html, /class="ds-alert"/);
  assert.match(html, /<h1[^>]*lang="nb"[^>]*dir="ltr"/);
  assert.match(html, /<div class="content-body" lang="nb" dir="ltr">/);
});

test("a translated page has no fallback notice and no language override", () => {
  const html = render("nb", false);
  assert.doesNotMatch(html, /ds-alert/);
  assert.doesNotMatch(html, /lang="nb"/);
  assert.match(html, /Nasjonal informasjon/);
});
