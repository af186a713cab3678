import type { Highs, ModelData } from "highs";
import type { CompiledInstance } from "./compiled-instance.ts";

export interface AssignmentModelScope {
  /** Per option: 1 if it is a column of the model. */
  keepOption: Uint8Array;
  /** Per household: 1 if the model must place it (beyond mustPlace). */
  forcePlace: Uint8Array;
  /** Capacity left for the model's households, per municipality × dimension. */
  capacity: Float64Array;
  integer: boolean;
}

export interface AssignmentModel {
  data: ModelData;
  /** Option of each column. */
  columnOption: Int32Array;
  /** Capacity-row index of each municipality × dimension, or −1 where capacity can never bind. */
  capacityRow: Int32Array;
}

/**
 * maximize Σ (score + penalty)·x            (the gain over leaving the households out)
 * subject to  Σ_c x[h,c] ≤ 1 (= 1 when it must be placed)            for each household
 *             Σ_h use[h,d]·x[h,m] ≤ capacity[m,d]                       for each municipality, dimension
 * Built directly as a sparse column-wise matrix: no LP text to write and parse for 200k columns.
 * A capacity row is left out when the kept columns could never exceed it.
 */
export function buildAssignmentModel(highs: Highs, instance: CompiledInstance, scope: AssignmentModelScope): AssignmentModel {
  const { householdCount, dimensionCount, use, optionStart, optionMunicipality, optionScore, mustPlace, unplacedPenalty } = instance;
  const { capacity } = scope;

  const demand = new Float64Array(capacity.length);
  const householdRow = new Int32Array(householdCount).fill(-1);
  let rowCount = 0;
  let columnCount = 0;
  for (let h = 0; h < householdCount; h++) {
    for (let option = optionStart[h] ?? 0; option < (optionStart[h + 1] ?? 0); option++) {
      if (!scope.keepOption[option]) continue;
      columnCount++;
      if (householdRow[h] === -1) householdRow[h] = rowCount++;
      const base = (optionMunicipality[option] ?? 0) * dimensionCount;
      for (let d = 0; d < dimensionCount; d++) demand[base + d] = (demand[base + d] ?? 0) + (use[h * dimensionCount + d] ?? 0);
    }
  }
  const capacityRow = new Int32Array(capacity.length).fill(-1);
  for (let i = 0; i < capacity.length; i++) if ((demand[i] ?? 0) > (capacity[i] ?? 0)) capacityRow[i] = rowCount++;

  const rowLower = new Float64Array(rowCount).fill(-highs.infinity);
  const rowUpper = new Float64Array(rowCount);
  for (let h = 0; h < householdCount; h++) {
    const row = householdRow[h] ?? -1;
    if (row < 0) continue;
    rowUpper[row] = 1;
    if (mustPlace[h] || scope.forcePlace[h]) rowLower[row] = 1;
  }
  for (let i = 0; i < capacity.length; i++) {
    const row = capacityRow[i] ?? -1;
    if (row >= 0) rowUpper[row] = capacity[i] ?? 0;
  }

  const columnOption = new Int32Array(columnCount);
  const colCost = new Float64Array(columnCount);
  const starts = new Int32Array(columnCount + 1);
  const indices = new Int32Array(columnCount * (1 + dimensionCount));
  const values = new Float64Array(indices.length);
  let column = 0;
  let entry = 0;
  for (let h = 0; h < householdCount; h++) {
    for (let option = optionStart[h] ?? 0; option < (optionStart[h + 1] ?? 0); option++) {
      if (!scope.keepOption[option]) continue;
      columnOption[column] = option;
      colCost[column] = (optionScore[option] ?? 0) + unplacedPenalty;
      indices[entry] = householdRow[h] ?? 0;
      values[entry++] = 1;
      const base = (optionMunicipality[option] ?? 0) * dimensionCount;
      for (let d = 0; d < dimensionCount; d++) {
        const amount = use[h * dimensionCount + d] ?? 0;
        const row = capacityRow[base + d] ?? -1;
        if (amount === 0 || row < 0) continue;
        indices[entry] = row;
        values[entry++] = amount;
      }
      starts[++column] = entry;
    }
  }

  const data: ModelData = {
    numCols: columnCount,
    numRows: rowCount,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower: new Float64Array(columnCount),
    colUpper: new Float64Array(columnCount).fill(1),
    rowLower,
    rowUpper,
    matrix: { format: "csc", numRows: rowCount, numCols: columnCount, starts, indices: indices.subarray(0, entry), values: values.subarray(0, entry) },
    ...(scope.integer ? { integrality: new Int32Array(columnCount).fill(highs.constants.variableType.integer) } : {}),
  };
  return { data, columnOption, capacityRow };
}
