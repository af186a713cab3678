import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { checkOrganisationNumber, organisationNumberCheckDigit } from "./organisation-number.ts";

const eightDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((digits) => digits.join(""));

test("published organisation numbers pass; one changed digit or a wrong length does not", () => {
  // Brønnøysundregistrene (974 760 673) and NAV (889 640 782), as printed in their own registers.
  assert.deepEqual(checkOrganisationNumber("974760673"), { valid: true, number: "974760673" });
  assert.deepEqual(checkOrganisationNumber("889 640 782"), { valid: true, number: "889640782" });
  assert.deepEqual(checkOrganisationNumber("974760674"), { valid: false, reason: "checkDigit" });
  assert.deepEqual(checkOrganisationNumber("97476067"), { valid: false, reason: "format" });
  assert.deepEqual(checkOrganisationNumber("9747606733"), { valid: false, reason: "format" });
  assert.deepEqual(checkOrganisationNumber("97476067x"), { valid: false, reason: "format" });
  assert.deepEqual(checkOrganisationNumber(""), { valid: false, reason: "format" });
});

test("property: eight digits with their check digit are valid, and every other last digit is not", () => {
  fc.assert(
    fc.property(eightDigits, (firstEight) => {
      const check = organisationNumberCheckDigit(firstEight);
      for (let last = 0; last <= 9; last++) {
        const result = checkOrganisationNumber(`${firstEight}${last}`);
        assert.equal(result.valid, last === check, `${firstEight}${last}`);
      }
    }),
  );
});

test("property: changing any one digit of a valid number makes it invalid (mod 11 catches every single-digit error)", () => {
  const valid = eightDigits.filter((e) => organisationNumberCheckDigit(e) !== undefined).map((e) => `${e}${organisationNumberCheckDigit(e)}`);
  fc.assert(
    fc.property(valid, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (number, position, shift) => {
      const changed = `${number.slice(0, position)}${(Number(number[position]) + shift) % 10}${number.slice(position + 1)}`;
      assert.equal(checkOrganisationNumber(changed).valid, false, changed);
    }),
  );
});

test("property: swapping two different neighbouring digits of a valid number makes it invalid", () => {
  const valid = eightDigits.filter((e) => organisationNumberCheckDigit(e) !== undefined).map((e) => `${e}${organisationNumberCheckDigit(e)}`);
  fc.assert(
    fc.property(valid, fc.integer({ min: 0, max: 7 }), (number, position) => {
      fc.pre(number[position] !== number[position + 1]);
      const swapped = `${number.slice(0, position)}${number[position + 1]}${number[position]}${number.slice(position + 2)}`;
      assert.equal(checkOrganisationNumber(swapped).valid, false, swapped);
    }),
  );
});
