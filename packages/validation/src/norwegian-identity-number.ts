/**
 * Norwegian identity numbers (folkeregisterloven § 2-2 and the regulation's § 2-2-1): a fødselsnummer
 * or a D-number, 11 digits `DDMMYY` + a 3-digit individual number + 2 check digits (modulus 11).
 * A D-number adds 4 to the first digit of the day. Both check digits must match.
 */
export type IdentityNumberKind = "fodselsnummer" | "d-number";

export type IdentityNumberCheck =
  | { valid: true; kind: IdentityNumberKind; birthDate: string }
  | { valid: false; reason: "format" | "date" | "checkDigits" };

const firstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const secondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** The modulus-11 check digit for `digits` with `weights`; `undefined` when the remainder gives 10, which no valid number has. */
function checkDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  const sum = weights.reduce((total, weight, i) => total + weight * digits[i]!, 0);
  const digit = (11 - (sum % 11)) % 11;
  return digit === 10 ? undefined : digit;
}

/** The two check digits for the first nine digits, or `undefined` when no valid number starts so. */
export function identityNumberCheckDigits(firstNine: string): string | undefined {
  const digits = [...firstNine].map(Number);
  const first = checkDigit(digits, firstWeights);
  if (first === undefined) return undefined;
  const second = checkDigit([...digits, first], secondWeights);
  return second === undefined ? undefined : `${first}${second}`;
}

/** The century a two-digit year belongs to, read from the individual number (Skatteetaten's allocation). */
function fullYear(yy: number, individual: number): number | undefined {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (yy <= 39) return 2000 + yy;
  if (individual >= 900) return 1900 + yy;
  return undefined;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/** Checks a fødselsnummer or D-number: 11 digits, a real birth date, and both check digits. */
export function checkIdentityNumber(value: string): IdentityNumberCheck {
  if (!/^\d{11}$/.test(value)) return { valid: false, reason: "format" };
  const rawDay = Number(value.slice(0, 2));
  const kind: IdentityNumberKind = rawDay > 40 ? "d-number" : "fodselsnummer";
  const day = kind === "d-number" ? rawDay - 40 : rawDay;
  const month = Number(value.slice(2, 4));
  const year = fullYear(Number(value.slice(4, 6)), Number(value.slice(6, 9)));
  if (year === undefined || !isRealDate(year, month, day)) return { valid: false, reason: "date" };
  if (identityNumberCheckDigits(value.slice(0, 9)) !== value.slice(9)) return { valid: false, reason: "checkDigits" };
  const pad = (n: number) => String(n).padStart(2, "0");
  return { valid: true, kind, birthDate: `${year}-${pad(month)}-${pad(day)}` };
}
