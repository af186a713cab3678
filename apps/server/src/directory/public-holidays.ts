/**
 * Norwegian public holidays (offentlige høytidsdager) for a year, computed, never stored: the
 * movable feasts follow Easter Sunday of the Gregorian calendar, the rest have fixed dates.
 * Dates are ISO strings (`YYYY-MM-DD`); no time zone is involved in a calendar date.
 *
 * Sundays are holidays under the same law too, but a service's weekly hours already say whether it
 * opens on Sundays, so only the named days are listed here.
 */

export interface LegalReference {
  title: string;
  href: string;
}

/** Lov 24. februar 1995 nr. 12 om helligdager og helligdagsfred (helligdagsloven) § 2. */
export const helligdagsloven: LegalReference = {
  title: "Lov om helligdager og helligdagsfred (helligdagsloven) § 2",
  href: "https://lovdata.no/lov/1995-02-24-12/§2",
};

/** Lov 26. april 1947 nr. 1 om 1. og 17. mai som høgtidsdager. */
export const maiLoven: LegalReference = {
  title: "Lov om 1. og 17. mai som høgtidsdager",
  href: "https://lovdata.no/lov/1947-04-26-1",
};

/** When the references above were last checked against Lovdata. */
export const holidaysLastReviewed = "2026-11-20";

export const holidayIds = [
  "newYearsDay",
  "maundyThursday",
  "goodFriday",
  "easterSunday",
  "easterMonday",
  "labourDay",
  "constitutionDay",
  "ascensionDay",
  "whitSunday",
  "whitMonday",
  "christmasDay",
  "boxingDay",
] as const;
export type HolidayId = (typeof holidayIds)[number];

interface HolidayRule {
  id: HolidayId;
  /** The name the law uses. */
  lawName: string;
  reference: LegalReference;
  /** Days after Easter Sunday, or a fixed month and day. */
  date: { easterOffset: number } | { month: number; day: number };
}

/** The rules, each beside the words of the provision it implements. */
export const holidayRules: readonly HolidayRule[] = [
  // helligdagsloven § 2: «nyttårsdag»
  { id: "newYearsDay", lawName: "nyttårsdag", reference: helligdagsloven, date: { month: 1, day: 1 } },
  // «skjærtorsdag»: the Thursday before Easter
  { id: "maundyThursday", lawName: "skjærtorsdag", reference: helligdagsloven, date: { easterOffset: -3 } },
  // «langfredag»
  { id: "goodFriday", lawName: "langfredag", reference: helligdagsloven, date: { easterOffset: -2 } },
  // «første påskedag»
  { id: "easterSunday", lawName: "første påskedag", reference: helligdagsloven, date: { easterOffset: 0 } },
  // «annen påskedag»
  { id: "easterMonday", lawName: "annen påskedag", reference: helligdagsloven, date: { easterOffset: 1 } },
  // 1947-loven § 1: «1. og 17. mai er offentlige høgtidsdager»
  { id: "labourDay", lawName: "1. mai", reference: maiLoven, date: { month: 5, day: 1 } },
  { id: "constitutionDay", lawName: "17. mai", reference: maiLoven, date: { month: 5, day: 17 } },
  // «Kristi himmelfartsdag»: the 40th day of Easter, a Thursday
  { id: "ascensionDay", lawName: "Kristi himmelfartsdag", reference: helligdagsloven, date: { easterOffset: 39 } },
  // «første pinsedag»: seven weeks after Easter
  { id: "whitSunday", lawName: "første pinsedag", reference: helligdagsloven, date: { easterOffset: 49 } },
  // «annen pinsedag»
  { id: "whitMonday", lawName: "annen pinsedag", reference: helligdagsloven, date: { easterOffset: 50 } },
  // «første juledag»
  { id: "christmasDay", lawName: "første juledag", reference: helligdagsloven, date: { month: 12, day: 25 } },
  // «annen juledag»
  { id: "boxingDay", lawName: "annen juledag", reference: helligdagsloven, date: { month: 12, day: 26 } },
];

const pad2 = (n: number) => String(n).padStart(2, "0");

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** Days since 1970-01-01 of an ISO date (through UTC, which has no daylight saving time). */
export function epochDay(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}

export function fromEpochDay(day: number): string {
  const date = new Date(day * 86_400_000);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return fromEpochDay(epochDay(iso) + days);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  // 1970-01-01 was a Thursday (4).
  return ((((epochDay(iso) + 3) % 7) + 7) % 7) + 1;
}

/**
 * Easter Sunday of the Gregorian calendar (the anonymous algorithm published by Meeus, after
 * Butcher), valid for every year from 1583.
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

export interface PublicHoliday {
  id: HolidayId;
  date: string;
  lawName: string;
  reference: LegalReference;
}

const byYear = new Map<number, readonly PublicHoliday[]>();

/** The year's public holidays in date order (17 May may fall on Ascension Day or Whit Monday: both are listed). */
export function publicHolidays(year: number): readonly PublicHoliday[] {
  let list = byYear.get(year);
  if (!list) {
    const easter = easterSunday(year);
    list = holidayRules
      .map((rule) => ({
        id: rule.id,
        lawName: rule.lawName,
        reference: rule.reference,
        date: "easterOffset" in rule.date ? addDays(easter, rule.date.easterOffset) : isoDate(year, rule.date.month, rule.date.day),
      }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    byYear.set(year, list);
  }
  return list;
}

/** The public holiday on a date, if any (the first one named when two fall together). */
export function publicHolidayOn(date: string): PublicHoliday | undefined {
  return publicHolidays(Number(date.slice(0, 4))).find((holiday) => holiday.date === date);
}
