import type { CatalogShape } from "@velkomst/i18n";
import type { offlineNb } from "./nb.ts";

export const offlineEn = {
  notice: "Saved {savedAt}. You are offline, so you see the page as it was then.",
  page: {
    title: "You are offline",
    lead: "This page is not saved on your phone.",
    saved: "Pages you have opened before, and your plan, open without a network.",
    retry: "Try again when you are online.",
  },
} satisfies CatalogShape<typeof offlineNb>;
