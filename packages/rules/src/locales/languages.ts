import { ar } from "./ar.ts";
import { en } from "./en.ts";
import { nb, type Messages } from "./nb.ts";
import { nn } from "./nn.ts";
import { pl } from "./pl.ts";
import { uk } from "./uk.ts";

export const supportedLanguages = ["nb", "nn", "en", "uk", "pl", "ar"] as const;
export type Language = (typeof supportedLanguages)[number];

export const locales: Record<Language, Messages> = { nb, nn, en, uk, pl, ar };

/** Intl locale used for dates and amounts in each language (British English writes "10 May 2025"). */
export const dateLocales: Record<Language, string> = { nb: "nb-NO", nn: "nn-NO", en: "en-GB", uk: "uk-UA", pl: "pl-PL", ar: "ar" };

/** Ukrainian dates end in "р." (year); a sentence ending after the date would get two full stops, and the date reads fine without it. */
export const dateSuffixToDrop: Partial<Record<Language, string>> = { uk: " р." };

/** `nb-NO` → nb, `ar-SA` → ar, `no` → nb; anything unsupported falls back to nb (the contract: requested → nb → en). */
export function resolveLanguage(tag: string | undefined): Language {
  if (tag === undefined) return "nb";
  const base = tag.split("-")[0]!.toLowerCase();
  if (base === "no") return "nb";
  return (supportedLanguages as readonly string[]).includes(base) ? (base as Language) : "nb";
}
