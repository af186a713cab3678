import type { CatalogShape } from "@velkomst/i18n";
import type { offlineNb } from "./nb.ts";

export const offlineUk = {
  notice: "Збережено {savedAt}. Ви не в мережі, тому бачите сторінку такою, якою вона була тоді.",
  page: {
    title: "Ви не в мережі",
    lead: "Ця сторінка не збережена на вашому телефоні.",
    saved: "Сторінки, які ви вже відкривали, і ваш план можна відкрити без мережі.",
    retry: "Спробуйте ще раз, коли будете в мережі.",
  },
} satisfies CatalogShape<typeof offlineNb>;
