import type { CatalogShape } from "@velkomst/i18n";
import type { searchNb } from "./nb.ts";

export const searchPl = {
  box: {
    label: "Szukaj w informacjach, usługach i wydarzeniach",
    hint: "Litery æ, ø i å możesz pisać jako ae, o i a.",
    button: "Szukaj",
  },
  page: {
    title: "Wyszukiwanie – {municipality}",
    heading: "Wyszukiwanie",
    lead: "Szukaj w informacjach, usługach i wydarzeniach dla gminy {municipality}.",
    resultsTitle: "{count, plural, =0 {Brak wyników} one {# wynik} few {# wyniki} many {# wyników} other {# wyniku}} dla „{query}” – {municipality}",
    results: "{count, plural, =0 {Brak wyników} one {# wynik} few {# wyniki} many {# wyników} other {# wyniku}} dla „{query}”",
    showing: "Pokazujemy {shown} najlepszych wyników. Dodaj więcej słów, aby znaleźć to, czego szukasz.",
    didYouMean: "Czy chodziło Ci o:",
    didYouMeanSearch: "Szukaj „{suggestion}”",
    emptyQuery: "Wpisz słowo lub kilka słów, na przykład „karta podatkowa”, „lekarz” albo „przedszkole”.",
    tooLong: "Zapytanie jest za długie. Wpisz najwyżej {limit} znaków.",
  },
  kinds: {
    page: "Informacje",
    service: "Usługi",
    event: "Wydarzenia",
  },
  hit: {
    inBokmal: "Po norwesku (bokmål)",
    local: "Lokalne",
  },
  noResults: {
    title: "Wskazówki",
    spelling: "Sprawdź, czy słowa są dobrze napisane.",
    fewerWords: "Spróbuj mniej słów albo innego słowa o tym samym znaczeniu.",
    norwegian: "Spróbuj norweskiego słowa, na przykład „helsestasjon” (przychodnia dla matki i dziecka) albo „skattekort” (karta podatkowa).",
    browse: "Zobacz wszystkie tematy w informacjach dla gminy {municipality}",
  },
  back: "Powrót do gminy {municipality}",
  notFound: {
    title: "Nie znaleziono gminy",
    text: "Nie znaleźliśmy gminy o numerze {number}.",
    chooseMunicipality: "Wybierz gminę",
  },
} satisfies CatalogShape<typeof searchNb>;
