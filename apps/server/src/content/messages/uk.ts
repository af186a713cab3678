import type { CatalogShape } from "@velkomst/i18n";
import type { contentNb } from "./nb.ts";

export const contentUk = {
  nationalTag: "Загальнонаціональна інформація",
  list: {
    title: "Інформація для нових мешканців",
    documentTitle: "Інформація для нових мешканців – {municipality}",
    lead: "Тут зібрано загальнонаціональну інформацію про життя в Норвегії. Вона діє в усіх комунах. Пізніше комуна {municipality} зможе додати власну місцеву інформацію.",
    onlyInBokmal: "Поки що лише норвезькою (букмол)",
    back: "Назад до сторінки комуни {municipality}",
  },
  page: {
    sources: "Джерела",
    notTranslatedTitle: "Ще не перекладено",
    notTranslatedText: "Цю сторінку ще не перекладено українською. Ви бачите її норвезькою мовою (букмол).",
    allTopics: "Усі теми",
  },
  notFound: {
    title: "Сторінку не знайдено",
    text: "Ми не знайшли цю сторінку. Перевірте адресу або перейдіть до списку тем.",
    municipalityText: "Ми не знайшли комуну з номером {number}.",
    chooseMunicipality: "Виберіть комуну",
  },
} as const satisfies CatalogShape<typeof contentNb>;
