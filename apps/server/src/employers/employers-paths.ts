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
  outreach: (lang: Language) => `/${lang}/ansatt/sua`,
  outreachDay: (lang: Language, dayId: string) => `/${lang}/ansatt/sua/${dayId}`,
  outreachPublish: (lang: Language, dayId: string) => `/${lang}/ansatt/sua/${dayId}/tider`,
  outreachNoShow: (lang: Language, dayId: string, bookingId: string) => `/${lang}/ansatt/sua/${dayId}/bookinger/${bookingId}/uteble`,
  outreachMove: (lang: Language, dayId: string, bookingId: string) => `/${lang}/ansatt/sua/${dayId}/bookinger/${bookingId}/flytt`,
  outreachCancel: (lang: Language, dayId: string, bookingId: string) => `/${lang}/ansatt/sua/${dayId}/bookinger/${bookingId}/avbestill`,
  idCheck: (lang: Language, noticeId: string) => `/${lang}/arbeidsgiver/arbeidstakere/${noticeId}/id-kontroll`,
  idCheckMove: (lang: Language, noticeId: string) => `/${lang}/arbeidsgiver/arbeidstakere/${noticeId}/flytt`,
  idCheckCancel: (lang: Language, noticeId: string) => `/${lang}/arbeidsgiver/arbeidstakere/${noticeId}/avbestill`,
  /** The worker's coming appointment as an iCal file, for the employer (in the worker's language). */
  idCheckCalendar: (lang: Language, noticeId: string) => `/${lang}/arbeidsgiver/arbeidstakere/${noticeId}/kalender.ics`,
  /** The worker's own page, opened by the secret token of their welcome mail or letter (no account needed). */
  workerPage: (lang: Language, token: string) => `/${lang}/ny-arbeidstaker/${token}`,
  workerBook: (lang: Language, token: string) => `/${lang}/ny-arbeidstaker/${token}/id-kontroll`,
  workerCancel: (lang: Language, token: string) => `/${lang}/ny-arbeidstaker/${token}/avbestill`,
  workerLinkAccount: (lang: Language, token: string) => `/${lang}/ny-arbeidstaker/${token}/koble`,
  workerCalendar: (lang: Language, token: string) => `/${lang}/ny-arbeidstaker/${token}/kalender.ics`,
  /** The signed-in worker's own notices on "Min side": ID check and consent. */
  myWork: (lang: Language) => `/${lang}/min-side/arbeid`,
  myWorkBook: (lang: Language, noticeId: string) => `/${lang}/min-side/arbeid/${noticeId}/id-kontroll`,
  myWorkCancel: (lang: Language, noticeId: string) => `/${lang}/min-side/arbeid/${noticeId}/avbestill`,
  myWorkConsent: (lang: Language, noticeId: string) => `/${lang}/min-side/arbeid/${noticeId}/samtykke`,
  myWorkCalendar: (lang: Language, noticeId: string) => `/${lang}/min-side/arbeid/${noticeId}/kalender.ics`,
  workersApi: "/api/v1/employer/workers",
  /** The worker's appointment as an iCal file; the token in the confirmation mail is the key (no account needed; only its hash is stored). */
  outreachCalendar: (token: string) => `/kalender/id-kontroll/${token}.ics`,
};
