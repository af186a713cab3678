import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  hoursOn,
  mergeIntervals,
  minutesOf,
  openingStatus,
  osloInstant,
  osloLocal,
  specialDays,
  timeOf,
  type OpeningHours,
  type WeeklyInterval,
} from "./opening-hours.ts";
import { addDays } from "./public-holidays.ts";

const weekdays = (opens: string, closes: string, days = [1, 2, 3, 4, 5]): WeeklyInterval[] => days.map((weekday) => ({ weekday, opens, closes }));

/** NAV-like: weekdays 09:00–15:00, Thursday also 17:00–19:00, closed on public holidays. */
const office: OpeningHours = {
  weekly: [...weekdays("09:00", "15:00"), { weekday: 4, opens: "17:00", closes: "19:00" }],
  exceptions: [
    { firstDate: "2025-07-07", lastDate: "2025-07-25", opens: null, closes: null },
    { firstDate: "2025-12-23", lastDate: "2025-12-23", opens: "10:00", closes: "12:00" },
    { firstDate: "2025-12-24", lastDate: "2025-12-24", opens: null, closes: null },
  ],
  closedOnPublicHolidays: true,
};

describe("Norwegian wall-clock time (Europe/Oslo)", () => {
  const cases: Array<[instant: string, date: string, time: string, why: string]> = [
    ["2025-01-15T11:00:00Z", "2025-01-15", "12:00", "winter: UTC+1"],
    ["2025-07-15T11:00:00Z", "2025-07-15", "13:00", "summer: UTC+2"],
    ["2025-03-30T00:59:00Z", "2025-03-30", "01:59", "a minute before summer time starts"],
    ["2025-03-30T01:00:00Z", "2025-03-30", "03:00", "02:00 becomes 03:00 on the last Sunday of March"],
    ["2025-10-26T00:30:00Z", "2025-10-26", "02:30", "the first 02:30 in October (summer time)"],
    ["2025-10-26T01:30:00Z", "2025-10-26", "02:30", "the second 02:30 (winter time)"],
    ["2025-12-31T23:30:00Z", "2026-01-01", "00:30", "the new year comes an hour earlier in Norway"],
  ];
  for (const [instant, date, time, why] of cases) {
    test(why, () => assert.deepEqual(osloLocal(new Date(instant)), { date, time, minute: minutesOf(time) }));
  }

  test("wall-clock moments back to instants, across both changes", () => {
    assert.equal(osloInstant({ date: "2025-01-15", time: "12:00" }).toISOString(), "2025-01-15T11:00:00.000Z");
    assert.equal(osloInstant({ date: "2025-07-15", time: "13:00" }).toISOString(), "2025-07-15T11:00:00.000Z");
    assert.equal(osloInstant({ date: "2025-03-30", time: "02:30" }).toISOString(), "2025-03-30T01:30:00.000Z", "the skipped hour reads an hour later");
    assert.equal(osloInstant({ date: "2025-10-26", time: "02:30" }).toISOString(), "2025-10-26T00:30:00.000Z", "the repeated hour: the first one");
  });
});

describe("a day's hours", () => {
  test("regular weekday, weekend, holiday, closed period and special hours", () => {
    assert.deepEqual(hoursOn(office, "2025-03-06").intervals, [
      { opens: "09:00", closes: "15:00" },
      { opens: "17:00", closes: "19:00" },
    ]);
    assert.deepEqual(hoursOn(office, "2025-03-08").intervals, []);
    const maundyThursday = hoursOn(office, "2025-04-17");
    assert.equal(maundyThursday.reason, "holiday");
    assert.equal(maundyThursday.holiday?.lawName, "skjærtorsdag");
    assert.deepEqual(maundyThursday.intervals, []);
    assert.equal(hoursOn(office, "2025-07-10").reason, "exception");
    assert.deepEqual(hoursOn(office, "2025-07-10").intervals, []);
    assert.deepEqual(hoursOn(office, "2025-12-23").intervals, [{ opens: "10:00", closes: "12:00" }]);
  });

  test("a service that stays open on public holidays keeps its regular hours, and says which holiday it is", () => {
    const day = hoursOn({ ...office, closedOnPublicHolidays: false }, "2025-04-17");
    assert.equal(day.reason, "regular");
    assert.equal(day.holiday?.id, "maundyThursday");
    assert.equal(day.intervals.length, 2);
  });

  test("an exception on a public holiday overrides the holiday rule", () => {
    const open: OpeningHours = { ...office, exceptions: [{ firstDate: "2025-05-17", lastDate: "2025-05-17", opens: "10:00", closes: "14:00" }] };
    assert.deepEqual(hoursOn(open, "2025-05-17").intervals, [{ opens: "10:00", closes: "14:00" }]);
  });

  test("intervals are sorted and joined where they touch or overlap", () => {
    assert.deepEqual(
      mergeIntervals([
        { opens: "12:00", closes: "15:00" },
        { opens: "08:00", closes: "12:00" },
        { opens: "14:00", closes: "16:00" },
        { opens: "18:00", closes: "19:00" },
      ]),
      [
        { opens: "08:00", closes: "16:00" },
        { opens: "18:00", closes: "19:00" },
      ],
    );
  });

  test("special days list the holidays and exceptions ahead", () => {
    const days = specialDays(office, "2025-12-20", 14);
    assert.deepEqual(
      days.map((d) => [d.date, d.reason, d.intervals.length]),
      [
        ["2025-12-23", "exception", 1],
        ["2025-12-24", "exception", 0],
        ["2025-12-25", "holiday", 0],
        ["2025-12-26", "holiday", 0],
        ["2026-01-01", "holiday", 0],
      ],
    );
  });
});

describe("open now, and when it opens next", () => {
  const at = (iso: string) => openingStatus(office, new Date(iso));
  const cases: Array<[now: string, expected: ReturnType<typeof openingStatus>, why: string]> = [
    ["2025-03-28T07:30:00Z", { open: false, opensAt: { date: "2025-03-28", time: "09:00" } }, "Friday 08:30 in winter: opens at nine"],
    ["2025-03-28T08:00:00Z", { open: true, closesAt: { date: "2025-03-28", time: "15:00" } }, "Friday 09:00 in winter: open (UTC+1)"],
    ["2025-03-31T07:00:00Z", { open: true, closesAt: { date: "2025-03-31", time: "15:00" } }, "Monday 09:00 after the change to summer time (UTC+2)"],
    ["2025-03-31T06:59:00Z", { open: false, opensAt: { date: "2025-03-31", time: "09:00" } }, "Monday 08:59 summer time: not yet"],
    ["2025-03-06T14:30:00Z", { open: false, opensAt: { date: "2025-03-06", time: "17:00" } }, "Thursday between the two intervals"],
    ["2025-03-06T13:59:00Z", { open: true, closesAt: { date: "2025-03-06", time: "15:00" } }, "Thursday 14:59: closes at three"],
    ["2025-03-07T14:00:00Z", { open: false, opensAt: { date: "2025-03-10", time: "09:00" } }, "Friday at closing time: closed until Monday"],
    ["2025-04-16T14:30:00Z", { open: false, opensAt: { date: "2025-04-22", time: "09:00" } }, "before Easter: skjærtorsdag to annen påskedag closed, opens Tuesday"],
    ["2025-05-28T12:00:00Z", { open: true, closesAt: { date: "2025-05-28", time: "15:00" } }, "the day before Kristi himmelfartsdag"],
    ["2025-05-29T08:00:00Z", { open: false, opensAt: { date: "2025-05-30", time: "09:00" } }, "Kristi himmelfartsdag (a Thursday): closed"],
    ["2025-07-04T13:00:00Z", { open: false, opensAt: { date: "2025-07-28", time: "09:00" } }, "Friday after closing, summer closure ahead"],
    ["2025-12-23T09:30:00Z", { open: true, closesAt: { date: "2025-12-23", time: "12:00" } }, "special short hours before Christmas"],
    ["2025-12-23T11:00:00Z", { open: false, opensAt: { date: "2025-12-29", time: "09:00" } }, "after the short hours: Christmas Eve, Christmas Day, Boxing Day, weekend"],
    ["2025-12-31T14:00:00Z", { open: false, opensAt: { date: "2026-01-02", time: "09:00" } }, "New Year's Eve after closing: New Year's Day is a holiday"],
  ];
  for (const [now, expected, why] of cases) {
    test(why, () => assert.deepEqual(at(now), expected));
  }

  test("a service without hours never opens; one open round the clock never closes", () => {
    assert.deepEqual(openingStatus({ weekly: [], exceptions: [], closedOnPublicHolidays: true }, new Date("2025-03-06T10:00:00Z")), { open: false, opensAt: null });
    const always: OpeningHours = { weekly: weekdays("00:00", "24:00", [1, 2, 3, 4, 5, 6, 7]), exceptions: [], closedOnPublicHolidays: false };
    assert.deepEqual(openingStatus(always, new Date("2025-03-06T10:00:00Z")), { open: true, closesAt: null });
  });

  test("an emergency clinic open overnight closes in the morning, across midnight and the weekend", () => {
    const clinic: OpeningHours = {
      weekly: [...weekdays("15:30", "24:00"), ...weekdays("00:00", "08:00", [2, 3, 4, 5]), ...weekdays("00:00", "24:00", [6, 7]), { weekday: 1, opens: "00:00", closes: "08:00" }],
      exceptions: [],
      closedOnPublicHolidays: false,
    };
    assert.deepEqual(openingStatus(clinic, new Date("2025-03-07T22:00:00Z")), { open: true, closesAt: { date: "2025-03-10", time: "08:00" } });
    assert.deepEqual(openingStatus(clinic, new Date("2025-03-05T20:00:00Z")), { open: true, closesAt: { date: "2025-03-06", time: "08:00" } });
    assert.deepEqual(openingStatus(clinic, new Date("2025-03-05T10:00:00Z")), { open: false, opensAt: { date: "2025-03-05", time: "15:30" } });
  });
});

describe("properties of open now", () => {
  // Opening times from 06:00, so that no opening falls in the hour skipped in spring.
  const quarter = (from: number, to: number) => fc.integer({ min: from * 4, max: to * 4 }).map((q) => q * 15);
  const interval = fc
    .tuple(fc.integer({ min: 1, max: 7 }), quarter(6, 22), fc.integer({ min: 1, max: 40 }))
    .map(([weekday, opens, length]) => ({ weekday, opens: timeOf(opens), closes: timeOf(Math.min(opens + length * 15, 1440)) }));
  const date = fc.integer({ min: 0, max: 365 * 30 }).map((day) => addDays("2010-01-01", day));
  const exception = fc
    .tuple(date, fc.integer({ min: 0, max: 20 }), fc.option(quarter(6, 20), { nil: null }))
    .map(([firstDate, days, opens]) => ({
      firstDate,
      lastDate: addDays(firstDate, days),
      opens: opens === null ? null : timeOf(opens),
      closes: opens === null ? null : timeOf(opens + 120),
    }));
  const hours: fc.Arbitrary<OpeningHours> = fc.record({
    weekly: fc.array(interval, { maxLength: 10 }),
    exceptions: fc.array(exception, { maxLength: 4 }),
    closedOnPublicHolidays: fc.boolean(),
  });
  const instant = fc.integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => new Date(Math.floor(ms / 60_000) * 60_000));

  test("open exactly when the Norwegian wall-clock minute lies in one of the day's intervals", () => {
    fc.assert(
      fc.property(hours, instant, (h, now) => {
        const local = osloLocal(now);
        const inside = hoursOn(h, local.date).intervals.some((i) => minutesOf(i.opens) <= local.minute && local.minute < minutesOf(i.closes));
        assert.equal(openingStatus(h, now).open, inside);
      }),
      { numRuns: 500 },
    );
  });

  test("when closed, it is open at the next opening and closed at every minute before it", () => {
    fc.assert(
      fc.property(hours, instant, fc.double({ min: 0, max: 1, noNaN: true }), (h, now, fraction) => {
        const status = openingStatus(h, now);
        if (status.open || !status.opensAt) return;
        const opening = osloInstant(status.opensAt);
        assert.ok(opening > now, `${status.opensAt.date} ${status.opensAt.time} is after ${now.toISOString()}`);
        assert.equal(openingStatus(h, opening).open, true);
        const between = new Date(now.getTime() + Math.floor(((opening.getTime() - now.getTime()) * fraction) / 60_000) * 60_000);
        if (between < opening) assert.equal(openingStatus(h, between).open, false, between.toISOString());
      }),
      { numRuns: 300 },
    );
  });

  test("when open, it stays open until the closing time and is closed then", () => {
    fc.assert(
      fc.property(hours, instant, (h, now) => {
        const status = openingStatus(h, now);
        if (!status.open || !status.closesAt) return;
        const closing = status.closesAt.time === "24:00" ? osloInstant({ date: addDays(status.closesAt.date, 1), time: "00:00" }) : osloInstant(status.closesAt);
        assert.ok(closing > now);
        assert.equal(openingStatus(h, new Date(closing.getTime() - 60_000)).open, true);
        assert.equal(openingStatus(h, closing).open, false);
      }),
      { numRuns: 300 },
    );
  });

  test("wall-clock moments survive the round trip to an instant, except in the skipped spring hour", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 1439 }), (day, minute) => {
        const moment = { date: day, time: timeOf(minute) };
        const back = osloLocal(osloInstant(moment));
        const skipped = back.date === day && back.minute === minute + 60 && minute >= 120 && minute < 180;
        assert.ok((back.date === day && back.time === moment.time) || skipped, `${day} ${moment.time} → ${back.date} ${back.time}`);
      }),
      { numRuns: 2000 },
    );
  });
});
