import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * One spelling of a place name per language, in every text and seed: Ukrainian Фрея (Фреї, Фрею),
 * Гітра, Тронгейм as in Ukrainian reference works; Arabic فرويا, هيترا, تروندهايم. The other
 * spellings found in the texts once are listed here so they do not come back.
 */
const otherSpellings = [/Фрейя|Фрейї|Фрейю|Фроя|Фрої|Фрою|Фрьоя/u, /Хітр/u, /Тронхейм|Трондгейм|Тронгхейм/u, /فريا|فرويّا|فرويه/u, /هتر|هيتره/u, /تروندهيم|ترونديم/u];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|md|yaml)$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

test("place names are spelt one way per language in every text and seed", () => {
  const root = join(import.meta.dirname, "../../../..");
  const files = [...sourceFiles(join(root, "apps/server/src")), ...sourceFiles(join(root, "packages"))].filter((path) => !path.includes("node_modules"));
  const found = files.flatMap((path) => {
    const text = readFileSync(path, "utf8");
    return otherSpellings.flatMap((spelling) => [...text.matchAll(new RegExp(spelling.source, "gu"))].map((match) => `${path.slice(root.length + 1)}: ${match[0]}`));
  });
  assert.deepEqual(found, []);
});
