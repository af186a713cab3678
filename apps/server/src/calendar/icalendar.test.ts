import assert from "node:assert/strict";
import { test } from "node:test";
import { calendarText, escapeText, foldLine, localDateTime, utcDateTime } from "./icalendar.ts";
import { CalendarSyntaxError, readCalendar, unescapeText } from "./icalendar-reader.ts";

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

test("date-time values in UTC and in local time", () => {
  assert.equal(utcDateTime(new Date("2025-03-10T12:00:00.123Z")), "20250310T120000Z");
  assert.equal(localDateTime("2025-03-10", "18:30"), "20250310T183000");
});

test("the reader unfolds, unescapes and nests what the writer wrote", () => {
  const summary = `Temakveld: helse, familie; og «fritid»\nسجّل لدى الشرطة ${"x".repeat(80)}`;
  const text = calendarText(["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "DTSTART;TZID=Europe/Oslo:20250310T183000", `SUMMARY:${escapeText(summary)}`, "END:VEVENT", "END:VCALENDAR"]);
  const calendar = readCalendar(text);
  const event = calendar.components[0]!;
  assert.equal(event.name, "VEVENT");
  assert.deepEqual(event.properties[0], { name: "DTSTART", params: { TZID: "Europe/Oslo" }, value: "20250310T183000" });
  assert.equal(unescapeText(event.properties[1]!.value), summary);
});

test("the reader refuses what calendar apps would choke on", () => {
  assert.throws(() => readCalendar("BEGIN:VCALENDAR\nEND:VCALENDAR\n"), CalendarSyntaxError);
  assert.throws(() => readCalendar(`BEGIN:VCALENDAR\r\nSUMMARY:${"x".repeat(80)}\r\nEND:VCALENDAR\r\n`), CalendarSyntaxError);
  assert.throws(() => readCalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n"), CalendarSyntaxError);
  assert.throws(() => readCalendar("BEGIN:VCALENDAR\r\nno colon here\r\nEND:VCALENDAR\r\n"), CalendarSyntaxError);
});
