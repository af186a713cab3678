import { join } from "node:path";
import { Type, type Static } from "@sinclair/typebox";
import { legalReferenceSchema } from "../parameters/parameter-file-schema.ts";
import { DataFileError, loadYamlFile } from "../parameters/yaml-file.ts";

export const canonicalStepIds = [
  "welcome-meeting",
  "apply-residence-permit",
  "eea-registration",
  "report-move",
  "id-check-tax-office",
  "national-insurance-health",
  "tax-deduction-card",
  "bank-account",
  "electronic-id",
  "regular-gp",
  "housing",
  "introduction-programme",
  "norwegian-training",
  "school-enrolment",
  "kindergarten",
  "upper-secondary-application",
  "recognition-of-qualifications",
  "career-guidance",
  "union-and-work-rights",
] as const;
export type StepId = (typeof canonicalStepIds)[number];

const stepIdSchema = Type.Unsafe<StepId>({ type: "string", enum: [...canonicalStepIds], title: "a canonical step id" });

const catalogueSchema = Type.Array(
  Type.Object(
    {
      id: stepIdSchema,
      after: Type.Array(stepIdSchema),
      legalBasis: Type.Array(legalReferenceSchema, { minItems: 1 }),
      links: Type.Array(
        Type.Object({ title: Type.String({ minLength: 1 }), url: Type.String({ format: "uri", pattern: "^https://" }) }, { additionalProperties: false }),
        { minItems: 1 },
      ),
    },
    { additionalProperties: false },
  ),
);

export type CatalogueStep = Static<typeof catalogueSchema>[number];

/** Loads the step catalogue and checks it lists every canonical id once, in an order where `after` always points back. */
export function loadStepCatalogue(path: string, text?: string): readonly CatalogueStep[] {
  const steps = loadYamlFile(path, catalogueSchema, text);
  const problems: string[] = [];
  const seen = new Set<StepId>();
  steps.forEach((step, index) => {
    if (seen.has(step.id)) problems.push(`[${index}].id: ${step.id} is listed twice`);
    for (const earlier of step.after) {
      if (!seen.has(earlier)) problems.push(`[${index}].after: ${earlier} must be listed before ${step.id}`);
    }
    seen.add(step.id);
  });
  for (const id of canonicalStepIds) if (!seen.has(id)) problems.push(`${id} is missing`);
  if (problems.length > 0) throw new DataFileError(path, problems);
  return steps;
}

export const stepCataloguePath = join(import.meta.dirname, "..", "..", "catalogue", "steps.yaml");

export const stepCatalogue = loadStepCatalogue(stepCataloguePath);
