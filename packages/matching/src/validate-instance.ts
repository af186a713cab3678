import { createValidator, type FieldError, type ValidationResult } from "@velkomst/validation";
import { instanceSchema, type SettlementInstance } from "./settlement-schema.ts";

const validateShape = createValidator(instanceSchema);

/** Schema errors first; the cross-references are only checked on a well-formed instance. */
export function validateInstance(input: unknown): ValidationResult<SettlementInstance> {
  const shape = validateShape(input);
  if (!shape.ok) return shape;
  const errors = semanticErrors(shape.value);
  return errors.length === 0 ? shape : { ok: false, errors };
}

function semanticErrors(instance: SettlementInstance): FieldError[] {
  const errors: FieldError[] = [];
  const report = (path: string, code: string, message: string, params?: Record<string, string>): void => {
    errors.push({ path, code, message, ...(params ? { params } : {}) });
  };

  const dimensions = new Set<string>();
  instance.dimensions.forEach((dimension, index) => {
    if (dimensions.has(dimension)) report(`dimensions[${index}]`, "duplicate", `duplicate dimension "${dimension}"`, { id: dimension });
    dimensions.add(dimension);
  });
  const checkKeys = (amounts: Record<string, number>, path: string): void => {
    for (const key of Object.keys(amounts)) {
      if (!dimensions.has(key)) {
        report(`${path}.${key}`, "unknownDimension", `unknown dimension "${key}" (not in dimensions)`, { id: key });
      }
    }
  };

  const municipalities = new Set<string>();
  instance.municipalities.forEach((municipality, index) => {
    if (municipalities.has(municipality.id)) {
      report(`municipalities[${index}].id`, "duplicate", `duplicate municipality id "${municipality.id}"`, { id: municipality.id });
    }
    municipalities.add(municipality.id);
    checkKeys(municipality.capacity, `municipalities[${index}].capacity`);
  });

  const households = new Set<string>();
  instance.households.forEach((household, index) => {
    const path = `households[${index}]`;
    if (households.has(household.id)) report(`${path}.id`, "duplicate", `duplicate household id "${household.id}"`, { id: household.id });
    households.add(household.id);
    checkKeys(household.use, `${path}.use`);
    const seen = new Map<string, number>();
    household.candidates.forEach((candidate, candidateIndex) => {
      const candidatePath = `${path}.candidates[${candidateIndex}].municipality`;
      const id = candidate.municipality;
      if (!municipalities.has(id)) report(candidatePath, "unknownMunicipality", `unknown municipality "${id}"`, { id });
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        report(candidatePath, "duplicate", `duplicate candidate "${id}" (also candidates[${earlier}])`, { id });
      } else {
        seen.set(id, candidateIndex);
      }
    });
  });
  return errors;
}
