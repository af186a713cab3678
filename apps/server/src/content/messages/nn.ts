import type { CatalogShape } from "@velkomst/i18n";
import type { contentNb } from "./nb.ts";

export const contentNn = {
  nationalTag: "Nasjonal informasjon",
  list: {
    title: "Informasjon for nye innbyggjarar",
    documentTitle: "Informasjon for nye innbyggjarar – {municipality}",
    lead: "Her er nasjonal informasjon om livet i Noreg. Ho gjeld i alle kommunar. Seinare kan {municipality} leggje til eiga, lokal informasjon.",
    onlyInBokmal: "Berre på bokmål førebels",
    back: "Tilbake til {municipality}",
  },
  page: {
    sources: "Kjelder",
    notTranslatedTitle: "Ikkje omsett enno",
    notTranslatedText: "Denne sida er ikkje omsett til nynorsk enno. Du ser ho på bokmål.",
    allTopics: "Alle tema",
  },
  notFound: {
    title: "Fann ikkje sida",
    text: "Vi fann ikkje denne sida. Sjekk adressa, eller gå til lista over tema.",
    municipalityText: "Vi fann ingen kommune med nummer {number}.",
    chooseMunicipality: "Vel kommune",
  },
} as const satisfies CatalogShape<typeof contentNb>;
