import assert from "node:assert/strict";
import { test } from "node:test";
import { evaluatePlan } from "@velkomst/rules";
import { escapeText, foldLine, planToICalendar } from "./plan-calendar.ts";

test("text values escape backslash, semicolon, comma and line breaks", () => {
  assert.equal(escapeText("a\\b;c,d\ne\r\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
});

test("long lines fold at 75 octets without splitting a character", () => {
  const ascii = `SUMMARY:${"x".repeat(200)}`;
  const folded = foldLine(ascii);
  for (const line of folded.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets`);
  assert.equal(folded.replace(/\r\n /g, ""), ascii);

  const arabic = `SUMMARY:${"سجّل لدى الشرطة ".repeat(10)}`;
  const foldedArabic = foldLine(arabic);
  for (const line of foldedArabic.split("\r\n")) {
    assert.ok(Buffer.byteLength(line) <= 75);
    assert.ok(!line.includes("\uFFFD"));
  }
  assert.equal(foldedArabic.replace(/\r\n /g, ""), arabic);
  assert.equal(foldLine("SHORT:line"), "SHORT:line");
});

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
