import { resolveLanguage, type Language } from "../locales/languages.ts";
import { compileTemplate, fillTemplate } from "../locales/message-template.ts";
import { recognitionAr } from "./locales/ar.ts";
import { recognitionEn } from "./locales/en.ts";
import { recognitionNb, type RecognitionMessages } from "./locales/nb.ts";
import { recognitionNn } from "./locales/nn.ts";
import { recognitionPl } from "./locales/pl.ts";
import { recognitionUk } from "./locales/uk.ts";

export const recognitionLocales: Record<Language, RecognitionMessages> = {
  nb: recognitionNb,
  nn: recognitionNn,
  en: recognitionEn,
  uk: recognitionUk,
  pl: recognitionPl,
  ar: recognitionAr,
};

/** Fills a text's placeholders; a Norwegian name inside Arabic is isolated so its brackets stay in place. */
export function fillRecognitionText(language: Language, text: string, values: Record<string, string | number>): string {
  const isolate = language === "ar";
  return fillTemplate(compileTemplate(text), (name) => {
    const value = values[name];
    if (value === undefined) return undefined;
    return isolate && typeof value === "string" ? `\u2068${value}\u2069` : String(value);
  });
}

export { resolveLanguage };
