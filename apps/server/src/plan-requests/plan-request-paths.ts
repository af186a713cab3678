import type { Language } from "@velkomst/i18n";
import { planRequestTexts } from "./plan-request-texts.ts";

/** Min side's query parameter that says the request was just sent (`sendt`) or withdrawn (`trukket`). */
export const planRequestNoticeParam = "foresporsel";

/** The addresses of plan requests: the newcomer's under Min side, the coordinator's under the participants. */
export const planRequestPaths = {
  ask: (lang: Language) => `/${lang}/min-side/foresporsel`,
  withdraw: (lang: Language, id: string) => `/${lang}/min-side/foresporsel/${id}/trekk`,
  /** Min side's section, linked from the saved plan's page. */
  onMyPage: (lang: Language) => `/${lang}/min-side#plan-request-heading`,
  afterChange: (lang: Language, notice: "sendt" | "trukket") => `/${lang}/min-side?${planRequestNoticeParam}=${notice}#plan-request-heading`,
  list: (lang: Language) => `/${lang}/ansatt/deltakere/foresporsler`,
  open: (lang: Language, id: string) => `/${lang}/ansatt/deltakere/foresporsler/${id}`,
};

/** The staff start page's card for the coordinators: the open requests of their municipalities. */
export function planRequestsTaskCard(lang: Language) {
  const r = planRequestTexts(lang);
  return { href: planRequestPaths.list(lang), title: r("staff.cardTitle"), text: r("staff.cardText") };
}
