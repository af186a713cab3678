import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import type { TSchema, Static } from "@sinclair/typebox";
import { createValidator, formatFieldError } from "@velkomst/validation";

/** A data file that failed to load; the message always starts with the file's path. */
export class DataFileError extends Error {
  readonly type = "DataFileError";
  constructor(
    readonly path: string,
    readonly problems: readonly string[],
  ) {
    super(`${path}: ${problems.join("; ")}`);
    this.name = "DataFileError";
  }
}

/**
 * Parses YAML strictly: duplicate keys and any parser warning are errors, and YAML 1.2's core
 * schema keeps dates as plain strings (no `Date`, no time zones).
 */
export function parseYamlText(path: string, text: string): unknown {
  const document = parseDocument(text, { uniqueKeys: true, version: "1.2", schema: "core", prettyErrors: false });
  const problems = [...document.errors, ...document.warnings].map((e) => e.message.split("\n")[0] ?? e.message);
  if (problems.length > 0) throw new DataFileError(path, problems);
  return document.toJS({ maxAliasCount: 0 });
}

/** Reads, parses and validates one YAML file against a schema; every error names the file. */
export function loadYamlFile<S extends TSchema>(path: string, schema: S, text = readFileSync(path, "utf8")): Static<S> {
  const data = parseYamlText(path, text);
  const result = createValidator(schema)(data);
  if (!result.ok) throw new DataFileError(path, result.errors.map(formatFieldError));
  return result.value;
}
