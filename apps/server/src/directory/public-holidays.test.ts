import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { addDays, easterSunday, epochDay, holidayIds, holidaysLastReviewed, isoWeekday, publicHolidayOn, publicHolidays } from "./public-holidays.ts";

/**
 * Cases from the calendars published for these years, each checked against the law:
 * helligdagsloven § 2 (lov 24. februar 1995 nr. 12, https://lovdata.no/lov/1995-02-24-12/§2)
 * names nyttårsdag, skjærtorsdag, langfredag, første og annen påskedag, Kristi himmelfartsdag,
 * første og annen pinsedag, første og annen juledag; lov 26. april 1947 nr. 1
 * (https://lovdata.no/lov/1947-04-26-1) makes 1. and 17. mai public high days.
 */
const cases: Array<{ name: string; year: number; expected: Record<string, string> }> = [
  {
    name: "2025: late Easter",
    year: 2025,
    expected: {
      newYearsDay: "2025-01-01",
      maundyThursday: "2025-04-17",
      goodFriday: "2025-04-18",
      easterSunday: "2025-04-20",
      easterMonday: "2025-04-21",
      labourDay: "2025-05-01",
      constitutionDay: "2025-05-17",
      ascensionDay: "2025-05-29",
      whitSunday: "2025-06-08",
      whitMonday: "2025-06-09",
      christmasDay: "2025-12-25",
      boxingDay: "2025-12-26",
    },
  },
  {
    name: "2026",
    year: 2026,
    expected: { maundyThursday: "2026-04-02", goodFriday: "2026-04-03", easterSunday: "2026-04-05", easterMonday: "2026-04-06", ascensionDay: "2026-05-14", whitSunday: "2026-05-24", whitMonday: "2026-05-25" },
  },
  {
    name: "2024: Easter in March (leap year)",
    year: 2024,
    expected: { maundyThursday: "2024-03-28", goodFriday: "2024-03-29", easterSunday: "2024-03-31", easterMonday: "2024-04-01", ascensionDay: "2024-05-09", whitMonday: "2024-05-20" },
  },
  {
    name: "2008: Ascension Day falls on 1 May",
    year: 2008,
    expected: { easterSunday: "2008-03-23", ascensionDay: "2008-05-01", labourDay: "2008-05-01", whitSunday: "2008-05-11" },
  },
  {
    name: "2012: Ascension Day falls on 17 May",
    year: 2012,
    expected: { easterSunday: "2012-04-08", ascensionDay: "2012-05-17", constitutionDay: "2012-05-17" },
  },
  { name: "2038: the latest possible Easter (25 April)", year: 2038, expected: { easterSunday: "2038-04-25", whitMonday: "2038-06-14" } },
  { name: "2285: the earliest possible Easter (22 March)", year: 2285, expected: { easterSunday: "2285-03-22", maundyThursday: "2285-03-19" } },
];

describe("Norwegian public holidays (helligdagsloven § 2; lov om 1. og 17. mai)", () => {
  for (const { name, year, expected } of cases) {
    test(name, () => {
      const holidays = publicHolidays(year);
      for (const [id, date] of Object.entries(expected)) {
        assert.equal(holidays.find((h) => h.id === id)?.date, date, `${id} ${year}`);
      }
    });
  }

  test("a date that is no holiday, and the days around Easter that are not (Easter Saturday, Christmas Eve)", () => {
    assert.equal(publicHolidayOn("2025-04-19"), undefined);
    assert.equal(publicHolidayOn("2025-12-24"), undefined);
    assert.equal(publicHolidayOn("2025-12-31"), undefined);
    assert.equal(publicHolidayOn("2025-04-18")?.lawName, "langfredag");
    assert.equal(publicHolidayOn("2025-05-17")?.reference.href, "https://lovdata.no/lov/1947-04-26-1");
  });

  // How old the review is shows in `velkomst rules-status`; the calendar date never fails the build.
  test("the legal references carry the date they were checked against Lovdata", () => {
    assert.match(holidaysLastReviewed, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(epochDay(holidaysLastReviewed) > epochDay("2024-01-01"));
  });

  test("property: Easter is a Sunday from 22 March to 25 April, as Gauss's independent formula says", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const easter = easterSunday(year);
        assert.equal(isoWeekday(easter), 7);
        assert.ok(easter >= `${year}-03-22` && easter <= `${year}-04-25`, easter);
        assert.equal(easter, gaussEaster(year));
      }),
      { numRuns: 2000 },
    );
  });

  test("property: every year has the twelve named days in order, with the movable ones on their weekdays", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 3000 }), (year) => {
        const holidays = publicHolidays(year);
        assert.deepEqual([...holidays.map((h) => h.id)].sort(), [...holidayIds].sort());
        assert.deepEqual(
          holidays.map((h) => h.date),
          [...holidays.map((h) => h.date)].sort(),
        );
        const on = (id: string) => holidays.find((h) => h.id === id)!.date;
        assert.equal(isoWeekday(on("maundyThursday")), 4);
        assert.equal(isoWeekday(on("goodFriday")), 5);
        assert.equal(isoWeekday(on("easterMonday")), 1);
        assert.equal(isoWeekday(on("ascensionDay")), 4);
        assert.equal(isoWeekday(on("whitSunday")), 7);
        assert.equal(on("whitMonday"), addDays(on("whitSunday"), 1));
        for (const holiday of holidays) assert.equal(holiday.date.slice(0, 4), String(year));
      }),
    );
  });
});

/** Gauss's Easter formula with the Lichtenberg corrections: a second, independent computation to test against. */
function gaussEaster(year: number): string {
  const a = year % 19;
  const b = year % 4;
  const c = year % 7;
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const m = (15 - p + k - q) % 30;
  const n = (4 + k - q) % 7;
  const d = (19 * a + m) % 30;
  const e = (2 * b + 4 * c + 6 * d + n) % 7;
  let day = 22 + d + e;
  if (d === 29 && e === 6) day = 50;
  else if (d === 28 && e === 6 && (11 * m + 11) % 30 < 19) day = 49;
  return day > 31 ? `${year}-04-${String(day - 31).padStart(2, "0")}` : `${year}-03-${String(day).padStart(2, "0")}`;
}
