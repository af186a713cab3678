import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeNumberInput, westernDigits } from "./digits.ts";

test("Arabic-Indic and Persian digits become 0–9", () => {
  assert.equal(westernDigits("٠١٢٣٤٥٦٧٨٩"), "0123456789");
  assert.equal(westernDigits("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
  assert.equal(normalizeNumberInput("١٩٩٠"), "1990");
  assert.equal(normalizeNumberInput("۱۹۹۰"), "1990");
  assert.equal(normalizeNumberInput("٢٠٢٥-٠٣"), "2025-03");
  assert.equal(normalizeNumberInput(" ١٢٣ ٤٥٦ "), " 123 456 ");
  assert.equal(normalizeNumberInput("1990"), "1990");
});

test("text with letters is not a number and stays as written", () => {
  assert.equal(normalizeNumberInput("عام ١٩٩٠"), "عام ١٩٩٠");
  assert.equal(normalizeNumberInput("Frøya 5014"), "Frøya 5014");
  assert.equal(normalizeNumberInput(""), "");
});
