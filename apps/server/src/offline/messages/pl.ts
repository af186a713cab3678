import type { CatalogShape } from "@velkomst/i18n";
import type { offlineNb } from "./nb.ts";

export const offlinePl = {
  notice: "Zapisano {savedAt}. Nie masz połączenia z siecią, więc widzisz stronę taką, jaka była wtedy.",
  page: {
    title: "Nie masz połączenia z siecią",
    lead: "Ta strona nie jest zapisana w Twoim telefonie.",
    saved: "Strony, które już otwierałeś, i swój plan możesz otworzyć bez sieci.",
    retry: "Spróbuj ponownie, gdy będziesz mieć połączenie z siecią.",
  },
} satisfies CatalogShape<typeof offlineNb>;
