/**
 * The dates at which `npm test` runs the date-sensitive suites again, with the app's clock
 * (VELKOMST_CLOCK_START) started there. Each is a day where date arithmetic tends to break.
 * Three, not more: each date costs about two minutes (measured 7 December 2026), and CI must stay under 30 minutes.
 * An ordinary day is whatever today is in the first run; the day after summer time starts, just
 * past midnight, is the day Norway's date and UTC's differ. The autumn crossing (the day before
 * summer time ends) is left out for time: the whole `npm test` took 22.5 minutes here and CI has run
 * about a fifth slower than this machine, so two more minutes would bring CI close to 30. The election year's 30 June cut-off has its own table cases in packages/rules, on both
 * sides of the date.
 */
export const fixedDates: ReadonlyArray<{ start: string; why: string }> = [
  // 00:30 in Norway is still the day before in UTC: "today" must be Norway's.
  { start: "2027-03-29T00:30:00+02:00", why: "the day after summer time starts, just past midnight" },
  { start: "2026-12-31T15:00:00+01:00", why: "31 December, the last day of the qualified-interpreter exemption" },
  { start: "2028-02-29T12:00:00+01:00", why: "29 February" },
];

/** The suites whose answers depend on today's date: events and reminders, plans, readiness, settlement, the demo seed, and the case work, guidance, interpreters, training, employers and mentoring counted from today. */
export const dateSensitiveSuites: readonly string[] = [
  "packages/rules/",
  "apps/server/src/events/",
  "apps/server/src/plans/",
  "apps/server/src/readiness/",
  "apps/server/src/settlement/",
  "apps/server/src/newcomers/",
  "apps/server/src/directory/",
  "apps/server/src/backup/",
  "apps/server/src/cases/",
  "apps/server/src/guidance/",
  "apps/server/src/interpreters/",
  "apps/server/src/training/",
  "apps/server/src/employers/",
  "apps/server/src/mentoring/",
  "apps/server/src/newcomer-team/",
  "apps/server/src/recognition/",
  "apps/server/src/skills-profile/",
  "apps/server/src/job-matching/",
];
