import type { Language } from "@velkomst/i18n";
import type { ThemeEvening } from "./theme-evenings.ts";

export const themeEveningPaths = {
  list: (lang: Language) => `/${lang}/ansatt/temakvelder`,
  copy: (lang: Language, template: ThemeEvening) => `/${lang}/ansatt/temakvelder/${template}`,
};

/** The newcomer team's addresses: the staff pages, the public team page and calendar, and the calendar feed (no language in its path, like the events module's feeds). */
export const newcomerTeamPaths = {
  staffList: (lang: Language) => `/${lang}/ansatt/tilflytterteam`,
  staffTeam: (lang: Language, teamId: string) => `/${lang}/ansatt/tilflytterteam/${teamId}`,
  addMember: (lang: Language, teamId: string) => `/${lang}/ansatt/tilflytterteam/${teamId}/medlemmer`,
  member: (lang: Language, teamId: string, memberId: string) => `/${lang}/ansatt/tilflytterteam/${teamId}/medlemmer/${memberId}`,
  removeMember: (lang: Language, teamId: string, memberId: string) => `/${lang}/ansatt/tilflytterteam/${teamId}/medlemmer/${memberId}/fjern`,
  tagEvent: (lang: Language, teamId: string) => `/${lang}/ansatt/tilflytterteam/${teamId}/arrangementer`,
  untagEvent: (lang: Language, teamId: string, eventId: string) => `/${lang}/ansatt/tilflytterteam/${teamId}/arrangementer/${eventId}/fjern`,
  referralStatus: (lang: Language, teamId: string, referralId: string) => `/${lang}/ansatt/tilflytterteam/${teamId}/henvisninger/${referralId}/status`,
  refer: (lang: Language, subject: { kind: "guidance-case" | "participant"; id: string }) =>
    `/${lang}/ansatt/tilflytterteam/henvisning?${subject.kind === "participant" ? "deltaker" : "veiledningssak"}=${encodeURIComponent(subject.id)}`,
  publicList: (lang: Language) => `/${lang}/tilflytterteam`,
  publicTeam: (lang: Language, teamId: string) => `/${lang}/tilflytterteam/${teamId}`,
  publicCalendar: (lang: Language, teamId: string) => `/${lang}/tilflytterteam/${teamId}/kalender`,
  feed: (teamId: string, lang: Language) => `/kalender/tilflytterteam/${teamId}.ics?lang=${lang}`,
};
