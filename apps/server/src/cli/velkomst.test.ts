import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

import { openDatabase } from "../database/database.ts";
import { prepareDatabase } from "../startup.ts";
import { scratchDirectory } from "../../test/scratch-directory.ts";

const bin = join(import.meta.dirname, "../../bin/velkomst.js");

function velkomst(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { input: options.input, encoding: "utf8", env: { ...process.env, ...options.env }, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("--help lists the operator commands", () => {
  const { status, stdout } = velkomst(["--help"]);
  assert.equal(status, 0);
  for (const command of ["migrate", "seed-demo", "backup PATH", "restore PATH", "create-admin", "plan", "programme", "settle"]) assert.ok(stdout.includes(command), command);
});

test("plan prints the plan for a valid profile from standard input", () => {
  const profile = { asOf: "2025-03-01", arrivalDate: "2025-02-10", birthDate: "1990-01-01", citizenship: "PL", residenceBasis: "eea-worker", plannedStayMonths: 4 };
  const { status, stdout } = velkomst(["plan", "-"], { input: JSON.stringify(profile) });
  assert.equal(status, 0);
  assert.equal(JSON.parse(stdout).determinations.idNumberType.value, "d-number");
});

test("plan with invalid input exits 2, prints nothing on stdout and one line per problem on stderr", (t) => {
  const dir = scratchDirectory(t, "velkomst-cli-");
  const file = join(dir, "profile.json");
  writeFileSync(file, JSON.stringify({ arrivalDate: "2025-13-01", birthDate: "1990-01-01", citizenship: "pl", residenceBasis: "eea-worker" }));
  const { status, stdout, stderr } = velkomst(["plan", file]);
  assert.equal(status, 2);
  assert.equal(stdout, "");
  assert.deepEqual(stderr.trim().split("\n").map((line) => line.split(":")[0]).sort(), ["arrivalDate", "citizenship"]);
});

test("programme prints a participant's result, with asOf from the platform's clock when the input has none", () => {
  const participant = { birthDate: "1985-04-04", residenceBasis: "collective-protection", arrivalDate: "2023-09-01", education: "higher", programmeStart: "2024-01-08" };
  const { status, stdout, stderr } = velkomst(["programme", "-"], { input: JSON.stringify(participant), env: { VELKOMST_CLOCK_START: "2024-03-01T12:00:00+01:00" } });
  assert.equal(status, 0, stderr);
  const result = JSON.parse(stdout);
  assert.equal(result.asOf, "2024-03-01");
  assert.deepEqual(result.determinations.introductionProgramme.value, { right: true, duty: false });
  assert.equal(result.determinations.norwegianTraining.value.rightEnds, "2025-01-07");
});

test("programme with invalid input exits 2, prints nothing on stdout and one line per bad field on stderr", (t) => {
  const dir = scratchDirectory(t, "velkomst-cli-");
  const file = join(dir, "participant.json");
  writeFileSync(file, JSON.stringify({ birthDate: "1985-04-04", residenceBasis: "refugee", arrivalDate: "2023-09-01", education: "phd", livesWithParents: "yes" }));
  const shape = velkomst(["programme", file]);
  assert.equal(shape.status, 2);
  assert.equal(shape.stdout, "");
  assert.deepEqual(shape.stderr.trim().split("\n").map((line) => line.split(":")[0]).sort(), ["education", "livesWithParents"]);
  const order = velkomst(["programme", "-"], { input: JSON.stringify({ asOf: "2024-03-01", birthDate: "1985-04-04", residenceBasis: "refugee", arrivalDate: "2023-09-01", education: "none", programmeStart: "2023-08-01" }) });
  assert.equal(order.status, 2);
  assert.equal(order.stdout, "");
  assert.match(order.stderr, /^programmeStart: must not be before arrivalDate$/m);
});

test("settle solves an instance, and exits 3 when households that must be placed cannot be", () => {
  const instance = {
    dimensions: ["persons"],
    municipalities: [{ id: "5014", capacity: { persons: 4 } }, { id: "5056", capacity: { persons: 3 } }],
    households: [
      { id: "a", use: { persons: 4 }, candidates: [{ municipality: "5014", score: 2 }, { municipality: "5056", score: 1 }], mustPlace: true },
      { id: "b", use: { persons: 3 }, candidates: [{ municipality: "5014", score: 5 }, { municipality: "5056", score: 1 }] },
    ],
  };
  const solved = velkomst(["settle", "-"], { input: JSON.stringify(instance) });
  assert.equal(solved.status, 0, solved.stderr);
  const result = JSON.parse(solved.stdout);
  assert.equal(result.status, "optimal");
  assert.equal(result.objective, 3);
  const infeasible = { ...instance, households: [{ ...instance.households[0], use: { persons: 9 } }] };
  const refused = velkomst(["settle", "-"], { input: JSON.stringify(infeasible) });
  assert.equal(refused.status, 3);
  const invalid = velkomst(["settle", "-"], { input: JSON.stringify({ ...instance, households: [{ ...instance.households[0], candidates: [{ municipality: "9999", score: 1 }] }] }) });
  assert.equal(invalid.status, 2);
  assert.match(invalid.stderr, /households\[0\]\.candidates\[0\]\.municipality/);
});

test("migrate, seed-demo, backup and restore work on a PGlite data directory", (t) => {
  const dir = scratchDirectory(t, "velkomst-cli-");
  const env = { DATA_DIR: join(dir, "data") };
  assert.equal(velkomst(["migrate"], { env }).status, 0);
  const seeded = velkomst(["seed-demo", "--password", "a-long-demo-password"], { env });
  assert.equal(seeded.status, 0);
  assert.match(seeded.stdout, /national-admin/);
  const backupPath = join(dir, "backup.json");
  assert.equal(velkomst(["backup", backupPath], { env }).status, 0);
  const restored = velkomst(["restore", backupPath], { env });
  assert.equal(restored.status, 0, restored.stderr);
  assert.match(restored.stdout, /restored \d+ rows/);
  const missing = velkomst(["restore", join(dir, "nope.json")], { env });
  assert.equal(missing.status, 2);
  const admin = velkomst(["create-admin", "--email", "not-an-email", "--name", "X"], { env });
  assert.equal(admin.status, 2);
});

test("send-reminders migrates a fresh database and reports what it queued and deleted", (t) => {
  const dataDir = scratchDirectory(t, "velkomst-cli-reminders-");
  const { status, stdout, stderr } = velkomst(["send-reminders"], { env: { DATA_DIR: dataDir } });
  assert.equal(status, 0, stderr);
  assert.equal(stdout, "queued 0 reminders, deleted 0 old sign-ups\n");
});

test("mail-queue counts the queue per kind and lists failures without a mail's text or full address", async (t) => {
  const dataDir = scratchDirectory(t, "velkomst-cli-mail-");
  const database = await openDatabase({ engine: "pglite", dataDir });
  await prepareDatabase(database);
  const now = new Date();
  await database.db
    .insertInto("mail_queue")
    .values([
      { template: "password-reset", recipient: "ola.nordmann@example.no", language: "nb", subject: "Nytt passord", body: "secret link /nytt-passord/abc", status: "pending", attempts: 2, last_error: "ECONNREFUSED: connect ECONNREFUSED", next_attempt_at: now, created_at: now },
      { template: "event-signup", recipient: "kari@example.no", language: "nb", status: "sent", next_attempt_at: now, created_at: now },
    ])
    .execute();
  await database.close();
  const { status, stdout, stderr } = velkomst(["mail-queue"], { env: { DATA_DIR: dataDir } });
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^all mail\s+pending 1 {2}sent 1 {2}failed 0 {2}dropped 0$/m);
  assert.match(stdout, /^password-reset\s+pending 1 /m);
  assert.match(stdout, /password-reset {2}o…@example\.no {2}attempts 2, next try .*: ECONNREFUSED/);
  assert.ok(!stdout.includes("ola.nordmann") && !stdout.includes("secret link") && !stdout.includes("Nytt passord"), stdout);
});

test("rules-status lists the rules being checked on the date given, and always exits 0", () => {
  const pastEnd = velkomst(["rules-status", "--date", "2026-12-06"]);
  assert.equal(pastEnd.status, 0);
  assert.match(pastEnd.stdout, /^2026-12-06: 1 rule is being checked\n/);
  assert.match(pastEnd.stdout, /integration\/collective-protection-temporary-rules: kept in force past 2026-07-01, an end the law has not confirmed/);
  assert.match(pastEnd.stdout, /verify: Integreringsloven kap\. 6A .*<https:\/\/lovdata\.no\//);

  const before = velkomst(["rules-status", "--date", "2026-06-30"]);
  assert.equal(before.status, 0);
  assert.equal(before.stdout, "2026-06-30: no rule is past its review horizon or an unconfirmed end\n");

  const years = velkomst(["rules-status", "--date", "2030-01-01"]);
  assert.equal(years.status, 0);
  assert.match(years.stdout, /eea\/registration-threshold-months: review overdue since 2028-11-23/);

  const today = velkomst(["rules-status"], { env: { VELKOMST_CLOCK_START: "2026-07-02T12:00:00+02:00" } });
  assert.equal(today.status, 0);
  assert.match(today.stdout, /^2026-07-02: /);

  assert.equal(velkomst(["rules-status", "--date", "2026-02-30"]).status, 2);
});

test("recognition prints the path for a question, with asOf from the platform's clock", () => {
  const { status, stdout, stderr } = velkomst(["recognition", "-"], { input: JSON.stringify({ occupation: "electrician", educationCountry: "UA" }), env: { VELKOMST_CLOCK_START: "2022-12-31T12:00:00+01:00" } });
  assert.equal(status, 0, stderr);
  const answer = JSON.parse(stdout);
  assert.equal(answer.asOf, "2022-12-31");
  assert.deepEqual(answer.routes.map((route: { body: { id: string } }) => route.body.id), ["dsb", "nokut"]);
});

test("recognition with invalid input exits 2, prints nothing on stdout and one line per bad field on stderr", () => {
  const shape = velkomst(["recognition", "-"], { input: JSON.stringify({ occupation: "", educationCountry: "Ukraine", hasDocuments: 1 }) });
  assert.equal(shape.status, 2);
  assert.equal(shape.stdout, "");
  assert.deepEqual(shape.stderr.trim().split("\n").map((line) => line.split(":")[0]).sort(), ["educationCountry", "hasDocuments", "occupation"]);
  const unknown = velkomst(["recognition", "-"], { input: JSON.stringify({ occupation: "9999", educationCountry: "UA" }) });
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^occupation: expected an occupation id/m);
});
