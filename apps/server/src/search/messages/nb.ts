/**
 * Texts of the search page and the search box. Bokmål is the source and defines the shape.
 * ICU MessageFormat; plain language (B1): readers may be new to Norwegian.
 */
export const searchNb = {
  box: {
    label: "Søk i informasjon, tjenester og arrangementer",
    hint: "Du kan skrive æ, ø og å som ae, o og a.",
    button: "Søk",
  },
  page: {
    title: "Søk – {municipality}",
    heading: "Søk",
    lead: "Søk i informasjon, tjenester og arrangementer for {municipality}.",
    resultsTitle: "{count, plural, =0 {Ingen treff} one {# treff} other {# treff}} for «{query}» – {municipality}",
    results: "{count, plural, =0 {Ingen treff} one {# treff} other {# treff}} for «{query}»",
    showing: "Viser de {shown} beste treffene. Skriv flere ord for å finne det du leter etter.",
    didYouMean: "Mente du:",
    didYouMeanSearch: "Søk etter «{suggestion}»",
    emptyQuery: "Skriv et ord eller noen ord, for eksempel «skattekort», «fastlege» eller «barnehage».",
    tooLong: "Søket er for langt. Skriv høyst {limit} tegn.",
  },
  kinds: {
    page: "Informasjon",
    service: "Tjenester",
    event: "Arrangementer",
  },
  hit: {
    inBokmal: "På norsk (bokmål)",
    local: "Lokalt",
  },
  noResults: {
    title: "Tips",
    spelling: "Sjekk at ordene er skrevet riktig.",
    fewerWords: "Prøv færre ord, eller et annet ord med samme mening.",
    norwegian: "Prøv det norske ordet, for eksempel «helsestasjon» eller «skattekort».",
    browse: "Se alle temaene i informasjonen for {municipality}",
  },
  back: "Tilbake til {municipality}",
  notFound: {
    title: "Fant ikke kommunen",
    text: "Vi fant ingen kommune med nummer {number}.",
    chooseMunicipality: "Velg kommune",
  },
};
