import { createValidator, type FieldError, type ValidationResult } from "@velkomst/validation";
import { todayInNorway } from "../dates/today.ts";
import { personDateErrors, type ValidateOptions } from "../profile/validate-profile.ts";
import { participantSchema, type Participant } from "./participant-schema.ts";

const validateShape = createValidator(participantSchema);

/** Dates that cannot come before the arrival in Norway. */
const afterArrival = ["settlementDate", "programmeStart", "norwegianTrainingStart"] as const;

function semanticErrors(participant: Participant, asOf: string): FieldError[] {
  const errors = personDateErrors(participant, asOf, "result");
  for (const field of afterArrival) {
    const value = participant[field];
    if (value !== undefined && value < participant.arrivalDate) {
      errors.push({ path: field, code: "beforeArrival", message: "must not be before arrivalDate" });
    }
  }
  participant.childrenBirthDates?.forEach((birthDate, index) => {
    if (birthDate > asOf) {
      errors.push({ path: `childrenBirthDates[${index}]`, code: "afterAsOf", params: { date: asOf }, message: `must not be after ${asOf}, the date the result is for` });
    } else if (birthDate < participant.birthDate) {
      errors.push({ path: `childrenBirthDates[${index}]`, code: "beforeParentBirth", message: "must not be before the participant's birthDate" });
    }
  });
  return errors;
}

/** Validates a participant: its shape first (every field path named), then the dates against each other. */
export function validateParticipant(input: unknown, options: ValidateOptions = {}): ValidationResult<Participant> {
  const shape = validateShape(input);
  if (!shape.ok) return shape;
  const errors = semanticErrors(shape.value, shape.value.asOf ?? options.today ?? todayInNorway());
  return errors.length === 0 ? shape : { ok: false, errors };
}
