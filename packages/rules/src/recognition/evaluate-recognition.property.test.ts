import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { supportedLanguages } from "../locales/languages.ts";
import { evaluateRecognition } from "./evaluate-recognition.ts";
import { recognitionData } from "./recognition-data.ts";
import { educationLevels } from "./recognition-data-schema.ts";
import { recognitionLocales } from "./recognition-texts.ts";
import { validateRecognitionQuestion } from "./validate-question.ts";

const data = recognitionData();
const isoDay = (days: number) => new Date(Date.UTC(2022, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
const question = fc.record(
  {
    asOf: fc.integer({ min: 0, max: 6 * 365 }).map(isoDay),
    occupation: fc.oneof(fc.constantFrom(...data.occupations.map((o) => o.id)), fc.constantFrom(...data.occupations.map((o) => o.styrk08))),
    educationCountry: fc.constantFrom("NO", "SE", "PL", "DE", "GB", "UA", "PH", "SY", "ER", "AF", "IS", "CH"),
    citizenship: fc.constantFrom("NO", "SE", "PL", "UA", "PH", "SY", "GB"),
    educationLevel: fc.constantFrom(...educationLevels),
    hasDocuments: fc.boolean(),
    language: fc.constantFrom(...supportedLanguages, "uk-UA", "ti"),
  },
  { requiredKeys: ["occupation", "educationCountry", "asOf"] },
);

const unverifiedLead = Object.fromEntries(supportedLanguages.map((language) => [language, recognitionLocales[language].why.unverified.split("{")[0]!]));

test("every answer has routes with why, legal basis and review date, a body for all but none-needed, and says when a fact is unverified", () => {
  fc.assert(
    fc.property(question, (input) => {
      const checked = validateRecognitionQuestion(input);
      assert.ok(checked.ok, JSON.stringify(checked));
      const answer = evaluateRecognition(checked.value);
      assert.ok(answer.routes.length > 0);
      assert.equal(answer.routes[0]!.kind, answer.regulated ? "authorisation" : "none-needed");
      for (const route of answer.routes) {
        assert.ok(route.why.trim() && route.legalBasis.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(route.lastReviewed), route.kind);
        assert.equal(route.body === undefined, route.kind === "none-needed");
        if (route.body) assert.match(route.body.url, /^https?:\/\//);
        assert.equal(route.verified, !route.why.includes(unverifiedLead[answer.language as keyof typeof unverifiedLead]!), route.why);
      }
      if (answer.educationFrom === "norway") assert.equal(answer.routes.length, 1);
      const kinds = answer.routes.map((route) => route.kind);
      assert.ok(!(kinds.includes("general-recognition") && kinds.includes("undocumented-education")));
      assert.equal(new Set(kinds).size, kinds.length);
      const bodies = answer.routes.map((route) => route.body?.id);
      if (answer.asOf < "2023-01-01") assert.ok(!bodies.includes("hk-dir"));
      else assert.ok(!bodies.includes("nokut"));
      assert.ok(answer.meanwhile.length >= 2);
    }),
    { numRuns: 400 },
  );
});

test("the directive is cited exactly when a regulated occupation's education is from the EEA and the person is an EEA citizen or did not say", () => {
  fc.assert(
    fc.property(question, (input) => {
      const checked = validateRecognitionQuestion(input);
      assert.ok(checked.ok);
      const answer = evaluateRecognition(checked.value);
      const authorisation = answer.routes.find((route) => route.kind === "authorisation");
      if (!authorisation) return;
      const thirdCountryCitizen = input.citizenship !== undefined && ["UA", "PH", "SY", "GB"].includes(input.citizenship);
      const cites = authorisation.legalBasis.some((title) => title.includes("2005/36"));
      assert.equal(cites, answer.educationFrom === "eea" && !thirdCountryCitizen);
    }),
    { numRuns: 300 },
  );
});

test("the answer is the same for the same question (pure), and every answer validates the occupation it names", () => {
  fc.assert(
    fc.property(question, (input) => {
      const checked = validateRecognitionQuestion(input);
      assert.ok(checked.ok);
      assert.deepEqual(evaluateRecognition(checked.value), evaluateRecognition(checked.value));
    }),
    { numRuns: 100 },
  );
});

test("any input that is not a question is refused with field errors, never an exception", () => {
  fc.assert(
    fc.property(fc.anything(), (input) => {
      const checked = validateRecognitionQuestion(input);
      if (!checked.ok) assert.ok(checked.errors.length > 0 && checked.errors.every((e) => typeof e.path === "string" && e.message));
    }),
    { numRuns: 300 },
  );
});
