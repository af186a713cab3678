import { test } from "node:test";
import assert from "node:assert/strict";
import { createTranslator, flattenCatalog } from "./messages.ts";
import { placeholdersOf } from "./placeholders.ts";

const nb = { greeting: { hello: "Hei, {name}!", count: "{n, plural, one {# side} other {# sider}}" } } as const;
const ar = { greeting: { hello: "مرحبا، {name}!", count: "" } };

test("formats with values and falls back to the source for an empty translation", () => {
  const t = createTranslator("ar", ar, nb);
  assert.equal(t("greeting.hello", { name: "Amal" }), "مرحبا، Amal!");
  assert.equal(t("greeting.count", { n: 2 }), "2 sider");
});

test("a missing placeholder value throws rather than showing a hole", () => {
  const t = createTranslator("nb", nb, nb);
  assert.throws(() => t("greeting.hello"));
});

test("finds placeholders inside plural branches", () => {
  assert.deepEqual(placeholdersOf("{n, plural, one {# for {who}} other {many}} at {place}"), ["n", "place", "who"]);
  assert.deepEqual(flattenCatalog(nb).map(([key]) => key), ["greeting.hello", "greeting.count"]);
});
