/**
 * How the Vesterålen mentor network worked (seed 002): pairs meet at least 2 hours, twice a
 * month, for about 8 months. A pair that has not met for three weeks has gone quiet, and the
 * coordinator sees it so they can follow it up.
 */
export const mentoringNorms = {
  meetingsPerMonth: 2,
  minutesPerMeeting: 120,
  programmeMonths: 8,
  quietAfterDays: 21,
} as const;

/** Whole days from one 'YYYY-MM-DD' to another (calendar days, no time zone involved). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A running cohort's pair that has not met (or, new, not started) for longer than the norm allows. */
export function isQuiet(pair: { confirmedOn: string; lastMetOn: string | null }, cohort: { startsOn: string; endsOn: string }, today: string): boolean {
  if (today < cohort.startsOn || today > cohort.endsOn) return false;
  const since = [pair.lastMetOn ?? pair.confirmedOn, pair.confirmedOn, cohort.startsOn].sort().at(-1)!;
  return daysBetween(since, today) > mentoringNorms.quietAfterDays;
}

/** Minutes from what a person types as hours: "2", "1,5", "1.5" or "1:30". */
export function minutesFromHours(input: string): number | null {
  const text = input.trim();
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  if (!/^\d{1,2}([.,]\d{1,2})?$/.test(text)) return null;
  return Math.round(Number(text.replace(",", ".")) * 60);
}
