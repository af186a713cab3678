import type { Language, MessageKey, Translator } from "@velkomst/i18n";
import { ar } from "./locales/ar.ts";
import { en } from "./locales/en.ts";
import { nb, type UiMessages } from "./locales/nb.ts";
import { nn } from "./locales/nn.ts";
import { pl } from "./locales/pl.ts";
import { uk } from "./locales/uk.ts";
import { catalogTranslators } from "./catalog-translators.ts";

export type UiMessageKey = MessageKey<UiMessages>;
export type UiTranslator = Translator<UiMessageKey>;

export const uiCatalogs = { nb, nn, en, uk, pl, ar } as const;

/** One cached translator per language for the shared UI texts; falls back to bokmål for a missing text. */
export const uiTranslator: (language: Language) => UiTranslator = catalogTranslators<UiMessages>(nb, uiCatalogs);
