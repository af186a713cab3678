import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { ConfigError, loadConfig } from "../config.ts";
import { clockStartingAt, clockStartingAtSetting, fixedClock, norwegianDate } from "./clock.ts";

test("today is Norway's date, not UTC's: 23:30 UTC on 31 December is already 1 January in Oslo", () => {
  assert.equal(norwegianDate(new Date("2026-12-31T23:30:00Z")), "2027-01-01");
  assert.equal(norwegianDate(new Date("2027-03-28T00:30:00Z")), "2027-03-28");
  // Summer time: 22:30 UTC is 00:30 the next day in Oslo.
  assert.equal(norwegianDate(new Date("2027-07-01T22:30:00Z")), "2027-07-02");
  assert.equal(fixedClock(new Date("2028-02-29T11:00:00Z")).today(), "2028-02-29");
});

test("a clock started at an instant reads that instant at process start and runs at the real pace", () => {
  const start = new Date("2028-02-29T12:00:00+01:00");
  const clock = clockStartingAt(start);
  const sinceProcessStart = performance.now();
  const read = clock.now().getTime() - start.getTime();
  // The wall clock and the monotonic one may disagree by a few milliseconds.
  assert.ok(Math.abs(read - sinceProcessStart) < 25, `read ${read} ms after the start, ${sinceProcessStart} ms since the process started`);
  assert.equal(clock.today(), "2028-02-29");
  // Two clocks from one setting agree, so the app, the test and a child process see one "now".
  const again = clockStartingAt(start);
  assert.ok(Math.abs(again.now().getTime() - clock.now().getTime()) < 50);
});

test("VELKOMST_CLOCK_START: unset is the system clock; an ISO instant starts there; anything else names the setting", () => {
  const before = Date.now();
  const system = loadConfig({}).clock.now().getTime();
  assert.ok(system >= before && system <= Date.now());
  assert.equal(loadConfig({ VELKOMST_CLOCK_START: "2027-10-31T02:30:00+01:00" }).clock.today(), "2027-10-31");
  for (const bad of ["tomorrow", "2027-10-31", "2027-13-40T00:00:00Z"]) {
    assert.throws(() => loadConfig({ VELKOMST_CLOCK_START: bad }), (error: unknown) => error instanceof ConfigError && /VELKOMST_CLOCK_START: expected an ISO instant/.test(error.message), bad);
  }
});

test("property: a fixed clock's today is the Oslo calendar date of its instant, one or two hours ahead of UTC", () => {
  fc.assert(
    fc.property(fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true }), (instant) => {
      const today = fixedClock(instant).today();
      const utc = instant.toISOString().slice(0, 10);
      const inTwoHours = new Date(instant.getTime() + 2 * 3_600_000).toISOString().slice(0, 10);
      assert.ok(today === utc || today === inTwoHours, `${instant.toISOString()} → ${today}`);
      assert.equal(clockStartingAtSetting(instant.toISOString())!.today().length, 10);
    }),
  );
});
