import { test } from "node:test";
import assert from "node:assert/strict";
import { Type } from "@sinclair/typebox";
import { createValidator, formatFieldError, StringEnum } from "./index.ts";

const profile = Type.Object(
  {
    arrivalDate: Type.String({ format: "date" }),
    municipality: Type.Optional(Type.String({ pattern: "^[0-9]{4}$", description: "a 4-digit kommunenummer" })),
    children: Type.Optional(Type.Array(Type.Object({ birthDate: Type.String({ format: "date" }) }))),
    basis: Type.Optional(StringEnum(["a", "b"])),
  },
  { additionalProperties: false },
);
const validate = createValidator(profile);

test("accepts valid input", () => {
  assert.deepEqual(validate({ arrivalDate: "2025-03-01" }), { ok: true, value: { arrivalDate: "2025-03-01" } });
});

test("names the field and what was expected, with array indices", () => {
  const result = validate({ arrivalDate: "2025-02-30", municipality: "50", children: [{ birthDate: "x" }], extra: 1 });
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(result.errors.map(formatFieldError).sort(), [
    "arrivalDate: expected a date YYYY-MM-DD",
    "children[0].birthDate: expected a date YYYY-MM-DD",
    "extra: is not a known field",
    "municipality: expected a 4-digit kommunenummer",
  ]);
});

test("reports missing fields under their own name", () => {
  const result = validate({});
  assert.ok(!result.ok && result.errors.some((e) => e.path === "arrivalDate" && e.code === "required"));
});

test("an enum is reported once, with the allowed values", () => {
  const result = validate({ arrivalDate: "2025-01-01", basis: "c" });
  assert.ok(!result.ok);
  if (result.ok) return;
  assert.deepEqual(result.errors.map(formatFieldError), ["basis: expected one of: a, b"]);
});
