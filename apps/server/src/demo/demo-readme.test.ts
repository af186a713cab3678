import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { demoAccounts } from "./demo-seed.ts";

const readme = readFileSync(join(import.meta.dirname, "../../../../README.md"), "utf8");

test("the README lists exactly the demo accounts the seed makes, each with its role", () => {
  // Rows of the README's table of demo accounts: | role | `email` | what it reaches |
  const listed = [...readme.matchAll(/^\| ([a-z-]+) \| `([^`]+@demo\.velkomst\.no)` \|/gm)].map(([, role, email]) => `${role} ${email}`);
  assert.deepEqual(listed.sort(), demoAccounts.map((account) => `${account.role} ${account.email}`).sort());
});
