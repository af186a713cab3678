import type { Language } from "@velkomst/i18n";

/** The mentor programme's addresses: the coordinator's under /ansatt, the volunteer mentor's under /frivillig. */
export const mentoringPaths = {
  staffHome: (lang: Language) => `/${lang}/ansatt/mentorprogram`,
  cohort: (lang: Language, cohortId: string) => `/${lang}/ansatt/mentorprogram/${cohortId}`,
  newMentee: (lang: Language, cohortId: string) => `/${lang}/ansatt/mentorprogram/${cohortId}/mentorpartnere`,
  proposal: (lang: Language, cohortId: string) => `/${lang}/ansatt/mentorprogram/${cohortId}/forslag`,
  seminars: (lang: Language, cohortId: string) => `/${lang}/ansatt/mentorprogram/${cohortId}/samlinger`,
  policeCertificate: (lang: Language, cohortId: string, mentorId: string) => `/${lang}/ansatt/mentorprogram/${cohortId}/politiattest/${mentorId}`,
  menteeFeedback: (lang: Language, cohortId: string, pairId: string) => `/${lang}/ansatt/mentorprogram/${cohortId}/par/${pairId}/sporsmal`,
  mentorHome: (lang: Language) => `/${lang}/frivillig/mentor`,
  mentorSignup: (lang: Language, cohortId: string) => `/${lang}/frivillig/mentor/${cohortId}/bli-mentor`,
  logMeeting: (lang: Language, pairId: string) => `/${lang}/frivillig/mentor/par/${pairId}/mote`,
  mentorFeedback: (lang: Language, pairId: string) => `/${lang}/frivillig/mentor/par/${pairId}/sporsmal`,
};
