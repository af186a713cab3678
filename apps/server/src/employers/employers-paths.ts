import type { Language } from "@velkomst/i18n";

/** The employer front door's addresses: the employer's own pages, and the municipality staff's. */
export const employersPaths = {
  signUp: (lang: Language) => `/${lang}/arbeidsgiver/registrer`,
  signUpDone: (lang: Language) => `/${lang}/arbeidsgiver/registrer/takk`,
  home: (lang: Language) => `/${lang}/arbeidsgiver`,
  colleagues: (lang: Language) => `/${lang}/arbeidsgiver/brukere`,
  newWorker: (lang: Language) => `/${lang}/arbeidsgiver/arbeidstakere/ny`,
  importWorkers: (lang: Language) => `/${lang}/arbeidsgiver/arbeidstakere/import`,
  csvTemplate: (lang: Language) => `/${lang}/arbeidsgiver/arbeidstakere/mal.csv`,
  letter: (lang: Language, noticeId: string) => `/${lang}/arbeidsgiver/arbeidstakere/${noticeId}/brev`,
  staffEmployers: (lang: Language) => `/${lang}/ansatt/arbeidsgivere`,
  staffApprove: (lang: Language, employerId: string) => `/${lang}/ansatt/arbeidsgivere/${employerId}/godkjenn`,
  staffNotices: (lang: Language) => `/${lang}/ansatt/arbeidstakere`,
};
