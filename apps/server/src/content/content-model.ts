import { createHash } from "node:crypto";
import { languageCodes, sourceLanguage, type Language } from "@velkomst/i18n";
import { canonicalStepIds, isIsoDate } from "@velkomst/rules";
import type { FieldError } from "@velkomst/validation";
import { InvalidInputError } from "../platform/domain-errors.ts";
import type { ContentSourceLink } from "./content-tables.ts";
import { cleanMarkdown } from "./render-markdown.ts";

/** The text of a page in one language, as an editor writes it. */
export interface PageText {
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  sources: ContentSourceLink[];
  /** Canonical plan step ids; only the bokmål text's count. */
  steps: string[];
}

export const targetLanguages: readonly Language[] = languageCodes.filter((language) => language !== sourceLanguage);

export const limits = { title: 200, summary: 500, body: 100_000, sources: 20, sourceTitle: 200, slug: 80, comment: 2000 } as const;

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The Norwegian letters spelled out the way Norwegian addresses do (Frøya → froya, Ærfugl → aerfugl, Ålesund → alesund). */
const spelledOut: Record<string, string> = { æ: "ae", ø: "o", å: "a" };

/**
 * A page address made from what the editor wrote (or the title): lower case, æ/ø/å and accents
 * spelled in a–z, anything else a single hyphen. Never refused for a letter it can spell.
 */
export function slugFrom(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => spelledOut[letter]!)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, limits.slug)
    .replace(/-+$/, "");
}
const stepIds = new Set<string>(canonicalStepIds);

/** The hash that decides whether a translation is still up to date with its bokmål source. */
export function contentHash(text: Pick<PageText, "title" | "summary" | "body" | "sources">): string {
  return createHash("sha256")
    .update(JSON.stringify([text.title, text.summary, text.body, text.sources.map((s) => [s.title, s.url])]))
    .digest("hex");
}

/** Strips characters that have no place in a one-line field (control characters, line breaks). */
function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
}

const checkedPart = /\s*\|\s*(\d{4}-\d{2}-\d{2})$/;

/** Sources written one per line as "Title | https://address" (or just the address), and "| YYYY-MM-DD" when a fact was checked against it. */
export function parseSources(text: string): { sources: ContentSourceLink[]; problem?: FieldError } {
  const sources: ContentSourceLink[] = [];
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  for (const [index, written] of lines.entries()) {
    const checked = checkedPart.exec(written)?.[1];
    if (checked !== undefined && !isIsoDate(checked)) {
      return { sources, problem: { path: "sources", code: "sourceChecked", params: { line: index + 1 }, message: `line ${index + 1}: expected a real date YYYY-MM-DD after the address` } };
    }
    const line = checked === undefined ? written : written.replace(checkedPart, "");
    const bar = line.lastIndexOf("|");
    const title = oneLine(bar >= 0 ? line.slice(0, bar) : "");
    const url = (bar >= 0 ? line.slice(bar + 1) : line).trim();
    if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(url)) {
      return { sources, problem: { path: "sources", code: "sourceUrl", params: { line: index + 1 }, message: `line ${index + 1}: expected "Title | https://address"` } };
    }
    sources.push({ title: (title || url).slice(0, limits.sourceTitle), url, ...(checked && { checked }) });
  }
  if (sources.length > limits.sources) return { sources, problem: { path: "sources", code: "tooManySources", params: { limit: limits.sources }, message: `at most ${limits.sources} sources` } };
  return { sources };
}

export function formatSources(sources: readonly ContentSourceLink[]): string {
  return sources
    .map((source) => `${source.title === source.url ? source.url : `${source.title} | ${source.url}`}${source.checked ? ` | ${source.checked}` : ""}`)
    .join("\n");
}

/**
 * Validates and cleans a text before it is stored: one-line title and summary, Markdown cleaned of
 * raw HTML and unsafe links, sources as https links, steps from the canonical list. Throws
 * InvalidInputError naming each field.
 */
export function cleanPageText(input: { title: string; summary: string; body: string; sources: string | ContentSourceLink[]; steps: readonly string[] }): PageText {
  const problems: FieldError[] = [];
  const title = oneLine(input.title);
  const summary = oneLine(input.summary);
  const body = cleanMarkdown(input.body);
  if (title === "") problems.push({ path: "title", code: "required", message: "is required" });
  else if (title.length > limits.title) problems.push({ path: "title", code: "maxLength", params: { limit: limits.title }, message: `at most ${limits.title} characters` });
  if (summary === "") problems.push({ path: "summary", code: "required", message: "is required" });
  else if (summary.length > limits.summary) problems.push({ path: "summary", code: "maxLength", params: { limit: limits.summary }, message: `at most ${limits.summary} characters` });
  if (body === "") problems.push({ path: "body", code: "required", message: "is required (and must have text besides HTML)" });
  else if (body.length > limits.body) problems.push({ path: "body", code: "maxLength", params: { limit: limits.body }, message: `at most ${limits.body} characters` });
  let sources: ContentSourceLink[];
  if (typeof input.sources === "string") {
    const parsed = parseSources(input.sources);
    if (parsed.problem) problems.push(parsed.problem);
    sources = parsed.sources;
  } else {
    sources = input.sources.map((s) => ({ title: oneLine(s.title), url: s.url.trim() }));
    if (sources.some((s) => !/^https:\/\/[^\s/]+\.[^\s]+$/.test(s.url) || s.title === "")) problems.push({ path: "sources", code: "sourceUrl", params: { line: 1 }, message: "every source needs a title and an https:// address" });
  }
  const steps = [...new Set(input.steps)];
  const unknown = steps.filter((step) => !stepIds.has(step));
  if (unknown.length > 0) problems.push({ path: "steps", code: "enum", message: `not canonical step ids: ${unknown.join(", ")}` });
  if (problems.length > 0) throw new InvalidInputError(problems);
  return { title, summary, body, sources, steps: canonicalStepIds.filter((step) => steps.includes(step)) };
}
