import assert from "node:assert/strict";
import { test } from "node:test";
import { formatSources, parseSources } from "./content-model.ts";

test("a source's checked date survives the editing form: written after the address, read back the same", () => {
  const sources = [
    { title: "Lovdata – husleieloven § 3-5 (depositum)", url: "https://lovdata.no/dokument/NL/lov/1999-03-26-17/%C2%A73-5", checked: "2026-12-06" },
    { title: "Husbanken", url: "https://www.husbanken.no" },
  ];
  const text = formatSources(sources);
  assert.equal(text, "Lovdata – husleieloven § 3-5 (depositum) | https://lovdata.no/dokument/NL/lov/1999-03-26-17/%C2%A73-5 | 2026-12-06\nHusbanken | https://www.husbanken.no");
  assert.deepEqual(parseSources(text), { sources });
});

test("a checked date that is not a real date names the line", () => {
  assert.deepEqual(parseSources("Husbanken | https://www.husbanken.no | 2026-02-30").problem, {
    path: "sources",
    code: "sourceChecked",
    params: { line: 1 },
    message: "line 1: expected a real date YYYY-MM-DD after the address",
  });
});
