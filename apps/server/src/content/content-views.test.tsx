import { testClock } from "../../test/test-clock.ts";
import assert from "node:assert/strict";
import { test } from "node:test";
import { renderToString } from "react-dom/server";
import { directionOf, type Language } from "@velkomst/i18n";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { PageContextProvider } from "../web/page-context.tsx";
import { getBaselinePage } from "./baseline-content.ts";
import type { ReaderPageWithBody } from "./content-reader.ts";
import { ContentPage, type FeedbackState } from "./content-views.tsx";

const froya = { number: "5014", name: "Frøya", countyNumber: "50", countyName: "Trøndelag", population: 5000 };

function readerPage(requested: Language, overrides: Partial<ReaderPageWithBody> = {}): ReaderPageWithBody {
  const file = getBaselinePage("health", "nb")!.page;
  return {
    pageId: "00000000-0000-0000-0000-000000000000",
    slug: "health",
    scope: { kind: "national" },
    origin: { kind: "national" },
    lang: "nb",
    requested,
    fallback: false,
    outdated: false,
    machineTranslated: false,
    title: file.title,
    summary: file.summary,
    steps: file.steps,
    sources: file.sources,
    publishedAt: new Date("2026-05-01T10:00:00Z"),
    html: file.html,
    replacesNational: false,
    ...overrides,
  };
}

function render(lang: Language, page: ReaderPageWithBody, feedback: FeedbackState = {}): string {
  return renderToString(
    <PageContextProvider value={{ lang, dir: directionOf(lang), t: uiTranslator(lang), viewer: null, path: "/", search: "", csrfToken: () => "token", asset: (name) => `/assets/${name}`, now: testClock.now() }}>
      <ContentPage municipality={froya} page={page} feedback={feedback} />
    </PageContextProvider>,
  );
}

test("a page shown in bokmål because the translation is missing says so in the reader's language and marks the text as bokmål", () => {
  const html = render("ar", readerPage("ar", { fallback: true }));
  assert.match(html, /لم تُترجم هذه الصفحة إلى العربية بعد/);
  assert.match(html, /class="ds-alert"/);
  assert.match(html, /<h1[^>]*lang="nb"[^>]*dir="ltr"/);
  assert.match(html, /<div class="content-body" lang="nb" dir="ltr">/);
});

test("a translated national page has no notice and no language override, and says it is national", () => {
  const html = render("nb", readerPage("nb"));
  assert.doesNotMatch(html, /ds-alert/);
  assert.doesNotMatch(html, /lang="nb"/);
  assert.match(html, /Nasjonal informasjon/);
  assert.match(html, /Sist oppdatert 1\. mai 2026/);
});

test("a local page carries the municipality's or region's label", () => {
  assert.match(render("nb", readerPage("nb", { origin: { kind: "municipality", name: "Frøya" } })), /Lokal informasjon fra Frøya kommune/);
  assert.match(render("en", readerPage("en", { lang: "en", origin: { kind: "region", name: "Frøya og Hitra" } })), /Local information from Frøya og Hitra/);
});

test("an outdated translation warns the reader and links to the bokmål text", () => {
  const html = render("en", readerPage("en", { lang: "en", outdated: true }));
  assert.match(html, /The translation may be out of date/);
  assert.match(html, /href="\/nb\/kommune\/5014\/info\/health" hrefLang="nb"/);
});

test("the feedback form posts with a CSRF token, asks nothing personal, and thanks after sending", () => {
  const html = render("nb", readerPage("nb"));
  assert.match(html, /<form [^>]*action="\/nb\/kommune\/5014\/info\/health\/tilbakemelding#tilbakemelding" method="post"/);
  assert.match(html, /name="_csrf" value="token"/);
  assert.match(html, /type="radio"[^>]*name="nyttig"[^>]*value="ja"/);
  assert.match(html, /Ikke skriv navnet ditt/);
  assert.doesNotMatch(html, /type="email"|name="navn"|name="telefon"/);
  assert.match(render("nb", readerPage("nb"), { sent: true }), /Takk! Svaret ditt hjelper oss/);
  assert.match(render("nb", readerPage("nb"), { error: "chooseOne" }), /Velg ja eller nei\./);
});

test("a source that backs a fact on the page shows the day it was checked, in the reader's language", () => {
  const html = render("nb", readerPage("nb"));
  assert.match(html, /akuttmedisinforskriften \(legevaktnummer 116 117\)<\/a> \(kontrollert 6\. desember 2026\)/);
  assert.match(render("en", readerPage("en", { lang: "en" })), /\(checked [^)]*2026\)/);
});
