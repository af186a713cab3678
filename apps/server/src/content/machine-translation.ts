import { Marked, type Token } from "marked";
import type { Language } from "@velkomst/i18n";
import { DomainError } from "../platform/domain-errors.ts";
import type { ContentSourceLink } from "./content-tables.ts";

/** The text of a page sent for translation and what comes back. */
export interface TranslatableText {
  title: string;
  summary: string;
  body: string;
  sources: ContentSourceLink[];
}

export interface TranslationProvider {
  supports(language: Language): boolean;
  translatePage(text: TranslatableText, target: Language): Promise<TranslatableText>;
}

export class TranslationFailedError extends DomainError {
  constructor(message: string) {
    super(502, "translation-failed", message);
  }
}

/**
 * DeepL's target language codes. DeepL translates from bokmål (NB) but has no nynorsk, so nynorsk
 * is always translated by hand.
 */
const targetCodes: Partial<Record<Language, string>> = { en: "EN-GB", uk: "UK", pl: "PL", ar: "AR" };

const marked = new Marked({ gfm: true });

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/**
 * One line of Markdown's inline text as XML the provider keeps intact (tag_handling=xml):
 * links become <a i="n">, strong <b>, emphasis <i>, code and anything unusual <x i="n"/> kept verbatim.
 */
function inlineToXml(tokens: readonly Token[], kept: string[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case "text":
          return "tokens" in token && token.tokens ? inlineToXml(token.tokens, kept) : escapeXml(token.text);
        case "escape":
          return escapeXml(token.raw);
        case "strong":
          return `<b>${inlineToXml(token.tokens ?? [], kept)}</b>`;
        case "em":
          return `<i>${inlineToXml(token.tokens ?? [], kept)}</i>`;
        case "link":
          kept.push(token.href);
          return `<a i="${kept.length - 1}">${inlineToXml(token.tokens ?? [], kept)}</a>`;
        default:
          kept.push(token.raw);
          return `<x i="${kept.length - 1}"/>`;
      }
    })
    .join("");
}

/** The provider's XML back to Markdown. */
function xmlToInline(xml: string, kept: readonly string[]): string {
  const links: string[] = [];
  return unescapeXml(
    xml.replace(/<(\/?)(a|b|i|x)(?:\s+i="(\d+)")?\s*(\/?)>/g, (_match, closing: string, tag: string, index: string | undefined) => {
      const value = index === undefined ? "" : (kept[Number(index)] ?? "");
      if (tag === "x") return escapeXml(value);
      if (tag === "b") return "**";
      if (tag === "i") return "*";
      if (closing) return `](${escapeXml(links.pop() ?? "")})`;
      links.push(value);
      return "[";
    }),
  );
}

const linePrefix = /^(\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+|>\s?)?)(.*)$/;

/** Splits a page into the strings to translate and a function that puts translations back. */
export function segmentPage(text: TranslatableText): { segments: string[]; rebuild(translated: readonly string[]): TranslatableText } {
  const segments: string[] = [escapeXml(text.title), escapeXml(text.summary)];
  const lines = text.body.split("\n").map((line) => {
    const [, prefix = "", rest = ""] = linePrefix.exec(line) ?? [];
    if (rest.trim() === "") return { prefix: line, segment: -1, kept: [] as string[] };
    const kept: string[] = [];
    segments.push(inlineToXml(marked.Lexer.lexInline(rest), kept));
    return { prefix, segment: segments.length - 1, kept };
  });
  const sourceStart = segments.length;
  for (const source of text.sources) segments.push(escapeXml(source.title));
  return {
    segments,
    rebuild(translated) {
      const at = (index: number) => translated[index] ?? segments[index] ?? "";
      return {
        title: unescapeXml(at(0)),
        summary: unescapeXml(at(1)),
        body: lines.map((line) => (line.segment < 0 ? line.prefix : line.prefix + xmlToInline(at(line.segment), line.kept))).join("\n"),
        sources: text.sources.map((source, index) => ({ title: unescapeXml(at(sourceStart + index)), url: source.url })),
      };
    },
  };
}

/** At most 50 texts and well under 128 KiB per request, as the DeepL API requires. */
function batches(segments: readonly string[]): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const segment of segments) {
    if (current.length > 0 && (current.length === 50 || size + segment.length > 60_000)) {
      result.push(current);
      current = [];
      size = 0;
    }
    current.push(segment);
    size += segment.length;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/**
 * A client for a translation service speaking the DeepL v2 /translate API: POST JSON
 * `{text: [...], source_lang, target_lang, tag_handling}` with `Authorization: DeepL-Auth-Key …`,
 * answered by `{translations: [{text}]}` in the same order.
 */
export function createDeeplTranslationProvider(options: { url: string; apiKey: string; timeoutMs?: number }): TranslationProvider {
  const endpoint = /\/translate\/?$/.test(new URL(options.url).pathname) ? options.url : `${options.url.replace(/\/$/, "")}/v2/translate`;
  async function translateBatch(texts: string[], target: string): Promise<string[]> {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: "POST",
        headers: { authorization: `DeepL-Auth-Key ${options.apiKey}`, "content-type": "application/json", "user-agent": "Velkomst/1.0" },
        body: JSON.stringify({ text: texts, source_lang: "NB", target_lang: target, tag_handling: "xml", split_sentences: "nonewlines" }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      throw new TranslationFailedError(`the translation service did not answer: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new TranslationFailedError(`the translation service answered ${response.status}`);
    const answer = (await response.json().catch(() => undefined)) as { translations?: Array<{ text?: unknown }> } | undefined;
    const translations = answer?.translations;
    if (!Array.isArray(translations) || translations.length !== texts.length || translations.some((t) => typeof t?.text !== "string")) {
      throw new TranslationFailedError("the translation service gave an answer of the wrong shape");
    }
    return translations.map((t) => t.text as string);
  }
  return {
    supports: (language) => targetCodes[language] !== undefined,
    async translatePage(text, language) {
      const target = targetCodes[language];
      if (!target) throw new TranslationFailedError(`no machine translation into ${language}`);
      const { segments, rebuild } = segmentPage(text);
      const translated: string[] = [];
      for (const batch of batches(segments)) translated.push(...(await translateBatch(batch, target)));
      return rebuild(translated);
    },
  };
}
