import type { CatalogShape } from "@velkomst/i18n";
import type { searchNb } from "./nb.ts";

export const searchEn = {
  box: {
    label: "Search information, services and events",
    hint: "You can type æ, ø and å as ae, o and a.",
    button: "Search",
  },
  page: {
    title: "Search – {municipality}",
    heading: "Search",
    lead: "Search information, services and events for {municipality}.",
    resultsTitle: "{count, plural, =0 {No results} one {# result} other {# results}} for “{query}” – {municipality}",
    results: "{count, plural, =0 {No results} one {# result} other {# results}} for “{query}”",
    showing: "Showing the {shown} best results. Add more words to find what you are looking for.",
    didYouMean: "Did you mean:",
    didYouMeanSearch: "Search for “{suggestion}”",
    emptyQuery: "Type a word or a few words, for example “tax card”, “doctor” or “kindergarten”.",
    tooLong: "The search is too long. Use at most {limit} characters.",
  },
  kinds: {
    page: "Information",
    service: "Services",
    event: "Events",
  },
  hit: {
    inBokmal: "In Norwegian (Bokmål)",
    local: "Local",
  },
  noResults: {
    title: "Tips",
    spelling: "Check the spelling of the words.",
    fewerWords: "Try fewer words, or another word with the same meaning.",
    norwegian: "Try the Norwegian word, for example “helsestasjon” (child health centre) or “skattekort” (tax card).",
    browse: "See all topics in the information for {municipality}",
  },
  back: "Back to {municipality}",
  notFound: {
    title: "Municipality not found",
    text: "We found no municipality with number {number}.",
    chooseMunicipality: "Choose a municipality",
  },
} satisfies CatalogShape<typeof searchNb>;
