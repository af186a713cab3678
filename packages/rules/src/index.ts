export { profileSchema, childSchema, residenceBases, educationLevels, type Profile, type Child, type ResidenceBasis, type EducationLevel } from "./profile/profile-schema.ts";
export { validateProfile, type ValidateOptions } from "./profile/validate-profile.ts";
export { planSchema, planStepSchema, determinationsSchema, type Plan, type PlanStep } from "./plan/plan-schema.ts";
export { evaluatePlan, type EvaluateOptions } from "./plan/evaluate-plan.ts";
export { type LegalReferenceLink } from "./plan/legal-references.ts";
export { supportedLanguages, resolveLanguage, type Language } from "./locales/languages.ts";
export { canonicalStepIds, type StepId } from "./steps/step-catalogue.ts";
export { rulesVersion } from "./rules-version.ts";
export { DataFileError } from "./parameters/yaml-file.ts";
