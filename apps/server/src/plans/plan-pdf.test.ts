import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { evaluatePlan, type Profile } from "@velkomst/rules";
import { languageCodes, type Language } from "@velkomst/i18n";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { readPdf } from "../../test/pdf-reader.ts";
import type { ReaderPage } from "../content/content-reader.ts";
import type { DirectoryService } from "../directory/service-model.ts";
import { planToPdf } from "./plan-pdf.ts";
import { planTexts } from "./plan-texts.ts";

const profileFor = (language: Language): Profile => ({
  asOf: "2025-03-10",
  arrivalDate: "2025-03-01",
  birthDate: "1990-07-01",
  citizenship: "SY",
  residenceBasis: "refugee",
  municipality: "5014",
  children: [{ birthDate: "2015-07-01" }],
  language,
});
const shareUrl = (lang: Language) => `https://velkomst.example/${lang}/min-plan/resultat?grunnlag=refugee&fodselsar=1990&statsborgerskap=SY&ankomst=2025-03&nummer=5014`;

async function pdfFor(lang: Language) {
  const profile = profileFor(lang);
  const plan = evaluatePlan(profile);
  const pdf = await planToPdf({
    plan,
    profile,
    lang,
    municipalityName: "Frøya",
    // What the result page loads from the database: one information page and one service, on the first two steps.
    local: {
      municipality: "5014",
      pages: new Map([[plan.steps[0]!.id, [{ slug: "health", title: "Helse" } as ReaderPage]]]),
      services: new Map([[plan.steps[1]!.id, [{ id: "0b6f6f3e-0000-4000-8000-000000000001", name: "NAV Frøya", streetAddress: "Sistranda" } as DirectoryService]]]),
    },
    shareUrl: shareUrl(lang),
    publicUrl: "https://velkomst.example",
    generatedOn: "2025-03-10",
    now: new Date("2025-03-10T12:00:00Z"),
  });
  return { plan, pdf, read: readPdf(pdf) };
}

const flat = (text: string) => text.replace(/\s+/g, " ");

describe("the plan as a PDF", () => {
  const made = new Map<Language, Awaited<ReturnType<typeof pdfFor>>>();
  before(async () => {
    for (const lang of languageCodes) made.set(lang, await pdfFor(lang));
  });

  for (const lang of languageCodes) {
    test(`${lang}: a tagged A4 PDF 1.7 with its title, language and page numbers`, () => {
      const { pdf, read } = made.get(lang)!;
      const p = planTexts(lang);
      assert.equal(pdf.subarray(0, 8).toString("latin1"), "%PDF-1.7");
      assert.ok(pdf.subarray(-6).toString("latin1").includes("%%EOF"));
      const pages = read.pages.length;
      assert.ok(pages >= 2, `${pages} pages`);
      assert.equal(read.raw.match(/\/Type \/Page\n/g)?.length, pages);
      assert.match(read.raw, /\/MediaBox \[0 0 595\.28 841\.89\]/);
      assert.equal(read.info.Title, p("pdf.documentTitle"));
      assert.equal(read.info.Subject, p("pdf.subject"));
      assert.match(read.raw, new RegExp(`/Lang \\(${lang}\\)`));
      assert.match(read.raw, /\/Marked true/);
      assert.match(read.raw, /\/StructTreeRoot/);
      assert.match(read.raw, /\/DisplayDocTitle true/);
      // The title in the XMP metadata too (written as UTF-8), as PDF/UA asks.
      assert.ok(pdf.includes(Buffer.from(`<rdf:li xml:lang="x-default">${p("pdf.documentTitle")}</rdf:li>`)));
      // Every page has its number, as "n of total", in the footer.
      const numbers = read.pages.map((text, index) => flat(text).includes(p("pdf.page", { number: index + 1, total: pages })) || read.actualTexts.includes(p("pdf.page", { number: index + 1, total: pages })));
      if (lang !== "ar") assert.deepEqual(numbers, read.pages.map(() => true));
    });
  }

  test("nb: the text reads back (ToUnicode) with æøå, in the plan's order, with every step and its details", () => {
    const { plan, read } = made.get("nb")!;
    const text = flat(read.pages.join("\n"));
    const p = planTexts("nb");
    for (const expected of ["Planen din", "Kommune: Frøya", "Laget 10. mars 2025", "Rettigheter og plikter", "Steg for steg", shareUrl("nb").slice(0, 60)]) {
      assert.ok(text.includes(expected), expected);
    }
    let from = 0;
    for (const [index, step] of plan.steps.entries()) {
      // The label and the heading are separate text objects on one baseline: "1." then the title.
      const at = text.indexOf(`${index + 1}.${step.title}`, from);
      assert.ok(at > from, `step ${index + 1} "${step.title}" after the one before`);
      from = at;
      assert.ok(text.includes(flat(step.why)), `why of ${step.id}`);
      for (const basis of step.legalBasis) assert.ok(text.includes(basis), basis);
      for (const document of step.documents) assert.ok(text.includes(document), document);
      assert.ok(text.includes(step.dueBy ? p("result.deadline") : p("result.noDeadline")));
    }
  });

  test("nb: links are clickable and tagged (URI actions on Link annotations in the structure tree)", () => {
    const { plan, read } = made.get("nb")!;
    const uris = [...read.raw.matchAll(/\/URI \(([^)]*)\)/g)].map(([, uri]) => uri);
    assert.ok(uris.includes(shareUrl("nb")), "the link that re-creates the plan");
    for (const link of plan.steps.flatMap((step) => step.links)) assert.ok(uris.includes(link.url), link.url);
    const references = plan.steps.flatMap((step) => step.legalReferences ?? []);
    assert.ok(references.some((reference) => reference.href.startsWith("https://lovdata.no/")), "the plan cites Lovdata");
    for (const reference of references) assert.ok(uris.includes(reference.href), `the legal basis links to ${reference.href}`);
    assert.ok(uris.includes("https://velkomst.example/nb/kommune/5014/info/health"), "the municipality's information page for a step");
    assert.ok(uris.includes("https://velkomst.example/nb/kommune/5014/tjenester/0b6f6f3e-0000-4000-8000-000000000001"), "the municipality's service for a step");
    const annotations = [...read.objects.values()].filter((object) => /\/Subtype \/Link/.test(object.dictionary));
    assert.ok(annotations.every((annotation) => /\/StructParent \d+/.test(annotation.dictionary) && /\/Contents \(/.test(annotation.dictionary)));
    assert.ok([...read.objects.values()].some((object) => /\/S \/Link/.test(object.dictionary) && /\/Type \/OBJR/.test(object.dictionary)));
  });

  test("pl and uk: Polish and Ukrainian letters read back", () => {
    const pl = flat(made.get("pl")!.read.pages.join("\n"));
    assert.ok(pl.includes("Twój plan"));
    assert.ok(pl.includes(flat(made.get("pl")!.plan.steps[0]!.title)));
    assert.match(pl, /[ąćęłńśźż]/);
    const uk = flat(made.get("uk")!.read.pages.join("\n"));
    assert.ok(uk.includes("Ваш план"));
    assert.ok(uk.includes("Створено 10 березня 2025"));
    assert.match(uk, /[іїєґ]/);
  });

  test("ar: lines carry their reading order as ActualText; the glyphs are drawn right to left", () => {
    const { plan, read } = made.get("ar")!;
    const p = planTexts("ar");
    const actual = read.actualTexts;
    assert.ok(actual.includes("خطتك"), "the title");
    assert.ok(actual.includes("البلدية: Frøya"), "Arabic with a Latin name, in reading order");
    assert.ok(!actual.includes(p("pdf.page", { number: 1, total: read.pages.length })), "the footer is an artifact, not text of the document");
    const steps = flat(actual.join(" "));
    let from = 0;
    for (const step of plan.steps) {
      const at = steps.indexOf(step.title, from);
      assert.ok(at >= from, step.title);
      from = at;
    }
    // The title's glyphs as drawn, left to right, map back to its letters reversed (then the dots,
    // which the font draws as marks of their own: only ActualText gives the reading text back).
    assert.ok(read.pages[0]!.startsWith([..."خطتك"].reverse().join("")), read.pages[0]!.slice(0, 20));
    // Norwegian references in an Arabic plan are drawn left to right, as written.
    assert.ok(flat(read.pages.join("\n")).includes(plan.steps[0]!.legalBasis[0]!));
  });
});

test("nb: a rule kept past its unconfirmed end says it is being checked, with a link to the source", async () => {
  // Collective protection on 2026-12-06: ch. 6A is past its recorded end, which the law has not confirmed.
  const profile: Profile = { asOf: "2026-12-06", arrivalDate: "2026-09-01", birthDate: "1990-07-01", citizenship: "UA", residenceBasis: "collective-protection", language: "nb" };
  const plan = evaluatePlan(profile);
  const pdf = await planToPdf({ plan, profile, lang: "nb", shareUrl: shareUrl("nb"), publicUrl: "https://velkomst.example", generatedOn: "2026-12-06", now: new Date("2026-12-06T12:00:00Z") });
  const read = readPdf(pdf);
  const text = flat(read.pages.join("\n"));
  assert.ok(text.includes("Du har rett til å delta i introduksjonsprogrammet, men ikke plikt."));
  assert.ok(text.includes("Regelen skulle etter loven slutte 1. juli 2026."), "the why says the rule is being checked");
  assert.ok(text.includes(`${planTexts("nb")("result.ruleCheckSource")} Integreringsloven kap. 6A`));
  const uris = [...read.raw.matchAll(/\/URI \(([^)]*)\)/g)].map(([, uri]) => uri);
  assert.ok(uris.includes(plan.determinations.introductionProgramme.ruleChecks![0]!.source.href), "the source is a link");
});

describe("GET /:lang/min-plan/plan.pdf", () => {
  let t: TestApp;
  before(async () => (t = await startTestApp()));
  after(() => t.close());
  const answers = new URLSearchParams({ grunnlag: "eea-worker", fodselsar: "1990", ankomst: "2025-02", opphold: "3-6", statsborgerskap: "PL", nummer: "5014" });

  test("sends the plan of the answers in the address as a PDF, with the municipality and the link to share", async () => {
    const response = await t.app.inject({ url: `/pl/min-plan/plan.pdf?${answers}&utm=ignored` });
    assert.equal(response.statusCode, 200, response.body.slice(0, 300));
    assert.equal(response.headers["content-type"], "application/pdf");
    assert.match(String(response.headers["content-disposition"]), /attachment; filename="min-plan.pdf"/);
    const read = readPdf(response.rawPayload);
    const text = flat(read.pages.join("\n"));
    assert.ok(text.includes("Gmina: Frøya"));
    // The link holds the answers only, as the plan page's own link to share.
    assert.ok(read.raw.includes(`/URI (http://localhost/pl/min-plan/resultat?${answers})`));
  });

  test("the plan page links to the PDF of the same answers", async () => {
    const response = await t.app.inject({ url: `/nb/min-plan/resultat?${answers}` });
    assert.equal(response.statusCode, 200);
    const href = `/nb/min-plan/plan.pdf?${answers}`.replace(/&/g, "&amp;");
    assert.ok(response.body.includes(`href="${href}"`), "link to the PDF");
    assert.match(response.body, />Last ned som PDF</);
  });

  test("bad answers: 400 naming each field, as for the calendar file", async () => {
    const response = await t.app.inject({ url: "/nb/min-plan/plan.pdf?fodselsar=19&grunnlag=tourist" });
    assert.equal(response.statusCode, 400);
    assert.match(String(response.headers["content-type"]), /^text\/plain/);
    assert.match(response.body, /^grunnlag: /m);
    assert.match(response.body, /^fodselsar: Skriv et år med fire sifre/m);
    const badLanguage = await t.app.inject({ url: `/xx/min-plan/plan.pdf?${answers}` });
    assert.equal(badLanguage.statusCode, 404);
  });
});

test("ar: the Norwegian source title inside a rule being checked reads back whole, in its own direction", async () => {
  const profile: Profile = { asOf: "2026-12-06", arrivalDate: "2026-09-01", birthDate: "1990-07-01", citizenship: "UA", residenceBasis: "collective-protection", language: "ar" };
  const plan = evaluatePlan(profile);
  assert.ok(plan.determinations.introductionProgramme.why.includes("\u2068Integreringsloven kap. 6A (midlertidige regler for fordrevne fra Ukraina)\u2069"));
  const read = readPdf(await planToPdf({ plan, profile, lang: "ar", shareUrl: shareUrl("ar"), publicUrl: "https://velkomst.example", generatedOn: "2026-12-06", now: new Date("2026-12-06T12:00:00Z") }));
  assert.ok(flat(read.pages.join("\n")).includes("Integreringsloven kap. 6A (midlertidige regler for fordrevne fra Ukraina)"));
});
