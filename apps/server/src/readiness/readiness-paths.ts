import type { Language } from "@velkomst/i18n";

/** The readiness checklist's addresses, under the staff area. `place` is a kommunenummer or a region id. */
export const readinessPaths = {
  home: (lang: Language) => `/${lang}/ansatt/sjekkliste`,
  overview: (lang: Language, county?: string) => `/${lang}/ansatt/sjekkliste/oversikt${county ? `?fylke=${encodeURIComponent(county)}` : ""}`,
  checklist: (lang: Language, place: string) => `/${lang}/ansatt/sjekkliste/${encodeURIComponent(place)}`,
  item: (lang: Language, place: string, item: string) => `/${lang}/ansatt/sjekkliste/${encodeURIComponent(place)}/${item}`,
  document: (lang: Language, place: string, item: string, documentId: string) => `/${lang}/ansatt/sjekkliste/${encodeURIComponent(place)}/${item}/dokument/${documentId}`,
  removeDocument: (lang: Language, place: string, item: string, documentId: string) =>
    `/${lang}/ansatt/sjekkliste/${encodeURIComponent(place)}/${item}/dokument/${documentId}/fjern`,
};
