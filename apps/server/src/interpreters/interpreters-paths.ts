import type { Language } from "@velkomst/i18n";

/** The addresses of the interpreter list and bookings (staff only). */
export const interpretersPaths = {
  list: (lang: Language) => `/${lang}/ansatt/tolker`,
  new: (lang: Language) => `/${lang}/ansatt/tolker/ny`,
  edit: (lang: Language, id: string) => `/${lang}/ansatt/tolker/${id}`,
  booking: (lang: Language, id: string) => `/${lang}/ansatt/tolker/bestillinger/${id}`,
  cancel: (lang: Language, id: string) => `/${lang}/ansatt/tolker/bestillinger/${id}/avlys`,
  book: (lang: Language) => `/${lang}/ansatt/tolker/bestill`,
  bookForCase: (lang: Language, caseId: string) => `/${lang}/ansatt/tolker/bestill?sak=${caseId}`,
  bookForEvent: (lang: Language, eventId: string) => `/${lang}/ansatt/tolker/bestill?arrangement=${eventId}`,
};
