import type { CompiledInstance } from "./compiled-instance.ts";

/** A specific reason when a mustPlace household has nowhere to go, or when mustPlace households outgrow their candidates together. */
export function obviousInfeasibility(instance: CompiledInstance): string | undefined {
  const { householdCount, dimensionCount, optionStart, optionMunicipality, mustPlace, use, capacity } = instance;
  const mustPlaceIds: string[] = [];
  const need = new Float64Array(dimensionCount);
  const reachable = new Set<number>();
  for (let h = 0; h < householdCount; h++) {
    if (!mustPlace[h]) continue;
    const first = optionStart[h] ?? 0;
    const last = optionStart[h + 1] ?? 0;
    if (first === last) {
      return `household ${instance.householdIds[h]} must be placed, but none of its candidates has the capacity for it`;
    }
    mustPlaceIds.push(instance.householdIds[h] ?? "");
    for (let d = 0; d < dimensionCount; d++) need[d] = (need[d] ?? 0) + (use[h * dimensionCount + d] ?? 0);
    for (let option = first; option < last; option++) reachable.add(optionMunicipality[option] ?? 0);
  }
  for (let d = 0; d < dimensionCount; d++) {
    let available = 0;
    for (const m of reachable) available += capacity[m * dimensionCount + d] ?? 0;
    if ((need[d] ?? 0) > available + 1e-9) {
      return `the ${mustPlaceIds.length} mustPlace households need ${need[d]} ${instance.dimensions[d]} but their candidates have ${available} in total`;
    }
  }
  return undefined;
}
