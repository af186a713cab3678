import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Language } from "@velkomst/i18n";
import { importReferenceData } from "../municipalities/reference-data.ts";
import { createMigratedDatabase, testEngines, type TestDatabase } from "../../test/test-database.ts";
import { replaceSearchDocuments, type SearchDocument, type SearchScope } from "./search-index.ts";
import { explainSearch, searchDocuments, type SearchResult } from "./search-query.ts";

const frøya = "5014";
const hitra = "5056";
const trondheim = "5001";
const region: SearchScope = { kind: "region", id: "froya-hitra" };

/** A test-data builder: a document whose body says `text`. */
function doc(language: Language, title: string, text: string, path: string): SearchDocument {
  return { language, title, summary: "", body: text, path };
}

const keys = (result: SearchResult) => result.hits.map((hit) => hit.key);

for (const engine of testEngines) {
  describe(`search (${engine})`, () => {
    let test_: TestDatabase;
    const search = (query: string, language: Language = "nb", municipalityNumber = frøya, limit?: number) =>
      searchDocuments(test_.database.db, { query, language, municipalityNumber, ...(limit ? { limit } : {}) });

    before(async () => {
      test_ = await createMigratedDatabase(engine);
      const { db } = test_.database;
      await importReferenceData(db);
      await db.insertInto("regions").values({ id: "froya-hitra", name: "Frøya og Hitra", county_number: "50" }).execute();
      await db.insertInto("region_municipalities").values([{ region_id: "froya-hitra", municipality_number: frøya }, { region_id: "froya-hitra", municipality_number: hitra }]).execute();
      const national = { kind: "national" } as const;
      const page = (key: string, scope: SearchScope, documents: SearchDocument[]) => replaceSearchDocuments(db, { kind: "page", key, scope }, documents);
      await page("health", national, [
        doc("nb", "Helse og lege", "Gravide og små barn får gratis oppfølging på helsestasjonen. Alle kan bruke legevakten.", "info/health"),
        doc("ar", "الصحة والطبيب", "يتابع المركز الصحي (helsestasjon) الأطفال مجانًا. اتصل بالطبيب.", "info/health"),
        doc("uk", "Здоров'я та лікарі", "Сімейний лікар (fastlege) допомагає вам.", "info/health"),
      ]);
      await page("housing", national, [doc("nb", "Bolig", "Slik finner du bolig.", "info/housing"), doc("uk", "Житло", "Як знайти житло в Норвегії.", "info/housing")]);
      await page("driving-licence", national, [doc("nb", "Førerkort", "Et utenlandsk førerkort må byttes til norsk førerkort.", "info/driving-licence")]);
      await page("tax-card", national, [
        doc("nb", "Skattekort og skatt", "Du må ha skattekort før du begynner å jobbe. Bestill skattekortet hos Skatteetaten.", "info/tax-card"),
        doc("en", "Tax card", "You need a tax card (skattekort) before you start working.", "info/tax-card"),
      ]);
      await page("language-courses", national, [doc("nb", "Norskkurs", "Påmelding til norskkurs skjer hos kommunen. Læreren er fra Frøya.", "info/language-courses")]);
      await page("emergency", national, [doc("nb", "Legevakt", "Ring 116 117 når det haster.", "info/emergency")]);
      await page("polish", national, [doc("pl", "Praca w Krakowie", "Urząd pracy w Łodzi pomaga.", "info/polish")]);
      // Local pages: Hitra's own, the region's, and a Frøya page that hides the national health page.
      await page("ferry", { kind: "municipality", id: hitra }, [doc("nb", "Ferjeruter på Hitra", "Ferja går fra Sandstad hver time.", "info/ferry")]);
      await page("fishing", region, [doc("nb", "Fiskeindustri på Frøya og Hitra", "Laksenæringen trenger folk. Ferja til Frøya går ofte.", "info/fishing")]);
      await page("health", { kind: "municipality", id: frøya }, [doc("nb", "Helse på Frøya", "Legekontoret på Sistranda har åpent hver dag.", "info/health")]);
      await replaceSearchDocuments(db, { kind: "service", key: "00000000-0000-4000-8000-000000000001", scope: region }, [
        doc("nb", "Velkomsttjenesten Frøya og Hitra", "Vi hjelper deg med helsestasjon, skole og barnehage.", "tjenester/00000000-0000-4000-8000-000000000001"),
      ]);
      await replaceSearchDocuments(db, { kind: "event", key: "00000000-0000-4000-8000-000000000002", scope: { kind: "municipality", id: hitra } }, [
        doc("nb", "Språkkafé på biblioteket", "Kom og snakk norsk. Gratis kaffe.", "arrangementer/00000000-0000-4000-8000-000000000002"),
        doc("ar", "مقهى اللغة في المكتبة", "تعال وتحدث النرويجية. قهوة مجانية.", "arrangementer/00000000-0000-4000-8000-000000000002"),
      ]);
    });
    after(() => test_.dispose());

    test("æ, ø and å typed as ae, o, oe, a and aa, in any case, find the page", async () => {
      const cases: Array<[query: string, key: string]> = [
        ["førerkort", "driving-licence"],
        ["forerkort", "driving-licence"],
        ["foererkort", "driving-licence"],
        ["FORERKORT", "driving-licence"],
        ["pamelding", "language-courses"],
        ["paamelding", "language-courses"],
        ["laereren", "language-courses"],
        ["Frøya", "language-courses"],
        ["froeya", "language-courses"],
        ["Skattekort", "tax-card"],
      ];
      for (const [query, key] of cases) assert.deepEqual(keys(await search(query, "nb", trondheim)), [key], query);
    });

    test("typos and inflections find the page, and a misspelt word gets a suggestion", async () => {
      const cases: Array<[query: string, key: string, suggestion: string | undefined]> = [
        ["helsestasjn", "health", "helsestasjon"],
        ["helsestasjonen", "health", undefined],
        ["helsestasjon", "health", undefined],
        ["skatekort", "tax-card", "skattekort"],
        ["skattekortet", "tax-card", undefined],
        ["førerkrot", "driving-licence", "førerkort"],
        ["norkskurs", "language-courses", "norskkurs"],
        ["helse", "health", undefined],
      ];
      for (const [query, key, suggestion] of cases) {
        const result = await search(query, "nb", trondheim);
        assert.equal(result.hits[0]?.key, key, query);
        assert.equal(result.suggestion, suggestion, query);
      }
    });

    test("two letters swapped count as one typo: жилто finds житло, bolgi finds bolig", async () => {
      for (const [query, language, suggestion] of [["жилто", "uk", "житло"], ["bolgi", "nb", "bolig"]] as const) {
        const result = await search(query, language, trondheim);
        assert.equal(result.hits[0]?.key, "housing", `${query} in ${language}`);
        assert.equal(result.suggestion, suggestion, `${query} in ${language}`);
      }
    });

    test("Arabic, Ukrainian and Polish are searched in their own words and letters", async () => {
      assert.deepEqual(keys(await search("طبيب", "ar", trondheim)), ["health"]);
      assert.deepEqual(keys(await search("الطبيب", "ar", trondheim)), ["health"]);
      assert.deepEqual(keys(await search("helsestasjn", "ar", trondheim)), ["health"]);
      const ar = await search("helsestasjn", "ar", trondheim);
      assert.equal(ar.hits[0]?.language, "ar");
      assert.equal(ar.hits[0]?.title, "الصحة والطبيب");
      assert.deepEqual(keys(await search("лікаря", "uk", trondheim)), ["health"]);
      assert.deepEqual(keys(await search("lodz", "pl", trondheim)), ["polish"]);
      assert.deepEqual(keys(await search("Łódź krakow", "pl", trondheim)), ["polish"]);
    });

    test("a municipality sees national, its own and its regions' documents, not another municipality's", async () => {
      assert.deepEqual(keys(await search("ferjeruter", "nb", hitra)), ["ferry"]);
      assert.deepEqual(keys(await search("ferjeruter", "nb", frøya)), []);
      // Region-wide: found from both members, not from outside.
      assert.deepEqual(keys(await search("laksenæringen", "nb", frøya)), ["fishing"]);
      assert.deepEqual(keys(await search("laksenaeringen", "nb", hitra)), ["fishing"]);
      assert.deepEqual(keys(await search("laksenæringen", "nb", trondheim)), []);
      // Services and events are found with their kind and path.
      const service = await search("velkomsttjenesten", "nb", hitra);
      assert.deepEqual(service.hits.map((hit) => [hit.kind, hit.scope, hit.path]), [["service", "region", "tjenester/00000000-0000-4000-8000-000000000001"]]);
      assert.deepEqual((await search("språkkafe", "nb", hitra)).hits.map((hit) => hit.kind), ["event"]);
      assert.deepEqual((await search("språkkafe", "nb", frøya)).hits, []);
    });

    test("the most local page with a slug wins, even when only the national one matches", async () => {
      const fromFrøya = await search("legekontoret sistranda", "nb", frøya);
      assert.deepEqual(fromFrøya.hits.map((hit) => [hit.key, hit.scope, hit.title]), [["health", "municipality", "Helse på Frøya"]]);
      // "helsestasjonen" is only in the national health page, which Frøya's own page hides.
      assert.deepEqual(keys(await search("gravide", "nb", frøya)), []);
      assert.deepEqual(keys(await search("gravide", "nb", hitra)), ["health"]);
      assert.deepEqual(keys(await search("sistranda", "nb", hitra)), []);
    });

    test("the reader's language first; bokmål when the thing is not translated, or when the reader's language finds little", async () => {
      // Not translated to Arabic: the bokmål page, marked as bokmål.
      const untranslated = await search("forerkort", "ar", trondheim);
      assert.deepEqual(untranslated.hits.map((hit) => [hit.key, hit.language, hit.title]), [["driving-licence", "nb", "Førerkort"]]);
      // Translated to English, matched in English: the English document only.
      const english = await search("skattekort", "en", trondheim);
      assert.deepEqual(english.hits.map((hit) => [hit.key, hit.language]), [["tax-card", "en"]]);
      // "skatteetaten" is only in the bokmål text of a translated page: few hits in English, so bokmål helps.
      const fewHits = await search("skatteetaten", "en", trondheim);
      assert.deepEqual(fewHits.hits.map((hit) => [hit.key, hit.language]), [["tax-card", "nb"]]);
      // Matched only in the body: the reader's language before bokmål, even before a more local thing.
      const bodies = await search("helsestasjon", "ar", hitra);
      assert.deepEqual(bodies.hits.map((hit) => [hit.key, hit.language]), [["health", "ar"], ["00000000-0000-4000-8000-000000000001", "nb"]]);
      // An event in Arabic is found in Arabic, from Hitra.
      const event = await search("قهوة", "ar", hitra);
      assert.deepEqual(event.hits.map((hit) => [hit.kind, hit.language]), [["event", "ar"]]);
    });

    test("stop words need not be in the page; several words narrow; unknown words widen to any", async () => {
      assert.deepEqual(keys(await search("hvor er helsestasjonen", "nb", trondheim)), ["health"]);
      // "vaere" is the stop word "være" typed without æ.
      assert.deepEqual(keys(await search("vaere førerkort", "nb", trondheim)), ["driving-licence"]);
      assert.deepEqual(keys(await search("the tax card", "en", trondheim)), ["tax-card"]);
      assert.deepEqual(keys(await search("skattekort førerkort", "nb", trondheim)).sort(), ["driving-licence", "tax-card"]);
      assert.deepEqual(keys(await search("xyzzy førerkort", "nb", trondheim)), ["driving-licence"]);
      const nothing = await search("xyzzyqq", "nb", trondheim);
      assert.deepEqual([nothing.hits, nothing.total, nothing.suggestion], [[], 0, undefined]);
      assert.deepEqual(await search("  ,.!  ", "nb", trondheim), { terms: [], hits: [], total: 0 });
    });

    test("titles rank above bodies; total counts all hits beyond the limit; the snippet marks the match", async () => {
      assert.deepEqual(keys(await search("legevakt", "nb", trondheim)), ["emergency", "health"]);
      const result = await search("helsestasjon", "nb", hitra, 1);
      assert.equal(result.total, 2);
      assert.equal(result.hits.length, 1);
      const all = await search("helsestasjon", "nb", hitra);
      assert.deepEqual(all.hits.map((hit) => hit.key).sort(), ["00000000-0000-4000-8000-000000000001", "health"]);
      const titled = await search("førerkort", "nb", trondheim);
      assert.ok(titled.hits[0]!.snippet.some((part) => part.match && part.text.toLowerCase() === "førerkort"));
      const typo = await search("helsestasjn", "nb", trondheim);
      assert.deepEqual(typo.hits[0]!.snippet.filter((part) => part.match).map((part) => part.text), ["helsestasjonen"]);
      assert.ok(typo.hits[0]!.snippet.map((part) => part.text).join("").includes("Gravide og små barn"));
    });

    test("the search statements can be explained", async () => {
      const plans = await explainSearch(test_.database.db, { query: "helsestasjn", language: "ar", municipalityNumber: frøya });
      // With a handful of rows the planner may well read the tables; the bench checks the indexes at 10,000 pages.
      assert.match(plans.words, /on search_words/);
      assert.match(plans.hits, /on search_documents/);
    });
  });
}
