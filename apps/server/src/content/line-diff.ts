export interface LineChange {
  kind: "same" | "removed" | "added";
  text: string;
}

/**
 * Line-by-line difference of two texts (longest common subsequence), for translators to see what
 * changed in the bokmål text since they translated it. Blank lines are ignored. Texts are pages,
 * a few hundred lines at most; longer inputs fall back to "all removed, all added".
 */
export function diffLines(before: string, after: string): LineChange[] {
  const a = before.split("\n").filter((line) => line.trim() !== "");
  const b = after.split("\n").filter((line) => line.trim() !== "");
  if (a.length * b.length > 4_000_000) return [...a.map((text) => ({ kind: "removed" as const, text })), ...b.map((text) => ({ kind: "added" as const, text }))];
  // lengths[i][j]: longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const changes: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      changes.push({ kind: "same", text: a[i]! });
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      changes.push({ kind: "removed", text: a[i++]! });
    } else {
      changes.push({ kind: "added", text: b[j++]! });
    }
  }
  while (i < a.length) changes.push({ kind: "removed", text: a[i++]! });
  while (j < b.length) changes.push({ kind: "added", text: b[j++]! });
  return changes;
}
