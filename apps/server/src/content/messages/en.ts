import type { CatalogShape } from "@velkomst/i18n";
import type { contentNb } from "./nb.ts";

export const contentEn = {
  nationalTag: "National information",
  list: {
    title: "Information for new residents",
    documentTitle: "Information for new residents – {municipality}",
    lead: "Here is national information about life in Norway. It applies in all municipalities. Later, {municipality} can add its own local information.",
    onlyInBokmal: "Only in Norwegian (bokmål) for now",
    back: "Back to {municipality}",
  },
  page: {
    sources: "Sources",
    notTranslatedTitle: "Not translated yet",
    notTranslatedText: "This page is not translated into English yet. You see it in Norwegian (bokmål).",
    allTopics: "All topics",
  },
  notFound: {
    title: "Page not found",
    text: "We could not find this page. Check the address, or go to the list of topics.",
    municipalityText: "We found no municipality with number {number}.",
    chooseMunicipality: "Choose a municipality",
  },
} as const satisfies CatalogShape<typeof contentNb>;
