import type { CatalogShape } from "@velkomst/i18n";
import type { searchNb } from "./nb.ts";

export const searchNn = {
  box: {
    label: "Søk i informasjon, tenester og arrangement",
    hint: "Du kan skrive æ, ø og å som ae, o og a.",
    button: "Søk",
  },
  page: {
    title: "Søk – {municipality}",
    heading: "Søk",
    lead: "Søk i informasjon, tenester og arrangement for {municipality}.",
    resultsTitle: "{count, plural, =0 {Ingen treff} one {# treff} other {# treff}} for «{query}» – {municipality}",
    results: "{count, plural, =0 {Ingen treff} one {# treff} other {# treff}} for «{query}»",
    showing: "Viser dei {shown} beste treffa. Skriv fleire ord for å finne det du leitar etter.",
    didYouMean: "Meinte du:",
    didYouMeanSearch: "Søk etter «{suggestion}»",
    emptyQuery: "Skriv eit ord eller nokre ord, til dømes «skattekort», «fastlege» eller «barnehage».",
    tooLong: "Søket er for langt. Skriv høgst {limit} teikn.",
  },
  kinds: {
    page: "Informasjon",
    service: "Tenester",
    event: "Arrangement",
  },
  hit: {
    inBokmal: "På norsk (bokmål)",
    local: "Lokalt",
  },
  noResults: {
    title: "Tips",
    spelling: "Sjekk at orda er skrivne rett.",
    fewerWords: "Prøv færre ord, eller eit anna ord med same tyding.",
    norwegian: "Prøv det norske ordet, til dømes «helsestasjon» eller «skattekort».",
    browse: "Sjå alle temaa i informasjonen for {municipality}",
  },
  back: "Tilbake til {municipality}",
  notFound: {
    title: "Fann ikkje kommunen",
    text: "Vi fann ingen kommune med nummer {number}.",
    chooseMunicipality: "Vel kommune",
  },
} satisfies CatalogShape<typeof searchNb>;
