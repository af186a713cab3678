import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

test("no page formats dates with the bare language code (\"en\" would give US dates and AM/PM): intlLocale does it", () => {
  const offenders = sourceFiles(join(import.meta.dirname, ".."))
    .filter((file) => /Intl\.DateTimeFormat\(\s*(lang|language)\b|Intl\.DateTimeFormat\([^)]*`\$\{lang\}-NO`/.test(readFileSync(file, "utf8")))
    .map((file) => file.slice(file.indexOf("src/")));
  assert.deepEqual(offenders, []);
});
