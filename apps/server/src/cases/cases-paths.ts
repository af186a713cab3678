import type { Language } from "@velkomst/i18n";
import { casesTexts } from "./cases-texts.ts";

/** Case work's addresses, under the staff area. */
const base = (lang: Language) => `/${lang}/ansatt/deltakere`;

export const casesPaths = {
  list: (lang: Language) => base(lang),
  create: (lang: Language, memberId?: string) => `${base(lang)}/ny${memberId ? `?medlem=${memberId}` : ""}`,
  fromSettlement: (lang: Language) => `${base(lang)}/fra-bosetting`,
  report: (lang: Language) => `${base(lang)}/rapport`,
  record: (lang: Language, id: string) => `${base(lang)}/${id}`,
  reveal: (lang: Language, id: string) => `${base(lang)}/${id}/fodselsnummer`,
  plan: (lang: Language, id: string) => `${base(lang)}/${id}/plan`,
  decisions: (lang: Language, id: string) => `${base(lang)}/${id}/vedtak`,
  attendance: (lang: Language, id: string, month?: string) => `${base(lang)}/${id}/oppmote${month ? `?maned=${month}` : ""}`,
  exit: (lang: Language, id: string) => `${base(lang)}/${id}/avslutning`,
  recordConsent: (lang: Language, id: string) => `${base(lang)}/${id}/samtykker`,
  withdrawConsent: (lang: Language, id: string, consentId: string) => `${base(lang)}/${id}/samtykker/${consentId}/trekk`,
  accessLog: (lang: Language, id: string) => `${base(lang)}/${id}/tilgangslogg`,
  invite: (lang: Language, id: string) => `${base(lang)}/${id}/invitasjon`,
  writeHealthNote: (lang: Language, id: string) => `${base(lang)}/${id}/helsenotater`,
  revealHealthNotes: (lang: Language, id: string) => `${base(lang)}/${id}/helsenotater/vis`,
};

/** The participant's own pages, under Min side. */
const own = (lang: Language) => `/${lang}/min-side/introduksjonsprogram`;

export const ownRecordPaths = {
  home: (lang: Language, page?: number) => `${own(lang)}${page && page > 1 ? `?side=${page}` : ""}`,
  connect: (lang: Language) => `${own(lang)}/kode`,
  withdrawConsent: (lang: Language, consentId: string) => `${own(lang)}/samtykker/${consentId}/trekk`,
  data: (lang: Language) => `${own(lang)}/mine-data.json`,
};

/** The staff start page's card for case work. */
export function casesTaskCard(lang: Language) {
  const c = casesTexts(lang);
  return { href: casesPaths.list(lang), title: c("staffCard.title"), text: c("staffCard.text") };
}
