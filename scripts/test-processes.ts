import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Which test files share a process. Every process first loads the app through tsx (several seconds
 * of CPU) and compiles PGlite's WebAssembly, and that, not the tests, had become most of `npm test`'s
 * time; so neighbouring files (the same module, mostly) run a few to a process, one after another,
 * each of them still with its own databases and app. A file keeps a process of its own when it has
 * hooks at its top level (they would belong to the whole process) or drives a browser (e2e files are
 * long enough on their own and keep the two processes busy).
 */
const filesPerProcess = 6;

const ownsItsProcess = (path: string) => path.includes("/e2e/") || /^(before|after|beforeEach|afterEach)\(/m.test(readFileSync(path, "utf8"));

/** The files to hand to `node --test`: each test file that keeps its own process, and for the others, entry files written in `scratch` that import a few each. */
export function testProcesses(root: string, files: readonly string[], scratch: string): string[] {
  const alone = files.filter((file) => ownsItsProcess(join(root, file)));
  const shared = files.filter((file) => !alone.includes(file));
  const entries: string[] = [];
  for (let start = 0; start < shared.length; start += filesPerProcess) {
    const group = shared.slice(start, start + filesPerProcess);
    const entry = join(scratch, `${String(entries.length + 1).padStart(3, "0")}-${basename(dirname(group[0] ?? ""))}.test.mjs`);
    writeFileSync(entry, group.map((file) => `await import(${JSON.stringify(pathToFileURL(join(root, file)).href)});\n`).join(""));
    entries.push(entry);
  }
  return [...entries, ...alone];
}
