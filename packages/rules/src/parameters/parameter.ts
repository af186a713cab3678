import type { LegalReference, ParameterFile, ParameterValue } from "./parameter-file-schema.ts";

/** One value of a parameter and the period it applies to (`to` is exclusive). */
export interface ParameterPeriod {
  from: string;
  to: string | undefined;
  value: ParameterValue;
  reference: readonly LegalReference[];
  seed: string;
  lastReviewed: string;
  /** What could not be checked against the law's own text (see the parameter file), if anything. */
  unverified: string | undefined;
  /** For a value ended by `null` (`to` set, no value after it): whether the law confirms that end. */
  endConfirmed: boolean | undefined;
}

export interface Parameter {
  /** `<area>/<name>`, e.g. `eea/registration-threshold-months` */
  name: string;
  path: string;
  description: string;
  unit: string;
  temporary: boolean;
  periods: readonly ParameterPeriod[];
}

/** Turns the dated map of a parameter file into periods; each value runs until the next key. */
export function toPeriods(file: ParameterFile): ParameterPeriod[] {
  const starts = Object.keys(file.values).sort();
  const periods: ParameterPeriod[] = [];
  starts.forEach((from, index) => {
    const entry = file.values[from];
    if (!entry) return;
    periods.push({
      from,
      to: starts[index + 1],
      value: entry.value,
      reference: entry.reference,
      seed: entry.seed,
      lastReviewed: entry.lastReviewed,
      unverified: entry.unverified,
      endConfirmed: entry.endConfirmed,
    });
  });
  return periods;
}

/** The newest period that started on or before `date` and has not been ended by a later key. */
export function periodAt(parameter: Parameter, date: string): ParameterPeriod | undefined {
  for (let i = parameter.periods.length - 1; i >= 0; i--) {
    const period = parameter.periods[i]!;
    if (period.from <= date) return period.to === undefined || date < period.to ? period : undefined;
  }
  return undefined;
}

/**
 * The period that applies on `date`: as `periodAt`, and past an end the law has not confirmed the
 * last value stays in force (a temporary law extended late must not silently turn a right into a duty).
 */
export function periodInForce(parameter: Parameter, date: string): ParameterPeriod | undefined {
  const current = periodAt(parameter, date);
  if (current) return current;
  const last = parameter.periods.at(-1);
  return last?.to !== undefined && last.to <= date && last.endConfirmed === false ? last : undefined;
}

