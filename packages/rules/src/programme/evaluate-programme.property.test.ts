import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { createValidator } from "@velkomst/validation";
import { addDays, addMonths, ageOn } from "../dates/iso-date.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import { evaluateProgramme } from "./evaluate-programme.ts";
import { validParticipant } from "./participant-arbitrary.ts";
import { programmeResultSchema } from "./programme-schema.ts";
import { validateParticipant } from "./validate-participant.ts";

const validateResult = createValidator(programmeResultSchema);
const runs = { numRuns: 400 };

test("every generated participant passes validation", () => {
  fc.assert(fc.property(validParticipant, (participant) => validateParticipant(participant).ok), runs);
});

test("every result matches the published schema, and the same participant always gives the same result", () => {
  fc.assert(
    fc.property(validParticipant, (participant) => {
      const result = evaluateProgramme(participant);
      const checked = validateResult(result);
      assert.ok(checked.ok, JSON.stringify(!checked.ok && checked.errors));
      assert.deepEqual(evaluateProgramme(structuredClone(participant)), result);
    }),
    runs,
  );
});

test("every determination has a title, a why with no placeholder left, and a legal basis with a link for each provision", () => {
  fc.assert(
    fc.property(validParticipant, (participant) => {
      for (const [id, d] of Object.entries(evaluateProgramme(participant).determinations)) {
        assert.ok(d.title.trim() && d.why.trim(), `${id}: empty text`);
        assert.ok(!/\{[a-zA-Z]+\}/.test(d.why), `${id}: unfilled placeholder in "${d.why}"`);
        assert.ok(d.legalBasis.length > 0, `${id}: no legal basis`);
        assert.deepEqual(d.legalReferences?.map((r) => r.text), d.legalBasis, `${id}: one link per provision`);
      }
    }),
    runs,
  );
});

test("the benefit is the fraction of 2 G in whole kroner, full from 25, and a month is a twelfth of the year", () => {
  fc.assert(
    fc.property(validParticipant, (participant) => {
      const { value } = evaluateProgramme(participant).determinations.introductionBenefit;
      const g = ruleParameters.number("social-security/basic-amount", participant.asOf!).value;
      const [numerator, denominator] = value.fraction === "1" ? [1, 1] : value.fraction === "2/3" ? [2, 3] : [1, 3];
      assert.equal(value.basicAmount.value, g);
      assert.equal(value.perYear, Math.round((2 * g * numerator) / denominator));
      assert.ok(Math.abs(value.perMonth * 12 - value.perYear) <= 6, `${value.perMonth} × 12 vs ${value.perYear}`);
      assert.equal(value.fraction === "1", ageOn(participant.birthDate, participant.asOf!) >= 25);
      if (value.fraction !== "1") assert.equal(value.fraction === "1/3", participant.livesWithParents === true);
      assert.equal(value.basicAmount.current, participant.asOf! < addMonths(value.basicAmount.validFrom, 12));
    }),
    runs,
  );
});

test("a frame exists exactly with a right; its end dates exist exactly with a start, in order, and cover the frame", () => {
  fc.assert(
    fc.property(validParticipant, (participant) => {
      const { determinations } = evaluateProgramme(participant);
      const frame = determinations.programmeDuration.value;
      assert.equal(frame !== null, determinations.introductionProgramme.value.right);
      if (!frame) return;
      assert.ok(frame.minMonths === null || frame.minMonths <= frame.maxMonths);
      const start = participant.programmeStart;
      assert.equal(frame.standardEnd !== null, start !== undefined);
      if (start === undefined || !frame.standardEnd || !frame.latestEnd) return;
      assert.ok(start <= frame.standardEnd && frame.standardEnd <= frame.latestEnd);
      // The day before the same date `maxMonths` later, or that (month-end) date itself when the month is shorter.
      const sameDate = addMonths(start, frame.maxMonths);
      assert.ok([sameDate, addDays(sameDate, -1)].includes(frame.standardEnd), `${start} + ${frame.maxMonths} months ended ${frame.standardEnd}`);
    }),
    runs,
  );
});

test("collective protection under the temporary rules: no duty, part time possible, no social studies, Norwegian limited in time", () => {
  fc.assert(
    fc.property(
      validParticipant.map((p) => ({ ...p, residenceBasis: "collective-protection" as const })),
      (participant) => {
        const { determinations } = evaluateProgramme(participant);
        const underChapter6A = ruleParameters.temporaryRule("integration/collective-protection-temporary-rules", participant.asOf!) !== undefined;
        if (!underChapter6A) return;
        assert.equal(determinations.introductionProgramme.value.duty, false);
        assert.equal(determinations.fullTime.value.required, false);
        assert.deepEqual(determinations.socialStudies.value, { right: false, duty: false, hours: null, deadline: null });
        const training = determinations.norwegianTraining.value;
        if (training.right) {
          assert.equal(training.duty, false);
          assert.equal(training.rightEnds !== null, (participant.norwegianTrainingStart ?? participant.programmeStart) !== undefined);
        }
      },
    ),
    { numRuns: 200 },
  );
});

test("a right to Norwegian ends on a date only under the temporary rules, and social studies follow Norwegian training otherwise", () => {
  fc.assert(
    fc.property(validParticipant, (participant) => {
      const { determinations } = evaluateProgramme(participant);
      const training = determinations.norwegianTraining.value;
      const studies = determinations.socialStudies.value;
      if (training.rightEnds !== null) assert.equal(participant.residenceBasis, "collective-protection");
      if (studies.hours === 75) {
        assert.deepEqual([studies.right, studies.duty], [training.right, training.duty]);
        assert.equal(studies.deadline, addMonths(participant.arrivalDate, 12));
      }
    }),
    runs,
  );
});
