import { checkIdentityNumber, type FieldError } from "@velkomst/validation";
import type { ParticipantInput } from "./participant-schemas.ts";

/** Checks the schema cannot express: the identity number's check digits and birth date, and dates in order. */
export function participantErrors(input: ParticipantInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (input.birthDate > today) errors.push({ path: "birthDate", code: "afterToday", message: `must not be after today (${today})` });
  if (input.identityNumber !== undefined) {
    const check = checkIdentityNumber(input.identityNumber);
    if (!check.valid) {
      errors.push({
        path: "identityNumber",
        code: `identityNumber.${check.reason}`,
        message: check.reason === "checkDigits" ? "expected a fødselsnummer or D-number whose two check digits match" : "expected a fødselsnummer or D-number that starts with a real birth date",
      });
    } else if (check.birthDate !== input.birthDate) {
      errors.push({ path: "identityNumber", code: "identityNumber.birthDate", params: { date: check.birthDate }, message: `is for a person born ${check.birthDate}, not birthDate` });
    }
  }
  if (input.residenceFrom !== undefined && input.residenceUntil !== undefined && input.residenceUntil < input.residenceFrom) {
    errors.push({ path: "residenceUntil", code: "beforeStart", message: "must not be before residenceFrom" });
  }
  if (input.settlementDate !== undefined && input.settlementDate < input.birthDate) {
    errors.push({ path: "settlementDate", code: "beforeBirth", message: "must not be before birthDate" });
  }
  if (input.arrivalDate !== undefined && input.arrivalDate < input.birthDate) errors.push({ path: "arrivalDate", code: "beforeBirth", message: "must not be before birthDate" });
  if (input.arrivalDate !== undefined && input.arrivalDate > today) errors.push({ path: "arrivalDate", code: "afterToday", message: `must not be after today (${today})` });
  return errors;
}
