import { recognitionData } from "@velkomst/rules";
import type { Language } from "@velkomst/i18n";

/** An occupation's name in the reader's language from the recognition data, else its STYRK-08 code. */
export function occupationName(code: string, lang: Language): string {
  const occupation = recognitionData().byStyrk.get(code);
  return occupation ? occupation.names[lang] : `STYRK ${code}`;
}
