/**
 * Collective protection is its own scheme (seed 001 lines 662–668: "Personer med midlertidig kollektiv beskyttelse –
 * fordrevne"): no text may call these people refugees, in any language, whatever rules apply on the date.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluatePlan } from "../plan/evaluate-plan.ts";
import { locales, supportedLanguages, type Language } from "./languages.ts";

export const refugeeWords: Record<Language, RegExp> = {
  nb: /flyktning/i,
  nn: /flyktning/i,
  en: /refugee/i,
  uk: /біжен/i,
  pl: /uchodźc/i,
  ar: /لاجئ/,
};

/** Before ch. 6A, while in force, on its last day, past its unconfirmed end, and years later. */
const dates = ["2022-06-14", "2023-06-01", "2026-06-30", "2026-07-01", "2026-12-06", "2030-03-01"];
/** Inside and outside the introduction-programme ages. */
const birthDates = ["1990-04-04", "1965-04-04"];

test("a plan for someone with collective protection never calls them a refugee", () => {
  for (const language of supportedLanguages) {
    for (const asOf of dates) {
      for (const birthDate of birthDates) {
        const plan = evaluatePlan({ asOf, arrivalDate: "2022-04-01", birthDate, citizenship: "UA", residenceBasis: "collective-protection", language });
        const texts = [
          ...Object.values(plan.determinations).flatMap((d) => [d.title, d.why]),
          ...plan.steps.flatMap((step) => [step.title, step.why, ...step.documents]),
        ];
        for (const text of texts) assert.doesNotMatch(text, refugeeWords[language], `${language} ${asOf} ${birthDate}: ${text}`);
      }
    }
  }
});

test("no text written for collective protection calls them a refugee", () => {
  for (const language of supportedLanguages) {
    for (const [determination, texts] of Object.entries(locales[language].determinations)) {
      for (const [key, text] of Object.entries(texts as Record<string, string>)) {
        if (/collectiveProtection/.test(key)) assert.doesNotMatch(text, refugeeWords[language], `${language} ${determination}.${key}`);
      }
    }
  }
});
