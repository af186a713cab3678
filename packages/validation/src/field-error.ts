import type { ErrorObject } from "ajv";

/**
 * A problem with one field of the input. `code` and `params` let a UI translate the message;
 * `message` is plain English for API clients and operators.
 */
export interface FieldError {
  path: string;
  code: string;
  params?: Record<string, string | number>;
  message: string;
}

const formatDescriptions: Record<string, string> = {
  date: "a date YYYY-MM-DD",
  "date-time": "a date and time (ISO 8601)",
  email: "an e-mail address",
  uuid: "a UUID",
  uri: "a URL",
};

/** `/children/0/birthDate` → `children[0].birthDate` */
function toFieldPath(instancePath: string, extra?: string): string {
  const parts = instancePath.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (extra !== undefined) parts.push(extra);
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), "");
}

function expectedText(error: ErrorObject): string | undefined {
  const schema = error.parentSchema as { description?: string; title?: string } | undefined;
  return schema?.title ?? schema?.description;
}

function describeOne(error: ErrorObject): FieldError {
  const path = toFieldPath(error.instancePath);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { path: toFieldPath(error.instancePath, String(p.missingProperty)), code: "required", message: "is required" };
    case "additionalProperties":
      return {
        path: toFieldPath(error.instancePath, String(p.additionalProperty)),
        code: "unknownField",
        message: "is not a known field",
      };
    case "format": {
      const format = String(p.format);
      return { path, code: `format.${format}`, message: `expected ${formatDescriptions[format] ?? format}` };
    }
    case "enum": {
      const allowed = (p.allowedValues as unknown[]).map(String);
      return { path, code: "enum", params: { allowed: allowed.join(", ") }, message: `expected one of: ${allowed.join(", ")}` };
    }
    case "const":
      return { path, code: "enum", params: { allowed: String(p.allowedValue) }, message: `expected ${JSON.stringify(p.allowedValue)}` };
    case "type": {
      const type = String(p.type);
      const expected = expectedText(error);
      return { path, code: `type.${type}`, message: `expected ${expected ?? (type === "integer" ? "a whole number" : `a ${type}`)}` };
    }
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      const limit = Number(p.limit);
      const comparison = String(p.comparison);
      return { path, code: error.keyword, params: { limit }, message: `expected a number ${comparison} ${limit}` };
    }
    case "minLength": {
      const limit = Number(p.limit);
      return limit === 1
        ? { path, code: "required", message: "must not be empty" }
        : { path, code: "minLength", params: { limit }, message: `expected at least ${limit} characters` };
    }
    case "maxLength": {
      const limit = Number(p.limit);
      return { path, code: "maxLength", params: { limit }, message: `expected at most ${limit} characters` };
    }
    case "minItems":
    case "maxItems": {
      const limit = Number(p.limit);
      const word = error.keyword === "minItems" ? "at least" : "at most";
      return { path, code: error.keyword, params: { limit }, message: `expected ${word} ${limit} items` };
    }
    case "pattern": {
      const expected = expectedText(error);
      return { path, code: "pattern", message: expected ? `expected ${expected}` : `expected to match ${String(p.pattern)}` };
    }
    default:
      return { path, code: error.keyword, message: error.message ?? "is not valid" };
  }
}

/** Turns Ajv's errors into one problem per field, most specific first, without the noise of anyOf branches. */
export function describeErrors(errors: readonly ErrorObject[]): FieldError[] {
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors) {
    if (error.keyword === "anyOf" || error.keyword === "oneOf" || error.keyword === "if") continue;
    const described = describeOne(error);
    const key = `${described.path}\u0000${described.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(described);
  }
  return result;
}

/** `arrivalDate: expected a date YYYY-MM-DD` — the one-line form the CLI prints. */
export function formatFieldError(error: FieldError): string {
  return `${error.path || "(body)"}: ${error.message}`;
}
