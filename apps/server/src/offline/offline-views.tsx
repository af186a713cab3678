import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { intlLocale } from "@velkomst/i18n";
import { usePage } from "../web/page-context.tsx";
import { offlineTexts } from "./offline-texts.ts";

/** Stands in the notice for the moment a page was saved; the service worker writes the date there. */
export const savedAtMarker = "%SAVED_AT%";

/**
 * "Saved on …, you are offline": on every page, hidden. The service worker shows it, with the date
 * in this page's locale, when it serves the page from what it saved because the network is gone.
 */
export function OfflineNotice() {
  const { lang } = usePage();
  return (
    <div className="offline-notice" role="status" data-offline-notice={intlLocale(lang)} hidden>
      <Paragraph>{offlineTexts(lang)("notice", { savedAt: savedAtMarker })}</Paragraph>
    </div>
  );
}

/** What a person sees, without a network, for a page they never opened. */
export function OfflinePage() {
  const o = offlineTexts(usePage().lang);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {o("page.title")}
      </Heading>
      <Paragraph>{o("page.lead")}</Paragraph>
      <Paragraph>{o("page.saved")}</Paragraph>
      <Paragraph>{o("page.retry")}</Paragraph>
    </div>
  );
}
