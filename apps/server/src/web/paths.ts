import type { Language } from "@velkomst/i18n";
import { newcomerPaths } from "../newcomers/newcomer-paths.ts";
import type { RoleAssignment } from "../staff/roles.ts";

/** Every web address in one place, so links and routes cannot drift apart. Slugs are Norwegian, as on the public sector's own sites. */
export const paths = {
  landing: (lang: Language) => `/${lang}/`,
  municipalities: (lang: Language) => `/${lang}/kommune`,
  municipality: (lang: Language, number: string) => `/${lang}/kommune/${number}`,
  municipalityInfo: (lang: Language, number: string) => `/${lang}/kommune/${number}/info`,
  plan: (lang: Language) => `/${lang}/min-plan`,
  signIn: (lang: Language) => `/${lang}/logg-inn`,
  secondFactor: (lang: Language) => `/${lang}/logg-inn/kode`,
  signOut: (lang: Language) => `/${lang}/logg-ut`,
  forgotPassword: (lang: Language) => `/${lang}/glemt-passord`,
  setPassword: (lang: Language, token: string) => `/${lang}/nytt-passord/${token}`,
  staff: (lang: Language) => `/${lang}/ansatt`,
  staffUsers: (lang: Language) => `/${lang}/ansatt/brukere`,
  staffUserRoles: (lang: Language, userId: string) => `/${lang}/ansatt/brukere/${userId}/roller`,
  staffUserRoleRemoval: (lang: Language, userId: string) => `/${lang}/ansatt/brukere/${userId}/roller/fjern`,
  account: (lang: Language) => `/${lang}/ansatt/konto`,
  accountTotp: (lang: Language) => `/${lang}/ansatt/konto/totp`,
  accountTotpConfirm: (lang: Language) => `/${lang}/ansatt/konto/totp/bekreft`,
  accountTotpDisable: (lang: Language) => `/${lang}/ansatt/konto/totp/av`,
  ownSessions: (lang: Language) => `/${lang}/innlogginger`,
  signOutOtherSessions: (lang: Language) => `/${lang}/innlogginger/logg-ut-andre`,
};

/** The same page in another language: swaps the first path segment. */
export function inLanguage(path: string, lang: Language): string {
  return path.replace(/^\/[a-z]{2}(?=\/|$)/, `/${lang}`);
}

/** Where a person lands after signing in: staff in the staff area, newcomers on their own page. */
export function homeFor(lang: Language, assignments: readonly RoleAssignment[]): string {
  return assignments.some((a) => a.role !== "newcomer") ? paths.staff(lang) : newcomerPaths.myPage(lang);
}
