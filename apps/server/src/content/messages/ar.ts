import type { CatalogShape } from "@velkomst/i18n";
import type { contentNb } from "./nb.ts";

export const contentAr = {
  nationalTag: "معلومات وطنية",
  list: {
    title: "معلومات للسكان الجدد",
    documentTitle: "معلومات للسكان الجدد – {municipality}",
    lead: "هنا تجد معلومات وطنية عن الحياة في النرويج. وهي تنطبق في جميع البلديات. لاحقًا ستتمكن بلدية {municipality} من إضافة معلومات محلية خاصة بها.",
    onlyInBokmal: "متوفرة حاليًا باللغة النرويجية (بوكمول) فقط",
    back: "العودة إلى صفحة بلدية {municipality}",
  },
  page: {
    sources: "المصادر",
    notTranslatedTitle: "لم تُترجم بعد",
    notTranslatedText: "لم تُترجم هذه الصفحة إلى العربية بعد. أنت تراها باللغة النرويجية (بوكمول).",
    allTopics: "جميع المواضيع",
  },
  notFound: {
    title: "لم نجد الصفحة",
    text: "لم نجد هذه الصفحة. تحقّق من العنوان، أو انتقل إلى قائمة المواضيع.",
    municipalityText: "لم نجد بلدية بالرقم {number}.",
    chooseMunicipality: "اختر بلدية",
  },
} as const satisfies CatalogShape<typeof contentNb>;
