import type { Language } from "@velkomst/i18n";

/** The settlement pages' addresses (staff area, Norwegian slugs). */
const base = (lang: Language) => `/${lang}/ansatt/bosetting`;

export const settlementPaths = {
  home: base,
  year: (lang: Language, year: number) => `${base(lang)}/${year}`,
  countyRecommendation: (lang: Language, year: number) => `${base(lang)}/${year}/fylker`,
  request: (lang: Language, year: number) => `${base(lang)}/${year}/anmodninger`,
  requestAll: (lang: Language, year: number) => `${base(lang)}/${year}/anmodninger/alle`,
  municipality: (lang: Language, year: number, number: string) => `${base(lang)}/${year}/kommuner/${number}`,
  decision: (lang: Language, year: number, number: string) => `${base(lang)}/${year}/kommuner/${number}/vedtak`,
  weights: (lang: Language, year: number) => `${base(lang)}/${year}/vekter`,
  runs: (lang: Language, year: number) => `${base(lang)}/${year}/kjoringer`,
  enquiries: (lang: Language, year: number) => `${base(lang)}/${year}/foresporsler`,
  fairness: (lang: Language, year: number) => `${base(lang)}/${year}/rettferdighet`,
  run: (lang: Language, id: string) => `${base(lang)}/kjoringer/${id}`,
  runEnquiries: (lang: Language, id: string) => `${base(lang)}/kjoringer/${id}/foresporsler`,
  proposal: (lang: Language, id: string) => `${base(lang)}/forslag/${id}`,
  override: (lang: Language, id: string) => `${base(lang)}/forslag/${id}/overstyr`,
  proposalEnquiry: (lang: Language, id: string) => `${base(lang)}/forslag/${id}/foresporsel`,
  answer: (lang: Language, id: string) => `${base(lang)}/foresporsler/${id}/svar`,
  households: (lang: Language) => `${base(lang)}/husstander`,
  household: (lang: Language, id: string) => `${base(lang)}/husstander/${id}`,
  newHousehold: (lang: Language) => `${base(lang)}/husstander/ny`,
  editHousehold: (lang: Language, id: string) => `${base(lang)}/husstander/${id}/endre`,
};
