import assert from "node:assert/strict";
import { test } from "node:test";
import { evaluatePlan } from "@velkomst/rules";
import { escapeText } from "../calendar/icalendar.ts";
import { planToICalendar } from "./plan-calendar.ts";

test("a plan becomes a calendar with one all-day event per deadline and stable UIDs", () => {
  const plan = evaluatePlan({
    asOf: "2025-03-10",
    arrivalDate: "2025-03-01",
    birthDate: "1990-07-01",
    citizenship: "PL",
    residenceBasis: "eea-worker",
    plannedStayMonths: 4,
    language: "nb",
  });
  const ics = planToICalendar(plan, { now: new Date("2025-03-10T12:00:00Z"), name: "Min plan" });
  assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
  assert.ok(!/[^\r]\n/.test(ics), "every line ends with CRLF");
  const withDeadline = plan.steps.filter((step) => step.dueBy);
  assert.ok(withDeadline.length > 0);
  assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, withDeadline.length);
  assert.match(ics, /UID:eea-registration@velkomst\r\n/);
  assert.match(ics, /DTSTART;VALUE=DATE:20250601\r\nDTEND;VALUE=DATE:20250602\r\n/);
  assert.match(ics, /DTSTAMP:20250310T120000Z\r\n/);
  const unfolded = ics.replace(/\r\n /g, "");
  assert.ok(unfolded.includes(`SUMMARY:${escapeText(withDeadline[0]!.title)}\r\n`));
  for (const line of ics.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75);
});
