import type { CatalogShape } from "@velkomst/i18n";
import type { searchNb } from "./nb.ts";

export const searchUk = {
  box: {
    label: "Пошук в інформації, послугах і заходах",
    hint: "Норвезькі літери æ, ø і å можна писати як ae, o і a.",
    button: "Шукати",
  },
  page: {
    title: "Пошук – {municipality}",
    heading: "Пошук",
    lead: "Пошук в інформації, послугах і заходах для {municipality}.",
    resultsTitle: "{count, plural, =0 {Нічого не знайдено} one {# результат} few {# результати} many {# результатів} other {# результату}} за запитом «{query}» – {municipality}",
    results: "{count, plural, =0 {Нічого не знайдено} one {# результат} few {# результати} many {# результатів} other {# результату}} за запитом «{query}»",
    showing: "Показано {shown} найкращих результатів. Додайте слова, щоб знайти те, що шукаєте.",
    didYouMean: "Можливо, ви мали на увазі:",
    didYouMeanSearch: "Шукати «{suggestion}»",
    emptyQuery: "Напишіть слово або кілька слів, наприклад «податкова картка», «лікар» або «дитячий садок».",
    tooLong: "Запит задовгий. Напишіть не більше {limit} символів.",
  },
  kinds: {
    page: "Інформація",
    service: "Послуги",
    event: "Заходи",
  },
  hit: {
    inBokmal: "Норвезькою (букмол)",
    local: "Місцеве",
  },
  noResults: {
    title: "Поради",
    spelling: "Перевірте, чи правильно написані слова.",
    fewerWords: "Спробуйте менше слів або інше слово з тим самим значенням.",
    norwegian: "Спробуйте норвезьке слово, наприклад «helsestasjon» (дитяча поліклініка) або «skattekort» (податкова картка).",
    browse: "Усі теми в інформації для {municipality}",
  },
  back: "Назад до {municipality}",
  notFound: {
    title: "Комуну не знайдено",
    text: "Ми не знайшли комуну з номером {number}.",
    chooseMunicipality: "Виберіть комуну",
  },
} satisfies CatalogShape<typeof searchNb>;
