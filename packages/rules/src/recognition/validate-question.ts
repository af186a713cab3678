import { createValidator, type FieldError, type ValidationResult } from "@velkomst/validation";
import { todayInNorway } from "../dates/today.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import { authorityOn, recognitionData, type Occupation, type RecognitionData } from "./recognition-data.ts";
import { recognitionQuestionSchema, type RecognitionQuestion } from "./recognition-schema.ts";

const validateShape = createValidator(recognitionQuestionSchema);
const eeaStateLists = ["eea/member-states", "eea/nordic-states"] as const;

/** An occupation id, or a STYRK-08 code (the first occupation the data lists with it). */
export function findOccupation(data: RecognitionData, idOrCode: string): Occupation | undefined {
  return data.byId.get(idOrCode) ?? data.byStyrk.get(idOrCode);
}

/** The earliest date the data names a body for the tasks every answer may need (vocational recognition began later and is left out before it). */
export function firstCoveredDate(data: RecognitionData, occupation: Occupation): string {
  const tasks = ["general-recognition", "subject-recognition", ...(occupation.authority ? [occupation.authority] : [])];
  // Whether an education is from the EEA is read from the dated state lists, so they bound the dates too.
  const stateLists = eeaStateLists.map((name) => ruleParameters.all.get(name)?.periods[0]?.from ?? "9999-12-31");
  return [...tasks.map((task) => data.authorities.get(task)?.[0]?.from ?? "9999-12-31"), ...stateLists].reduce((a, b) => (a > b ? a : b));
}

export interface ValidateQuestionOptions {
  today?: string;
  data?: RecognitionData;
}

/** Shape first (every field named, 400), then what the data must know (422): the occupation, and a date it covers. */
export function validateRecognitionQuestion(input: unknown, options: ValidateQuestionOptions = {}): ValidationResult<RecognitionQuestion> & { status?: 400 | 422 } {
  const shape = validateShape(input);
  if (!shape.ok) return { ...shape, status: 400 };
  const data = options.data ?? recognitionData();
  const question = shape.value;
  const occupation = findOccupation(data, question.occupation);
  const errors: FieldError[] = [];
  if (!occupation) {
    errors.push({
      path: "occupation",
      code: "unknownOccupation",
      message: "expected an occupation id from the data (such as nurse) or a STYRK-08 code the data lists (such as 2223)",
    });
  } else {
    const asOf = question.asOf ?? options.today ?? todayInNorway();
    const first = firstCoveredDate(data, occupation);
    if (asOf < first || !authorityOn(data, occupation.authority ?? "general-recognition", asOf)) {
      errors.push({ path: "asOf", code: "beforeData", params: { date: first }, message: `expected a date on or after ${first}, the first date the data covers for this occupation` });
    }
  }
  return errors.length === 0 ? shape : { ok: false, errors, status: 422 };
}
