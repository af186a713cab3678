import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import type { Static, TSchema } from "@sinclair/typebox";
import { describeErrors, type FieldError } from "./field-error.ts";

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

/** One Ajv instance for the whole platform: the API, the CLI and the web forms validate alike. */
export function createAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
    coerceTypes: false,
    useDefaults: true,
    removeAdditional: false,
  });
  addFormats(ajv, ["date", "date-time", "email", "uuid", "uri"]);
  return ajv;
}

export const sharedAjv = createAjv();

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export interface Validator<T> {
  (input: unknown): ValidationResult<T>;
}

/** Compiles a TypeBox schema once; the returned function reports every problem with its field path. */
export function createValidator<S extends TSchema>(schema: S): Validator<Static<S>> {
  const validate: ValidateFunction = sharedAjv.compile(schema);
  return (input) =>
    validate(input)
      ? { ok: true, value: input as Static<S> }
      : { ok: false, errors: describeErrors((validate.errors ?? []) as ErrorObject[]) };
}
