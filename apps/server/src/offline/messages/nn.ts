import type { CatalogShape } from "@velkomst/i18n";
import type { offlineNb } from "./nb.ts";

export const offlineNn = {
  notice: "Lagra {savedAt}. Du er ikkje på nett, så du ser sida slik ho var då.",
  page: {
    title: "Du er ikkje på nett",
    lead: "Denne sida er ikkje lagra på telefonen din.",
    saved: "Sider du har opna før, og planen din, kan du opne utan nett.",
    retry: "Prøv igjen når du har nett.",
  },
} satisfies CatalogShape<typeof offlineNb>;
