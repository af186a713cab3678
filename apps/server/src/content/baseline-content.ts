import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { isLanguage, languageCodes, sourceLanguage, type Language } from "@velkomst/i18n";
import { canonicalStepIds, isIsoDate, type StepId } from "@velkomst/rules";
import { renderMarkdown } from "./render-markdown.ts";

/** Where the national baseline pages live: `<slug>/<lang>.md`, Markdown with YAML front matter. */
export const baselineDirectory = join(import.meta.dirname, "../../content/baseline");

export type { ContentSourceLink as ContentSource } from "./content-tables.ts";
import type { ContentSourceLink as ContentSource } from "./content-tables.ts";

/** One baseline page in one language, its body already rendered to sanitised HTML. */
export interface BaselinePage {
  slug: string;
  /** The language the text is written in (bokmål when a translation is missing). */
  lang: Language;
  title: string;
  summary: string;
  theme: string;
  steps: readonly StepId[];
  sources: readonly ContentSource[];
  seed: string;
  /** The Markdown body as written in the file. */
  body: string;
  html: string;
  /** The file the page was read from, for error messages. */
  file: string;
}

/** A page as shown to a reader of `requested`: `fallback` when it is bokmål because the translation is missing. */
export interface LocalisedPage {
  page: BaselinePage;
  requested: Language;
  fallback: boolean;
}

export interface BaselineContent {
  slugs: readonly string[];
  listPages(lang: Language): LocalisedPage[];
  getPage(slug: string, lang: Language): LocalisedPage | undefined;
}

export class ContentFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "ContentFileError";
  }
}

const frontMatterKeys = ["slug", "title", "summary", "theme", "steps", "sources", "seed"] as const;
const stepIdSet = new Set<string>(canonicalStepIds);

function nonEmptyString(file: string, data: Record<string, unknown>, key: string): string {
  const value = data[key];
  if (typeof value !== "string" || value.trim() === "") throw new ContentFileError(file, `front matter "${key}" must be a non-empty string`);
  return value.trim();
}

/** Parses and strictly validates one page file; every problem names the file. */
export function parseBaselinePage(file: string, text: string, expected: { slug: string; lang: Language }): BaselinePage {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ""));
  if (!match) throw new ContentFileError(file, "no YAML front matter between --- lines at the start");
  const document = parseDocument(match[1]!, { uniqueKeys: true });
  if (document.errors.length > 0) throw new ContentFileError(file, `front matter is not valid YAML: ${document.errors[0]!.message}`);
  const data: unknown = document.toJS();
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new ContentFileError(file, "front matter must be a mapping");
  const fields = data as Record<string, unknown>;
  for (const key of frontMatterKeys) if (!(key in fields)) throw new ContentFileError(file, `front matter is missing "${key}"`);
  const unknown = Object.keys(fields).filter((key) => !(frontMatterKeys as readonly string[]).includes(key));
  if (unknown.length > 0) throw new ContentFileError(file, `front matter has unknown field(s): ${unknown.join(", ")}`);

  const slug = nonEmptyString(file, fields, "slug");
  if (slug !== expected.slug) throw new ContentFileError(file, `slug "${slug}" differs from its folder "${expected.slug}"`);
  const title = nonEmptyString(file, fields, "title");
  const summary = nonEmptyString(file, fields, "summary");
  const theme = nonEmptyString(file, fields, "theme");
  const seed = typeof fields.seed === "number" ? String(fields.seed) : nonEmptyString(file, fields, "seed");

  if (!Array.isArray(fields.steps)) throw new ContentFileError(file, `front matter "steps" must be a list (use [] for none)`);
  const steps = fields.steps.map((step) => {
    if (typeof step !== "string" || !stepIdSet.has(step)) throw new ContentFileError(file, `"${String(step)}" in "steps" is not a canonical step id`);
    return step as StepId;
  });

  if (!Array.isArray(fields.sources) || fields.sources.length === 0) throw new ContentFileError(file, `front matter "sources" must be a non-empty list of { title, url }`);
  const sources = fields.sources.map((source, index) => {
    if (typeof source !== "object" || source === null || Array.isArray(source)) throw new ContentFileError(file, `sources[${index}] must be { title, url }`);
    const record = source as Record<string, unknown>;
    const extra = Object.keys(record).filter((key) => key !== "title" && key !== "url" && key !== "checked");
    if (extra.length > 0) throw new ContentFileError(file, `sources[${index}] has unknown field(s): ${extra.join(", ")}`);
    const sourceTitle = nonEmptyString(file, record, "title");
    const url = nonEmptyString(file, record, "url");
    if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(url)) throw new ContentFileError(file, `sources[${index}].url must be an https:// address, got "${url}"`);
    if (record.checked === undefined) return { title: sourceTitle, url };
    const checked = record.checked;
    if (typeof checked !== "string" || !isIsoDate(checked)) throw new ContentFileError(file, `sources[${index}].checked must be a date "YYYY-MM-DD" (quoted), the day the fact was last checked`);
    return { title: sourceTitle, url, checked };
  });

  const body = match[2]!.trim();
  if (body === "") throw new ContentFileError(file, "the page has no body");
  return { slug, lang: expected.lang, title, summary, theme, steps, sources, seed, body, html: renderMarkdown(body), file };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Translations must keep the language-independent fields of bokmål. */
function checkAgainstSource(page: BaselinePage, source: BaselinePage) {
  if (page.theme !== source.theme) throw new ContentFileError(page.file, `theme "${page.theme}" differs from bokmål's "${source.theme}"`);
  if (page.seed !== source.seed) throw new ContentFileError(page.file, `seed "${page.seed}" differs from bokmål's "${source.seed}"`);
  if (!sameList(page.steps, source.steps)) throw new ContentFileError(page.file, `steps [${page.steps.join(", ")}] differ from bokmål's [${source.steps.join(", ")}]`);
  const urls = (p: BaselinePage) => p.sources.map((s) => s.url);
  if (!sameList(urls(page), urls(source))) throw new ContentFileError(page.file, "source URLs differ from bokmål's");
}

/** Pages in the order a newcomer meets them: by the earliest plan step they explain, pages without steps last. */
function planOrder(page: BaselinePage): number {
  const positions = page.steps.map((step) => canonicalStepIds.indexOf(step));
  return positions.length > 0 ? Math.min(...positions) : canonicalStepIds.length;
}

/** Reads every page under `directory` (synchronously, once) and validates it; throws naming the bad file. */
export function loadBaselineContent(directory: string = baselineDirectory): BaselineContent {
  const pages = new Map<string, Map<Language, BaselinePage>>();
  const folders = readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith("."));
  for (const folder of folders) {
    const slug = folder.name;
    const folderPath = join(directory, slug);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new ContentFileError(folderPath, "a page folder name must be a lowercase slug (a-z, 0-9, -)");
    const sourceFile = join(folderPath, `${sourceLanguage}.md`);
    if (!existsSync(sourceFile)) throw new ContentFileError(sourceFile, "every page needs its bokmål source text");
    const byLanguage = new Map<Language, BaselinePage>();
    for (const name of readdirSync(folderPath).sort()) {
      if (!name.endsWith(".md")) continue;
      const file = join(folderPath, name);
      const lang = name.slice(0, -3);
      if (!isLanguage(lang)) throw new ContentFileError(file, `"${lang}" is not one of the languages ${languageCodes.join(", ")}`);
      byLanguage.set(lang, parseBaselinePage(file, readFileSync(file, "utf8"), { slug, lang }));
    }
    const source = byLanguage.get(sourceLanguage)!;
    for (const page of byLanguage.values()) if (page !== source) checkAgainstSource(page, source);
    pages.set(slug, byLanguage);
  }

  const slugs = [...pages.keys()].sort((a, b) => planOrder(pages.get(a)!.get(sourceLanguage)!) - planOrder(pages.get(b)!.get(sourceLanguage)!) || a.localeCompare(b));

  const getPage = (slug: string, lang: Language): LocalisedPage | undefined => {
    const byLanguage = pages.get(slug);
    if (!byLanguage) return undefined;
    const translated = byLanguage.get(lang);
    return translated ? { page: translated, requested: lang, fallback: false } : { page: byLanguage.get(sourceLanguage)!, requested: lang, fallback: true };
  };
  const listPages = (lang: Language) => slugs.map((slug) => getPage(slug, lang)!);
  return {
    slugs,
    listPages,
    getPage,
  };
}

let loaded: BaselineContent | undefined;

/** The national baseline, read and validated on first use and kept for the life of the process. */
export function baselineContent(): BaselineContent {
  return (loaded ??= loadBaselineContent());
}

/** One baseline page by slug for a reader of `lang`, bokmål if not translated; undefined for an unknown slug. */
export function getBaselinePage(slug: string, lang: Language): LocalisedPage | undefined {
  return baselineContent().getPage(slug, lang);
}
