import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { languageCodes } from "@velkomst/i18n";
import { canonicalStepIds } from "@velkomst/rules";
import { baselineContent, getBaselinePage, loadBaselineContent } from "./baseline-content.ts";

describe("the national baseline (no database)", () => {
  const content = loadBaselineContent();

  test("has the fifteen pages of the README", () => assert.equal(content.slugs.length, 15));

  for (const lang of languageCodes) {
    test(`every page loads in ${lang}, translated, with title, summary, body and sources`, () => {
      const pages = baselineContent().listPages(lang);
      assert.equal(pages.length, content.slugs.length);
      for (const { page, fallback } of pages) {
        assert.equal(fallback, false, `${page.slug} has no ${lang} translation`);
        assert.equal(page.lang, lang);
        assert.ok(page.title && page.summary, page.file);
        assert.match(page.html, /<h2>/, `${page.file} has no section heading`);
        assert.ok(page.sources.length > 0 && page.sources.every((s) => s.url.startsWith("https://")), page.file);
      }
    });
  }

  test("every page's steps are canonical step ids, and translations keep bokmål's steps", () => {
    const canonical = new Set<string>(canonicalStepIds);
    for (const slug of content.slugs) {
      const source = getBaselinePage(slug, "nb")!.page;
      for (const lang of languageCodes) {
        const { page } = getBaselinePage(slug, lang)!;
        for (const step of page.steps) assert.ok(canonical.has(step), `${page.file}: ${step} is not a canonical step`);
        assert.deepEqual(page.steps, source.steps, page.file);
      }
    }
  });

  /**
   * Facts the pages state from general knowledge rather than the seeds: each page that states one (found in the
   * bokmål source; translations keep its source URLs) lists the official source with the day it was last checked.
   */
  const checkedFacts: Array<{ fact: RegExp; source: string; namedInPassingOn?: string[] }> = [
    { fact: /innen åtte dager/, source: "https://lovdata.no/dokument/NL/lov/2016-12-09-88" },
    { fact: /50 prosent/, source: "https://www.skatteetaten.no/person/skatt/skattekort/" },
    { fact: /116 117/, source: "https://lovdata.no/dokument/SF/forskrift/2015-03-20-231" },
    // The bank page only names deposits as something paid from the account; the housing page states the rules.
    { fact: /depositum/i, source: "https://lovdata.no/dokument/NL/lov/1999-03-26-17/%C2%A73-5", namedInPassingOn: ["bank-and-electronic-id"] },
  ];

  test("each fact stated from general knowledge has a source link and the day it was checked, in every language", () => {
    let stated = 0;
    for (const slug of content.slugs) {
      const body = getBaselinePage(slug, "nb")!.page.body;
      for (const { fact, source } of checkedFacts.filter(({ fact, namedInPassingOn }) => fact.test(body) && !namedInPassingOn?.includes(slug))) {
        stated += 1;
        for (const lang of languageCodes) {
          const { page } = getBaselinePage(slug, lang)!;
          const backing = page.sources.find((s) => s.url === source);
          assert.ok(backing?.checked, `${page.file}: states ${fact} without the source ${source} and the day it was checked`);
          assert.match(backing.checked, /^\d{4}-\d{2}-\d{2}$/);
        }
      }
    }
    assert.equal(stated, 5, "five statements: the move deadline twice, the tax rate, the emergency number, the deposit");
  });

  test("an unknown slug is undefined", () => assert.equal(getBaselinePage("no-such-page", "nb"), undefined));

  test("no rendered page has script, event handlers or non-http links", () => {
    for (const lang of languageCodes) {
      for (const { page } of baselineContent().listPages(lang)) {
        assert.doesNotMatch(page.html, /<script|\son\w+=|href="(?!https?:|mailto:)/i, page.file);
      }
    }
  });
});

describe("loading validates strictly and falls back to bokmål", () => {
  const root = mkdtempSync(join(tmpdir(), "velkomst-content-"));
  after(() => rmSync(root, { recursive: true, force: true }));
  let counter = 0;

  const frontMatter = (fields: Record<string, string>) =>
    `---\n${Object.entries({
      slug: "demo",
      title: '"Tittel"',
      summary: '"Kort."',
      theme: "demo",
      steps: "[report-move]",
      sources: '\n  - { title: "UDI", url: "https://www.udi.no" }',
      seed: '"000"',
      ...fields,
    })
      .filter(([, value]) => value !== "")
      .map(([key, value]) => `${key}: ${value}`)
      .join("\n")}\n---\n\n## Del\n\nTekst med [lenke](https://www.udi.no).\n`;

  function directory(files: Record<string, string>): string {
    const dir = join(root, String(counter++));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  test("a missing translation falls back to bokmål and is flagged", () => {
    const content = loadBaselineContent(directory({ "demo/nb.md": frontMatter({}), "demo/en.md": frontMatter({ title: '"Title"' }) }));
    const en = content.getPage("demo", "en")!;
    assert.deepEqual([en.fallback, en.page.lang, en.page.title], [false, "en", "Title"]);
    const ar = content.getPage("demo", "ar")!;
    assert.deepEqual([ar.fallback, ar.page.lang, ar.page.title, ar.requested], [true, "nb", "Tittel", "ar"]);
    assert.deepEqual(content.listPages("pl").map((p) => p.fallback), [true]);
  });

  const broken: Record<string, [Record<string, string>, RegExp]> = {
    "missing title": [{ "demo/nb.md": frontMatter({ title: "" }) }, /demo\/nb\.md: front matter is missing "title"/],
    "missing sources": [{ "demo/nb.md": frontMatter({ sources: "" }) }, /demo\/nb\.md: front matter is missing "sources"/],
    "empty summary": [{ "demo/nb.md": frontMatter({ summary: '""' }) }, /demo\/nb\.md: .*"summary"/],
    "unknown step": [{ "demo/nb.md": frontMatter({ steps: "[fly-to-the-moon]" }) }, /demo\/nb\.md: "fly-to-the-moon" in "steps" is not a canonical step id/],
    "steps not a list": [{ "demo/nb.md": frontMatter({ steps: "report-move" }) }, /demo\/nb\.md: .*"steps" must be a list/],
    "slug not the folder": [{ "demo/nb.md": frontMatter({ slug: "other" }) }, /demo\/nb\.md: slug "other" differs from its folder "demo"/],
    "http source": [{ "demo/nb.md": frontMatter({ sources: '\n  - { title: "X", url: "javascript:alert(1)" }' }) }, /demo\/nb\.md: sources\[0\]\.url must be an https/],
    "checked not a date": [{ "demo/nb.md": frontMatter({ sources: '\n  - { title: "X", url: "https://x.no", checked: "soon" }' }) }, /demo\/nb\.md: sources\[0\]\.checked must be a date/],
    "unknown field": [{ "demo/nb.md": frontMatter({ author: "me" }) }, /demo\/nb\.md: .*unknown field\(s\): author/],
    "no front matter": [{ "demo/nb.md": "# Just text\n" }, /demo\/nb\.md: no YAML front matter/],
    "bad YAML": [{ "demo/nb.md": "---\ntitle: [unclosed\n---\nbody\n" }, /demo\/nb\.md: front matter is not valid YAML/],
    "no bokmål source": [{ "demo/en.md": frontMatter({}) }, /demo\/nb\.md: every page needs its bokmål source/],
    "unknown language file": [{ "demo/nb.md": frontMatter({}), "demo/de.md": frontMatter({}) }, /demo\/de\.md: "de" is not one of the languages/],
    "translation changes the steps": [{ "demo/nb.md": frontMatter({}), "demo/pl.md": frontMatter({ steps: "[housing]" }) }, /demo\/pl\.md: steps \[housing\] differ from bokmål's/],
    "translation changes a source URL": [
      { "demo/nb.md": frontMatter({}), "demo/uk.md": frontMatter({ sources: '\n  - { title: "UDI", url: "https://www.udi.no/uk" }' }) },
      /demo\/uk\.md: source URLs differ/,
    ],
    "empty body": [{ "demo/nb.md": frontMatter({}).replace(/\n\n## Del[\s\S]*$/, "\n") }, /demo\/nb\.md: the page has no body/],
  };
  for (const [label, [files, message]] of Object.entries(broken)) {
    test(`${label} is refused, naming the file`, () => assert.throws(() => loadBaselineContent(directory(files)), message));
  }
});
