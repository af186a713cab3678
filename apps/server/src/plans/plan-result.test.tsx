import assert from "node:assert/strict";
import { test } from "node:test";
import { renderToString } from "react-dom/server";
import { directionOf, languageCodes, type Language } from "@velkomst/i18n";
import { evaluatePlan, rulesBeingChecked, type Profile } from "@velkomst/rules";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { PageContextProvider } from "../web/page-context.tsx";
import { PlanResultPage } from "./plan-result.tsx";
import { planTexts } from "./plan-texts.ts";
import { RulesStatusBlock } from "./rules-status-block.tsx";

const inContext = (lang: Language, children: React.ReactNode) =>
  renderToString(
    <PageContextProvider value={{ lang, dir: directionOf(lang), t: uiTranslator(lang), viewer: null, path: "/", search: "", csrfToken: () => "token", asset: (name) => `/assets/${name}`, now: new Date("2027-03-01T12:00:00+01:00") }}>{children}</PageContextProvider>,
  );

/** A Ukrainian with collective protection on 2026-12-06, past the recorded but unconfirmed end of ch. 6A. */
const ukrainian = (language: Language): Profile => ({ asOf: "2026-12-06", arrivalDate: "2026-09-01", birthDate: "1990-07-01", citizenship: "UA", residenceBasis: "collective-protection", language });

test("the plan page says a rule past its unconfirmed end is being checked and links the source, in every language", () => {
  for (const lang of languageCodes) {
    const plan = evaluatePlan(ukrainian(lang));
    const html = inContext(lang, <PlanResultPage plan={plan} profile={ukrainian(lang)} answers={{}} saveState={{ kind: "staff" }} />);
    const right = /id="right-introductionProgramme"[\s\S]*?<\/li>/.exec(html)?.[0] ?? "";
    assert.ok(right.includes(planTexts(lang)("result.ruleCheckSource")), `${lang}: the source label`);
    assert.match(right, /<a[^>]*href="https:\/\/lovdata\.no\/dokument\/NL\/lov\/2020-11-06-127"[^>]*lang="nb"[^>]*>Integreringsloven kap\. 6A/, `${lang}: the source is a link`);
    assert.ok(right.includes(plan.determinations.introductionProgramme.why.replace(/'/g, "&#x27;")), `${lang}: the why with the check`);
  }
});

test("the rules-status block lists each rule being checked with its source, or says there is none", () => {
  const html = inContext("nb", <RulesStatusBlock checks={rulesBeingChecked("2026-12-06")} />);
  assert.match(html, /Regler som kontrolleres/);
  assert.match(html, /integration\/collective-protection-temporary-rules/);
  assert.match(html, /Skulle slutte 1\. juli 2026, men slutten er ikke bekreftet i loven/);
  assert.match(html, /href="https:\/\/lovdata\.no\/dokument\/NL\/lov\/2020-11-06-127"/);
  assert.match(inContext("nb", <RulesStatusBlock checks={rulesBeingChecked("2026-06-30")} />), /Ingen regler må kontrolleres nå\./);
});

test("the plan page and the questionnaire never call collective protection a refugee, in any language", () => {
  // Refugee in each language: flyktning (nb, nn), refugee, біженець, uchodźca, لاجئ.
  const refugee = /flyktning|refugee|біжен|uchodźc|لاجئ/i;
  for (const lang of languageCodes) {
    assert.doesNotMatch(planTexts(lang)("bases.collective-protection"), refugee, `${lang}: the answer option`);
    for (const asOf of ["2023-06-01", "2026-12-06"]) {
      const profile = { ...ukrainian(lang), asOf };
      const html = inContext(lang, <PlanResultPage plan={evaluatePlan(profile)} profile={profile} answers={{}} saveState={{ kind: "staff" }} />);
      assert.doesNotMatch(html.replace(/<[^>]+>/g, " "), refugee, `${lang} ${asOf}: the plan page`);
    }
  }
});
