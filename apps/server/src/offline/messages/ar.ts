import type { CatalogShape } from "@velkomst/i18n";
import type { offlineNb } from "./nb.ts";

export const offlineAr = {
  notice: "حُفظت في {savedAt}. أنت غير متصل بالإنترنت، لذلك ترى الصفحة كما كانت حينها.",
  page: {
    title: "أنت غير متصل بالإنترنت",
    lead: "هذه الصفحة غير محفوظة على هاتفك.",
    saved: "يمكنك فتح الصفحات التي فتحتها من قبل، وخطتك، دون إنترنت.",
    retry: "حاول مرة أخرى عندما تتصل بالإنترنت.",
  },
} satisfies CatalogShape<typeof offlineNb>;
