import { join } from "node:path";
import { DataFileError } from "./yaml-file.ts";
import { loadParameterTree } from "./parameter-loader.ts";
import { periodInForce, type Parameter } from "./parameter.ts";
import { PeriodChecks, type RuleCheck, type UnverifiedCheck } from "./rule-check.ts";

/** What each parameter file must hold; the loader refuses missing, unknown or mistyped parameters. */
const parameterKinds = {
  "identity/resident-registration-months": "number",
  "identity/move-report-deadline-days": "number",
  "eea/registration-threshold-months": "number",
  "eea/registration-deadline-months": "number",
  "eea/member-states": "list",
  "eea/nordic-states": "list",
  "integration/norwegian-training-age": "range",
  "integration/introduction-programme-age": "range",
  "integration/refugee-family-settlement-limit-years": "number",
  "integration/collective-protection-temporary-rules": "flag",
  "integration/asylum-seeker-training-min-age": "number",
  "health/regular-gp-groups": "list",
  "elections/local-vote-residence-years": "number",
  "elections/voting-age": "number",
  "elections/nordic-registration-cutoff": "monthDay",
  "education/school-age": "range",
  "education/school-minimum-stay-months": "number",
  "education/upper-secondary-age": "range",
  "education/kindergarten-age": "range",
  "education/upper-secondary-asylum-seeker-age-limit": "number",
  "guidance/career-guidance-min-age": "number",
  "social-security/basic-amount": "number",
  "integration/introduction-benefit-basic-amounts": "number",
  "integration/introduction-benefit-full-rate-age": "number",
  "integration/programme-months-with-upper-secondary": "range",
  "integration/programme-extension-months-with-upper-secondary": "number",
  "integration/programme-months-goal-upper-secondary": "number",
  "integration/programme-months-without-upper-secondary": "number",
  "integration/programme-min-months-goal-upper-secondary-partial": "number",
  "integration/upper-secondary-goal-age-limit": "number",
  "integration/programme-extension-months-without-upper-secondary": "number",
  "integration/parental-guidance-child-age-limit": "number",
  "integration/programme-full-time": "flag",
  "integration/social-studies-hours": "number",
  "integration/social-studies-deadline-months": "number",
  "integration/asylum-seeker-social-studies-hours": "number",
  "integration/collective-protection-norwegian-right-months": "number",
  "interpreting/qualified-interpreter-exemption": "flag",
  "interpreting/interpreter-min-age": "number",
  "integration/programme-start-deadline-months": "number",
  "integration/programme-full-time-hours-per-week": "number",
  "integration/programme-full-time-hours-per-week-own-activity": "number",
  "integration/introduction-benefit-hours-a-year": "number",
  "integration/introduction-benefit-days-a-month": "number",
} as const;

export type ParameterName = keyof typeof parameterKinds;
type Kind = (typeof parameterKinds)[ParameterName];
type NamesOfKind<K extends Kind> = { [N in ParameterName]: (typeof parameterKinds)[N] extends K ? N : never }[ParameterName];

// A type alias, not an interface, so a range can be passed straight in as message values.
export type AgeRange = { min: number; max: number };

/** A value looked up for a date, with the titles of the provisions it rests on (they become `legalBasis`). */
export interface Found<T> {
  value: T;
  legalBasis: readonly string[];
}

function hasKind(kind: Kind, value: unknown): boolean {
  switch (kind) {
    case "number":
      return typeof value === "number";
    case "flag":
      return typeof value === "boolean";
    case "list":
      return Array.isArray(value);
    case "monthDay":
      return typeof value === "string" && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value);
    case "range": {
      const range = value as Partial<AgeRange> | null;
      return typeof range === "object" && range !== null && !Array.isArray(range) && typeof range.min === "number" && typeof range.max === "number" && range.min <= range.max && Object.keys(range).length === 2;
    }
  }
}

function checkKinds(parameters: Map<string, Parameter>, root: string): void {
  for (const [name, kind] of Object.entries(parameterKinds) as [ParameterName, Kind][]) {
    const parameter = parameters.get(name);
    if (!parameter) throw new DataFileError(join(root, `${name}.yaml`), ["is missing: the rules need this parameter"]);
    for (const period of parameter.periods) {
      if (!hasKind(kind, period.value)) throw new DataFileError(parameter.path, [`values.${period.from}.value: expected a ${kind}`]);
    }
  }
  for (const [name, parameter] of parameters) {
    if (!(name in parameterKinds)) throw new DataFileError(parameter.path, ["is not used by any rule (add it to rule-parameters.ts or remove it)"]);
  }
}

/** Typed, dated access to the parameter files; built once, then only read. */
export class RuleParameters {
  private readonly titles = new Map<object, readonly string[]>();
  /** The reverse of `titles`: which value a `legalBasis` list came from, to find the checks a plan needs. */
  private readonly checksOfTitles = new WeakMap<readonly string[], PeriodChecks>();
  private readonly checksOfPeriod = new Map<object, PeriodChecks>();
  private readonly sets = new Map<object, ReadonlySet<string>>();

  constructor(
    readonly root: string,
    readonly all: ReadonlyMap<string, Parameter> = loadParameterTree(root),
  ) {
    checkKinds(this.all as Map<string, Parameter>, root);
    for (const parameter of this.all.values()) {
      for (const period of parameter.periods) {
        const titles = Object.freeze(period.reference.map((r) => r.title));
        this.titles.set(period, titles);
        const checks = new PeriodChecks(parameter, period);
        this.checksOfTitles.set(titles, checks);
        this.checksOfPeriod.set(period, checks);
        if (Array.isArray(period.value)) this.sets.set(period, new Set(period.value));
      }
    }
  }

  /** The first date every ordinary (non-temporary) parameter has a value for. */
  get coverageStart(): string {
    let start = "0000-01-01";
    for (const parameter of this.all.values()) {
      const first = parameter.periods[0]?.from;
      if (!parameter.temporary && first !== undefined && first > start) start = first;
    }
    return start;
  }

  private period(name: ParameterName, date: string) {
    const parameter = this.all.get(name)!;
    const period = periodInForce(parameter, date);
    return period ? { period, legalBasis: this.titles.get(period)! } : undefined;
  }

  private required(name: ParameterName, date: string) {
    const found = this.period(name, date);
    if (!found) throw new RangeError(`${name}: no value on ${date} (the rules cover dates from ${this.coverageStart})`);
    return found;
  }

  number(name: NamesOfKind<"number">, date: string): Found<number> {
    const { period, legalBasis } = this.required(name, date);
    return { value: period.value as number, legalBasis };
  }

  /** A number with the date its value started to apply, for values set a period at a time (such as G from 1 May). */
  datedNumber(name: NamesOfKind<"number">, date: string): Found<number> & { validFrom: string } {
    const { period, legalBasis } = this.required(name, date);
    return { value: period.value as number, legalBasis, validFrom: period.from };
  }

  range(name: NamesOfKind<"range">, date: string): Found<AgeRange> {
    const { period, legalBasis } = this.required(name, date);
    return { value: period.value as unknown as AgeRange, legalBasis };
  }

  set(name: NamesOfKind<"list">, date: string): Found<ReadonlySet<string>> {
    const { period, legalBasis } = this.required(name, date);
    return { value: this.sets.get(period)!, legalBasis };
  }

  monthDay(name: NamesOfKind<"monthDay">, date: string): Found<string> {
    const { period, legalBasis } = this.required(name, date);
    return { value: period.value as string, legalBasis };
  }

  /**
   * The checks the values behind these `legalBasis` lists need on `date` (lists not taken from a
   * parameter, such as a step's own basis, have none), each parameter once.
   */
  checksFor(legalBasisLists: readonly (readonly string[])[], date: string): RuleCheck[] {
    const checks: RuleCheck[] = [];
    for (const list of legalBasisLists) {
      const check = this.checksOfTitles.get(list)?.on(date);
      if (check && !checks.includes(check)) checks.push(check);
    }
    return checks;
  }

  /** The values behind these `legalBasis` lists whose source is not yet confirmed by the law's own text, each once. */
  unverifiedFor(...legalBasisLists: (readonly string[])[]): UnverifiedCheck[] {
    const checks: UnverifiedCheck[] = [];
    for (const list of legalBasisLists) {
      const check = this.checksOfTitles.get(list)?.unverified;
      if (check && !checks.includes(check)) checks.push(check);
    }
    return checks;
  }

  /** Every parameter whose value in force on `date` is past its review horizon or kept past an unconfirmed end. */
  checksOn(date: string): RuleCheck[] {
    const checks: RuleCheck[] = [];
    for (const parameter of this.all.values()) {
      const period = periodInForce(parameter, date);
      const check = period && this.checksOfPeriod.get(period)!.on(date);
      if (check) checks.push(check);
    }
    return checks.sort((a, b) => a.since.localeCompare(b.since) || a.parameter.localeCompare(b.parameter));
  }

  flag(name: NamesOfKind<"flag">, date: string): Found<boolean> {
    const { period, legalBasis } = this.required(name, date);
    return { value: period.value as boolean, legalBasis };
  }

  /** A temporary rule: `undefined` outside its periods, when the ordinary rules apply; kept in force past an end the law has not confirmed. */
  temporaryRule(name: NamesOfKind<"flag">, date: string): Found<true> | undefined {
    const found = this.period(name, date);
    return found && found.period.value === true ? { value: true, legalBasis: found.legalBasis } : undefined;
  }
}

export const parametersRoot = join(import.meta.dirname, "..", "..", "parameters");

/** Loaded once at import: evaluating a plan never touches the file system. */
export const ruleParameters = new RuleParameters(parametersRoot);
