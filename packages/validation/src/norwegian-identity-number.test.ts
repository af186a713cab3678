import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { checkIdentityNumber, identityNumberCheckDigits } from "./norwegian-identity-number.ts";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A valid number built from its parts: a date, an individual number in the right range for the century, and its check digits. */
const validNumber = fc
  .record({
    year: fc.integer({ min: 1900, max: 2039 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    individual: fc.integer({ min: 0, max: 499 }),
    dNumber: fc.boolean(),
  })
  .map(({ year, month, day, individual, dNumber }) => {
    // 1900–1999: 000–499; 2000–2039: 500–999.
    const ind = year >= 2000 ? 500 + individual : individual;
    const firstNine = `${pad(dNumber ? day + 40 : day)}${pad(month)}${pad(year % 100)}${pad(ind, 3)}`;
    return { firstNine, checkDigits: identityNumberCheckDigits(firstNine), birthDate: `${year}-${pad(month)}-${pad(day)}`, kind: dNumber ? "d-number" : "fodselsnummer" };
  })
  .filter((n): n is typeof n & { checkDigits: string } => n.checkDigits !== undefined);

test("known numbers: a fødselsnummer and a D-number from their parts, and wrong check digits", () => {
  // 01010112345 is a well-known invalid example; build valid ones from parts instead of using a real person's number.
  const fnr = `010190499${identityNumberCheckDigits("010190499")}`;
  assert.deepEqual(checkIdentityNumber(fnr), { valid: true, kind: "fodselsnummer", birthDate: "1990-01-01" });
  const dnr = `410190499${identityNumberCheckDigits("410190499")}`;
  assert.deepEqual(checkIdentityNumber(dnr), { valid: true, kind: "d-number", birthDate: "1990-01-01" });
  assert.deepEqual(checkIdentityNumber("01010112345"), { valid: false, reason: "checkDigits" });
  assert.deepEqual(checkIdentityNumber("3102901234"), { valid: false, reason: "format" });
  assert.deepEqual(checkIdentityNumber("31029012345"), { valid: false, reason: "date" });
  assert.deepEqual(checkIdentityNumber("0101901234a"), { valid: false, reason: "format" });
});

test("every number built with its check digits is valid, with its kind and birth date", () => {
  fc.assert(
    fc.property(validNumber, ({ firstNine, checkDigits, birthDate, kind }) => {
      assert.deepEqual(checkIdentityNumber(firstNine + checkDigits), { valid: true, kind, birthDate });
    }),
    { numRuns: 500 },
  );
});

test("changing any one digit of a valid number makes it invalid (both check digits catch every single-digit error)", () => {
  fc.assert(
    fc.property(validNumber, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), ({ firstNine, checkDigits }, position, delta) => {
      const digits = [...firstNine + checkDigits].map(Number);
      digits[position] = (digits[position]! + delta) % 10;
      assert.equal(checkIdentityNumber(digits.join("")).valid, false, digits.join(""));
    }),
    { numRuns: 1000 },
  );
});

test("swapping the two check digits is caught unless they are equal", () => {
  fc.assert(
    fc.property(validNumber, ({ firstNine, checkDigits }) => {
      const swapped = checkDigits[1]! + checkDigits[0]!;
      assert.equal(checkIdentityNumber(firstNine + swapped).valid, swapped === checkDigits);
    }),
    { numRuns: 300 },
  );
});
