import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { addDays, fromOslo, isDate, toOslo } from "./oslo-time.ts";
import { buildRecurrence, expandOccurrences, lastEnd, occurrenceOn, recurrenceChoice, recurrenceProblem, recurrenceUntil, repeatChoices } from "./recurrence.ts";

const oslo = (date: string, time: string) => fromOslo({ date, time });

test("wall-clock times in Norway become the right instants in winter, summer and at the changes", () => {
  assert.equal(oslo("2025-01-15", "18:00").toISOString(), "2025-01-15T17:00:00.000Z");
  assert.equal(oslo("2025-07-15", "18:00").toISOString(), "2025-07-15T16:00:00.000Z");
  // 30 March 2025 02:30 does not exist: it moves forward to 03:30 summer time.
  assert.equal(oslo("2025-03-30", "02:30").toISOString(), "2025-03-30T01:30:00.000Z");
  // 26 October 2025 02:30 happens twice: the first (summer time) is taken.
  assert.equal(oslo("2025-10-26", "02:30").toISOString(), "2025-10-26T00:30:00.000Z");
  assert.deepEqual(toOslo(new Date("2025-12-31T23:30:00Z")), { date: "2026-01-01", time: "00:30" });
  assert.ok(isDate("2024-02-29") && !isDate("2025-02-29") && !isDate("2025-13-01"));
});

test("any time that exists in Norway round-trips through an instant", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (day, hour, minute) => {
      const date = addDays("2024-01-01", day);
      const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
      const back = toOslo(fromOslo({ date, time }));
      // Only the spring-forward hour (02:xx on the last Sunday of March) may move.
      if (back.date !== date || back.time !== time) assert.equal(hour, 2);
    }),
  );
});

test("a weekly café stays at 18:00 in Norway across the change to summer time", () => {
  const schedule = { startsAt: oslo("2025-03-19", "18:00"), endsAt: oslo("2025-03-19", "20:00"), recurrence: buildRecurrence("weekly", "2025-03-19") };
  assert.equal(schedule.recurrence, "FREQ=WEEKLY;BYDAY=WE");
  const list = expandOccurrences(schedule, oslo("2025-03-01", "00:00"), oslo("2025-04-10", "00:00"));
  assert.deepEqual(
    list.map((o) => [o.date, toOslo(o.startsAt).time, toOslo(o.endsAt).time]),
    [
      ["2025-03-19", "18:00", "20:00"],
      ["2025-03-26", "18:00", "20:00"],
      ["2025-04-02", "18:00", "20:00"],
      ["2025-04-09", "18:00", "20:00"],
    ],
  );
  assert.equal(list[0]!.startsAt.toISOString(), "2025-03-19T17:00:00.000Z");
  assert.equal(list[2]!.startsAt.toISOString(), "2025-04-02T16:00:00.000Z");
});

test("the window includes an occurrence that is still going on, and the limit is kept", () => {
  const schedule = { startsAt: oslo("2025-01-01", "18:00"), endsAt: oslo("2025-01-01", "20:00"), recurrence: "FREQ=WEEKLY;BYDAY=WE" };
  const during = expandOccurrences(schedule, oslo("2025-01-08", "19:00"), oslo("2025-01-09", "00:00"));
  assert.deepEqual(during.map((o) => o.date), ["2025-01-08"]);
  assert.equal(expandOccurrences(schedule, oslo("2025-01-01", "00:00"), oslo("2030-01-01", "00:00"), 5).length, 5);
  assert.equal(lastEnd(schedule), undefined);
});

test("monthly choices: the same weekday of the month, the last one past the 28th, and the same date", () => {
  assert.equal(buildRecurrence("monthly-weekday", "2025-03-11"), "FREQ=MONTHLY;BYDAY=2TU");
  assert.equal(buildRecurrence("monthly-weekday", "2025-09-30"), "FREQ=MONTHLY;BYDAY=-1TU");
  assert.equal(buildRecurrence("monthly-date", "2025-03-15"), "FREQ=MONTHLY;BYMONTHDAY=15");
  assert.equal(buildRecurrence("biweekly", "2025-03-11"), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU");
  assert.equal(buildRecurrence("none", "2025-03-11"), null);
  const schedule = { startsAt: oslo("2025-03-11", "18:00"), endsAt: oslo("2025-03-11", "20:30"), recurrence: buildRecurrence("monthly-weekday", "2025-03-11", "2025-06-30") };
  assert.equal(schedule.recurrence, "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20250630T215959Z");
  assert.deepEqual(
    expandOccurrences(schedule, oslo("2025-01-01", "00:00"), oslo("2026-01-01", "00:00")).map((o) => o.date),
    ["2025-03-11", "2025-04-08", "2025-05-13", "2025-06-10"],
  );
  assert.equal(toOslo(lastEnd(schedule)!).date, "2025-06-10");
  assert.equal(toOslo(lastEnd(schedule)!).time, "20:30");
  assert.equal(recurrenceUntil(schedule.recurrence), "2025-06-30");
});

test("UNTIL includes an occurrence on the last day itself", () => {
  const recurrence = buildRecurrence("weekly", "2025-06-04", "2025-06-25");
  const schedule = { startsAt: oslo("2025-06-04", "21:00"), endsAt: oslo("2025-06-04", "23:00"), recurrence };
  assert.deepEqual(expandOccurrences(schedule, oslo("2025-06-01", "00:00"), oslo("2025-08-01", "00:00")).map((o) => o.date), ["2025-06-04", "2025-06-11", "2025-06-18", "2025-06-25"]);
});

test("the edit form recognises every rule it built", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 800 }), fc.constantFrom(...repeatChoices), fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }), (day, choice, untilDays) => {
      const first = addDays("2025-01-01", day);
      const until = choice === "none" || untilDays === undefined ? undefined : addDays(first, untilDays);
      const rule = buildRecurrence(choice, first, until);
      assert.equal(recurrenceChoice(rule, first), choice);
      if (rule) {
        assert.equal(recurrenceProblem(rule, { date: first, time: "18:00" }), undefined, rule);
        assert.equal(recurrenceUntil(rule), until);
        const schedule = { startsAt: oslo(first, "18:00"), endsAt: oslo(first, "20:00"), recurrence: rule };
        const next = expandOccurrences(schedule, oslo(first, "00:00"), oslo(addDays(first, 120), "00:00"));
        assert.equal(next[0]?.date, first, "the first occurrence is the event's own date");
        assert.ok(next.every((o) => toOslo(o.startsAt).time === "18:00"));
        assert.equal(new Set(next.map((o) => o.date)).size, next.length, "at most one a day");
      }
    }),
    { numRuns: 200 },
  );
  assert.equal(recurrenceChoice("FREQ=WEEKLY;BYDAY=MO,WE", "2025-03-10"), "custom");
});

test("rules the platform refuses", () => {
  const first = { date: "2025-03-12", time: "18:00" };
  assert.equal(recurrenceProblem("FREQ=HOURLY", first), "too-frequent");
  assert.equal(recurrenceProblem("FREQ=DAILY;BYHOUR=10,14", first), "too-frequent");
  assert.equal(recurrenceProblem("RRULE:FREQ=WEEKLY", first), "invalid");
  assert.equal(recurrenceProblem("FREQ=WEEKLY;COUNT=100000", first), "invalid");
  assert.equal(recurrenceProblem("FREQ=WEEKLY;DTSTART=20250101T000000Z", first), "invalid");
  assert.equal(recurrenceProblem("nonsense", first), "invalid");
  // Wednesday 12 March is not a Monday.
  assert.equal(recurrenceProblem("FREQ=WEEKLY;BYDAY=MO", first), "first-date");
  assert.equal(recurrenceProblem("FREQ=WEEKLY;BYDAY=WE;COUNT=10", first), undefined);
});

test("a cancelled date is found by its date, and a day without an occurrence is not", () => {
  const schedule = { startsAt: oslo("2025-03-12", "18:00"), endsAt: oslo("2025-03-12", "20:00"), recurrence: "FREQ=WEEKLY;BYDAY=WE" };
  assert.equal(occurrenceOn(schedule, "2025-04-02")?.startsAt.toISOString(), "2025-04-02T16:00:00.000Z");
  assert.equal(occurrenceOn(schedule, "2025-04-03"), undefined);
  assert.equal(occurrenceOn(schedule, "2025-03-05"), undefined, "nothing before the first date");
  const once = { startsAt: oslo("2025-05-03", "22:00"), endsAt: oslo("2025-05-04", "01:00"), recurrence: null };
  assert.equal(occurrenceOn(once, "2025-05-03")?.date, "2025-05-03");
  assert.equal(occurrenceOn(once, "2025-05-04"), undefined);
});
