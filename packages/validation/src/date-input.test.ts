import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { dateInputValue, parseDateInput, parseTimeInput } from "./date-input.ts";

test("a date as people in Norway write it, with or without separators, or in ISO form, is the ISO date", () => {
  for (const written of ["17.05.2026", "17.5.2026", " 17.05.2026 ", "17/05/2026", "17-05-2026", "17 05 2026", "17052026", "2026-05-17", "١٧.٠٥.٢٠٢٦"]) {
    assert.equal(parseDateInput(written), "2026-05-17", written);
  }
  assert.equal(parseDateInput("29.02.2028"), "2028-02-29");
});

test("no date for what is not a real day: US order, the 30th of February, two-digit years, words", () => {
  for (const written of ["", "05/17/2026", "30.02.2026", "29.02.2027", "17.05.26", "2026-5-17", "17.13.2026", "00.01.2026", "i morgen", "17.05.2026 18:00"]) {
    assert.equal(parseDateInput(written), undefined, written);
  }
});

test("a 24-hour time, with a colon, a full stop or none, is HH:MM; no AM/PM and nothing past 23:59", () => {
  for (const [written, time] of [["18:30", "18:30"], ["18.30", "18:30"], ["1830", "18:30"], ["9:05", "09:05"], ["905", "09:05"], ["00:00", "00:00"], ["23:59", "23:59"], ["١٨:٣٠", "18:30"]]) {
    assert.equal(parseTimeInput(written!), time, written);
  }
  for (const written of ["", "24:00", "18:60", "6 PM", "6:30 pm", "18", "18:3", "183000"]) assert.equal(parseTimeInput(written), undefined, written);
});

test("a form shows an ISO date the Norwegian way and what was typed as typed; every real date comes back", () => {
  assert.equal(dateInputValue("2026-05-17"), "17.05.2026");
  assert.equal(dateInputValue("17.5.2026"), "17.5.2026");
  assert.equal(dateInputValue(undefined), "");
  fc.assert(
    fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true }), (day) => {
      const iso = day.toISOString().slice(0, 10);
      assert.equal(parseDateInput(dateInputValue(iso)), iso);
    }),
  );
});
