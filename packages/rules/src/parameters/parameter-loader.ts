import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isIsoDate } from "../dates/iso-date.ts";
import { parameterFileSchema, parameterIndexSchema } from "./parameter-file-schema.ts";
import { toPeriods, type Parameter } from "./parameter.ts";
import { DataFileError, loadYamlFile } from "./yaml-file.ts";

/** Loads one parameter file and checks what the schema cannot: real dates, a first value, no empty ending. */
export function loadParameterFile(path: string, name: string, text = readFileSync(path, "utf8")): Parameter {
  const file = loadYamlFile(path, parameterFileSchema, text);
  const problems: string[] = [];
  const starts = Object.keys(file.values);
  for (const start of starts) if (!isIsoDate(start)) problems.push(`values.${start}: expected a real date YYYY-MM-DD`);
  for (const [start, entry] of Object.entries(file.values)) {
    if (entry && !isIsoDate(entry.lastReviewed)) problems.push(`values.${start}.lastReviewed: expected a real date YYYY-MM-DD`);
  }
  const sorted = [...starts].sort();
  sorted.forEach((start, index) => {
    const entry = file.values[start];
    const next = sorted[index + 1];
    const endedByNull = next !== undefined && file.values[next] === null;
    if (entry && endedByNull && entry.endConfirmed === undefined) {
      problems.push(`values.${start}.endConfirmed: expected true or false (is the end on ${next} confirmed in law?)`);
    }
    if (entry && !endedByNull && entry.endConfirmed !== undefined) problems.push(`values.${start}.endConfirmed: only a value ended by null has an end to confirm`);
  });
  const first = sorted[0];
  if (first !== undefined && file.values[first] === null) problems.push(`values.${first}: the first value cannot be null (null only ends a rule)`);
  if (problems.length > 0) throw new DataFileError(path, problems);
  return { name, path, description: file.description, unit: file.unit, temporary: file.temporary ?? false, periods: toPeriods(file) };
}

/** Loads `<root>/<area>/<name>.yaml`; every area needs an `index.yaml` describing it. */
export function loadParameterTree(root: string): Map<string, Parameter> {
  const parameters = new Map<string, Parameter>();
  for (const area of readdirSync(root, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    const areaDir = join(root, area.name);
    const files = readdirSync(areaDir).filter((f) => f.endsWith(".yaml")).sort();
    if (!files.includes("index.yaml")) throw new DataFileError(join(areaDir, "index.yaml"), ["is missing: every parameter folder needs an index.yaml with a description"]);
    loadYamlFile(join(areaDir, "index.yaml"), parameterIndexSchema);
    for (const file of files) {
      if (file === "index.yaml") continue;
      const name = `${area.name}/${file.slice(0, -".yaml".length)}`;
      parameters.set(name, loadParameterFile(join(areaDir, file), name));
    }
  }
  return parameters;
}
