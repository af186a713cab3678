import type { CatalogShape } from "@velkomst/i18n";
import type { contentNb } from "./nb.ts";

export const contentPl = {
  nationalTag: "Informacje ogólnokrajowe",
  list: {
    title: "Informacje dla nowych mieszkańców",
    documentTitle: "Informacje dla nowych mieszkańców – {municipality}",
    lead: "Tutaj znajdziesz ogólnokrajowe informacje o życiu w Norwegii. Obowiązują one we wszystkich gminach. Później gmina {municipality} będzie mogła dodać własne, lokalne informacje.",
    onlyInBokmal: "Na razie tylko po norwesku (bokmål)",
    back: "Wróć do strony gminy {municipality}",
  },
  page: {
    sources: "Źródła",
    notTranslatedTitle: "Jeszcze nie przetłumaczono",
    notTranslatedText: "Ta strona nie jest jeszcze przetłumaczona na język polski. Widzisz ją po norwesku (bokmål).",
    allTopics: "Wszystkie tematy",
  },
  notFound: {
    title: "Nie znaleziono strony",
    text: "Nie znaleźliśmy tej strony. Sprawdź adres albo przejdź do listy tematów.",
    municipalityText: "Nie znaleźliśmy gminy o numerze {number}.",
    chooseMunicipality: "Wybierz gminę",
  },
} as const satisfies CatalogShape<typeof contentNb>;
