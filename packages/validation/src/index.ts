export { createAjv, createValidator, sharedAjv, type ValidationResult, type Validator } from "./validator.ts";
export { describeErrors, formatFieldError, type FieldError } from "./field-error.ts";
export { StringEnum } from "./string-enum.ts";
export { checkIdentityNumber, identityNumberCheckDigits, type IdentityNumberCheck, type IdentityNumberKind } from "./norwegian-identity-number.ts";
export { normalizeNumberInput, westernDigits } from "./digits.ts";
export { checkOrganisationNumber, organisationNumberCheckDigit, type OrganisationNumberCheck } from "./organisation-number.ts";
export { dateInputValue, parseDateInput, parseTimeInput } from "./date-input.ts";
