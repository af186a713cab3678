import { createTranslator, type Language, type MessageKey, type Translator } from "@velkomst/i18n";
import { ar } from "./locales/ar.ts";
import { en } from "./locales/en.ts";
import { nb, type UiMessages } from "./locales/nb.ts";
import { nn } from "./locales/nn.ts";
import { pl } from "./locales/pl.ts";
import { uk } from "./locales/uk.ts";

export type UiMessageKey = MessageKey<UiMessages>;
export type UiTranslator = Translator<UiMessageKey>;

export const uiCatalogs = { nb, nn, en, uk, pl, ar } as const;

const translators = new Map<Language, UiTranslator>();

/** One cached translator per language; falls back to bokmål for a missing text. */
export function uiTranslator(language: Language): UiTranslator {
  let translator = translators.get(language);
  if (!translator) {
    translator = createTranslator<UiMessages>(language === "nn" || language === "nb" ? `${language}-NO` : language, uiCatalogs[language], nb);
    translators.set(language, translator);
  }
  return translator;
}
