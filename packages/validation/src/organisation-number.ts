/**
 * Norwegian organisation numbers (Enhetsregisteret): 9 digits, the last a modulus-11 check digit
 * over the first eight with the weights 3, 2, 7, 6, 5, 4, 3, 2. A remainder that would give the
 * check digit 10 is never issued, so no valid number starts with those eight digits.
 */
export type OrganisationNumberCheck = { valid: true; number: string } | { valid: false; reason: "format" | "checkDigit" };

const weights = [3, 2, 7, 6, 5, 4, 3, 2];

/** The check digit for the first eight digits, or `undefined` when no valid number starts so. */
export function organisationNumberCheckDigit(firstEight: string): number | undefined {
  const sum = weights.reduce((total, weight, i) => total + weight * Number(firstEight[i]), 0);
  const digit = (11 - (sum % 11)) % 11;
  return digit === 10 ? undefined : digit;
}

/** Checks an organisation number as typed: spaces between the digit groups ("974 760 673") are allowed. */
export function checkOrganisationNumber(value: string): OrganisationNumberCheck {
  const number = value.replace(/[\s\u00a0]/g, "");
  if (!/^\d{9}$/.test(number)) return { valid: false, reason: "format" };
  return organisationNumberCheckDigit(number.slice(0, 8)) === Number(number[8]) ? { valid: true, number } : { valid: false, reason: "checkDigit" };
}
