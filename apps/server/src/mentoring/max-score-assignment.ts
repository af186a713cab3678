import type { ScoreMatrix } from "./score-matrix.ts";

/**
 * The assignment of rows to columns with the greatest total score (the Hungarian method with
 * potentials, O(n²·m)); a score of 0 means "not a pair". Returns, per row, its column or -1.
 * Rows are taken in order and ties go to the first column found, so the same matrix always
 * gives the same answer.
 */
export function maxScoreAssignment(matrix: ScoreMatrix): Int32Array {
  const transpose = matrix.rows > matrix.columns;
  const n = transpose ? matrix.columns : matrix.rows;
  const m = transpose ? matrix.rows : matrix.columns;
  const result = new Int32Array(matrix.rows).fill(-1);
  if (n === 0) return result;
  let maximum = 0;
  for (const score of matrix.scores) if (score > maximum) maximum = score;
  // Minimising (maximum − score) maximises the score; 1-based rows and columns, column 0 a sentinel.
  const cost = new Float64Array((n + 1) * (m + 1));
  for (let i = 1; i <= n; i += 1) {
    for (let j = 1; j <= m; j += 1) {
      const score = transpose ? matrix.scores[(j - 1) * matrix.columns + (i - 1)]! : matrix.scores[(i - 1) * matrix.columns + (j - 1)]!;
      cost[i * (m + 1) + j] = maximum - score;
    }
  }
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOf = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minimum = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i += 1) {
    rowOf[0] = i;
    let j0 = 0;
    minimum.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = rowOf[j0]!;
      const base = i0 * (m + 1);
      const ui0 = u[i0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j += 1) {
        if (used[j]) continue;
        const reduced = cost[base + j]! - ui0 - v[j]!;
        if (reduced < minimum[j]!) {
          minimum[j] = reduced;
          way[j] = j0;
        }
        if (minimum[j]! < delta) {
          delta = minimum[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j += 1) {
        if (used[j]) {
          u[rowOf[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minimum[j]! -= delta;
        }
      }
      j0 = j1;
    } while (rowOf[j0] !== 0);
    do {
      const j1 = way[j0]!;
      rowOf[j0] = rowOf[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  for (let j = 1; j <= m; j += 1) {
    const i = rowOf[j]!;
    if (i === 0) continue;
    const [row, column] = transpose ? [j - 1, i - 1] : [i - 1, j - 1];
    if (matrix.scores[row * matrix.columns + column]! > 0) result[row] = column;
  }
  return result;
}

/** The baseline: take the best-scoring free pair again and again (ties: lower row, then lower column). */
export function greedyAssignment(matrix: ScoreMatrix): Int32Array {
  const size = matrix.rows * matrix.columns;
  // Sort keys: (255 − score) first, then the cell index, packed in one number.
  const keys = new Float64Array(size);
  let count = 0;
  for (let cell = 0; cell < size; cell += 1) {
    const score = matrix.scores[cell]!;
    if (score > 0) keys[count++] = (255 - score) * size + cell;
  }
  const sorted = keys.subarray(0, count).sort();
  const result = new Int32Array(matrix.rows).fill(-1);
  const columnTaken = new Uint8Array(matrix.columns);
  for (const key of sorted) {
    const cell = key % size;
    const row = Math.floor(cell / matrix.columns);
    const column = cell % matrix.columns;
    if (result[row] !== -1 || columnTaken[column]) continue;
    result[row] = column;
    columnTaken[column] = 1;
  }
  return result;
}
