import { createValidator, type FieldError, type ValidationResult } from "@velkomst/validation";
import { todayInNorway } from "../dates/today.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import { citizenshipMismatch } from "./citizenship.ts";
import { profileSchema, type Profile } from "./profile-schema.ts";

const validateShape = createValidator(profileSchema);

export interface ValidateOptions {
  /** The date `asOf` defaults to; tests inject it. */
  today?: string;
}

/**
 * The date checks a plan and a programme result share: `asOf` within the dates the rules cover, born
 * on or before it, and arrived on or after birth. `what` names the result in the messages.
 */
export function personDateErrors(person: { birthDate: string; arrivalDate: string }, asOf: string, what: string): FieldError[] {
  const errors: FieldError[] = [];
  const coverageStart = ruleParameters.coverageStart;
  if (asOf < coverageStart) {
    errors.push({
      path: "asOf",
      code: "beforeRules",
      params: { date: coverageStart },
      message: `expected a date on or after ${coverageStart} (the first date these rules cover)`,
    });
  }
  if (person.birthDate > asOf) {
    errors.push({ path: "birthDate", code: "afterAsOf", params: { date: asOf }, message: `must not be after ${asOf}, the date the ${what} is for` });
  }
  if (person.arrivalDate < person.birthDate) {
    errors.push({ path: "arrivalDate", code: "beforeBirth", message: "must not be before birthDate" });
  }
  return errors;
}

/** Checks JSON Schema cannot express: dates in a sensible order and within the dates the rules cover. */
function semanticErrors(profile: Profile, asOf: string): FieldError[] {
  const errors = personDateErrors(profile, asOf, "plan");
  // A citizenship that cannot hold the basis (a British eea-worker since 2021, a Polish "nordic") would get another group's rules.
  const mismatch = asOf >= ruleParameters.coverageStart ? citizenshipMismatch(profile, asOf) : undefined;
  if (mismatch) {
    errors.push({
      path: "citizenship",
      code: mismatch.code,
      params: { citizenship: profile.citizenship, residenceBasis: profile.residenceBasis, date: asOf },
      message: `expected ${mismatch.expected} (${profile.citizenship} is not covered on ${asOf})`,
    });
  }
  profile.children?.forEach((child, index) => {
    if (child.birthDate > asOf) {
      errors.push({
        path: `children[${index}].birthDate`,
        code: "afterAsOf",
        params: { date: asOf },
        message: `must not be in the future (after ${asOf}, the date the plan is for)`,
      });
    }
  });
  return errors;
}

/** Validates a profile: its shape first (every field path named), then the dates against each other. */
export function validateProfile(input: unknown, options: ValidateOptions = {}): ValidationResult<Profile> {
  const shape = validateShape(input);
  if (!shape.ok) return shape;
  const errors = semanticErrors(shape.value, shape.value.asOf ?? options.today ?? todayInNorway());
  return errors.length === 0 ? shape : { ok: false, errors };
}
