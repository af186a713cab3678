/**
 * Texts of the welcome-content pages. Bokmål is the source and defines the shape. ICU
 * MessageFormat; plain language (B1). The pages' own text comes from content/baseline.
 */
export const contentNb = {
  nationalTag: "Nasjonal informasjon",
  list: {
    title: "Informasjon for nye innbyggere",
    documentTitle: "Informasjon for nye innbyggere – {municipality}",
    lead: "Her er nasjonal informasjon om livet i Norge. Den gjelder i alle kommuner. Senere kan {municipality} legge til egen, lokal informasjon.",
    onlyInBokmal: "Bare på norsk (bokmål) foreløpig",
    back: "Tilbake til {municipality}",
  },
  page: {
    sources: "Kilder",
    notTranslatedTitle: "Ikke oversatt ennå",
    notTranslatedText: "Denne siden er ikke oversatt ennå. Du ser den på norsk (bokmål).",
    allTopics: "Alle temaer",
  },
  notFound: {
    title: "Fant ikke siden",
    text: "Vi fant ikke denne siden. Sjekk adressen, eller gå til listen over temaer.",
    municipalityText: "Vi fant ingen kommune med nummer {number}.",
    chooseMunicipality: "Velg kommune",
  },
} as const;
