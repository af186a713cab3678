import { test } from "node:test";
import assert from "node:assert/strict";
import { findOccupations } from "./occupation-search.ts";

const first = (text: string) => findOccupations(text)[0]?.occupation.id;

test("titles are found in every UI language, and with typos", () => {
  assert.equal(first("sykepleier"), "nurse");
  assert.equal(first("sykepleir"), "nurse");
  assert.equal(first("sjukepleiar"), "nurse");
  assert.equal(first("nurse"), "nurse");
  assert.equal(first("nurce"), "nurse");
  assert.equal(first("медична сестра"), "nurse");
  assert.equal(first("pielegniarka"), "nurse");
  assert.equal(first("ممرض"), "nurse");
  assert.equal(first("elektrikker"), "electrician");
  assert.equal(first("електрик"), "electrician");
  assert.equal(first("elektryk"), "electrician");
  assert.equal(first("كهربائي"), "electrician");
  assert.equal(first("tomrer"), "carpenter");
  assert.equal(first("barnehagelaerer"), "kindergarten-teacher");
});

test("a STYRK-08 code or an id finds its occupation; nonsense and empty text find nothing", () => {
  assert.equal(first("2223"), "nurse");
  assert.equal(first("software-developer"), "software-developer");
  assert.deepEqual(findOccupations("qqqxxzz"), []);
  assert.deepEqual(findOccupations("   "), []);
});

test("matches are best first, one per occupation, at most the limit", () => {
  const matches = findOccupations("lærer", 5);
  assert.ok(matches.length > 1 && matches.length <= 5);
  assert.equal(new Set(matches.map((m) => m.occupation.id)).size, matches.length);
  for (let i = 1; i < matches.length; i++) assert.ok(matches[i - 1]!.score >= matches[i]!.score);
});
