import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluatePlan } from "./evaluate-plan.ts";

const eeaWorker = {
  asOf: "2025-02-01",
  arrivalDate: "2025-01-01",
  birthDate: "1990-07-01",
  citizenship: "PL",
  residenceBasis: "eea-worker",
  municipality: "5014",
  language: "nb",
} as const;

test("deadlines come in date order: reporting the move (8 days) before registering with the police (3 months)", () => {
  const steps = evaluatePlan(eeaWorker).steps;
  const dated = steps.filter((step) => step.dueBy).map((step) => [step.id, step.dueBy]);
  assert.deepEqual(dated, [
    ["report-move", "2025-01-09"],
    ["eea-registration", "2025-04-01"],
  ]);
  const ids = steps.map((step) => step.id);
  assert.equal(ids[0], "welcome-meeting", "steps without a deadline keep their places");
  for (const [index, step] of steps.entries()) for (const before of step.after) assert.ok(ids.indexOf(before) < index, `${before} before ${step.id}`);
});

test("with only the month of arrival known, a deadline is a time after arrival, never a date counted from the 1st", () => {
  const plan = evaluatePlan({ ...eeaWorker, arrivalDayUnknown: true });
  const reportMove = plan.steps.find((step) => step.id === "report-move")!;
  assert.deepEqual(reportMove.dueAfterArrival, { days: 8 });
  assert.match(reportMove.why, /innen 8 dager etter ankomst\./);
  assert.doesNotMatch(reportMove.why, /januar/);
  const registration = plan.steps.find((step) => step.id === "eea-registration")!;
  assert.deepEqual(registration.dueAfterArrival, { months: 3 });
  assert.match(plan.determinations.eeaRegistration.why, /innen 3 måneder etter ankomst\./);
  assert.match(evaluatePlan({ ...eeaWorker, arrivalDayUnknown: true, language: "en" }).determinations.eeaRegistration.why, /by 3 months after arrival\./);
  assert.equal(evaluatePlan(eeaWorker).steps.find((step) => step.id === "report-move")!.dueAfterArrival, undefined, "a known day gives a date");
});
