import type { CatalogShape } from "@velkomst/i18n";
import type { searchNb } from "./nb.ts";

export const searchAr = {
  box: {
    label: "ابحث في المعلومات والخدمات والفعاليات",
    hint: "يمكنك كتابة الحرف النرويجي æ على شكل ae، والحرف ø على شكل o، والحرف å على شكل a.",
    button: "بحث",
  },
  page: {
    title: "البحث – {municipality}",
    heading: "البحث",
    lead: "ابحث في المعلومات والخدمات والفعاليات الخاصة ببلدية {municipality}.",
    resultsTitle: "{count, plural, =0 {لا توجد نتائج} one {نتيجة واحدة} two {نتيجتان} few {# نتائج} many {# نتيجة} other {# نتيجة}} للبحث عن «{query}» – {municipality}",
    results: "{count, plural, =0 {لا توجد نتائج} one {نتيجة واحدة} two {نتيجتان} few {# نتائج} many {# نتيجة} other {# نتيجة}} للبحث عن «{query}»",
    showing: "نعرض أفضل {shown} نتيجة. أضف كلمات أخرى لتجد ما تبحث عنه.",
    didYouMean: "هل تقصد:",
    didYouMeanSearch: "ابحث عن «{suggestion}»",
    emptyQuery: "اكتب كلمة أو بضع كلمات، مثل «بطاقة الضريبة» أو «طبيب» أو «روضة أطفال».",
    tooLong: "البحث طويل جدًا. اكتب {limit} حرفًا على الأكثر.",
  },
  kinds: {
    page: "معلومات",
    service: "خدمات",
    event: "فعاليات",
  },
  hit: {
    inBokmal: "بالنرويجية (بوكمول)",
    local: "محلي",
  },
  noResults: {
    title: "نصائح",
    spelling: "تأكد من كتابة الكلمات بشكل صحيح.",
    fewerWords: "جرّب كلمات أقل، أو كلمة أخرى لها المعنى نفسه.",
    norwegian: "جرّب الكلمة النرويجية، مثل «helsestasjon» (المركز الصحي) أو «skattekort» (بطاقة الضريبة).",
    browse: "اطّلع على كل المواضيع في معلومات بلدية {municipality}",
  },
  back: "العودة إلى {municipality}",
  notFound: {
    title: "لم نجد البلدية",
    text: "لم نجد بلدية بالرقم {number}.",
    chooseMunicipality: "اختر البلدية",
  },
} satisfies CatalogShape<typeof searchNb>;
