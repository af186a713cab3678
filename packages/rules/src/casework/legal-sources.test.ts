/**
 * The numbers and section titles the case-work rules rest on, each against the public text it was
 * checked with (searched 2026-12-06, again 2026-12-07), so a wrong figure or a misnamed section fails here with its source.
 * What no text could confirm is marked `unverified` in its parameter file, listed at the end, and in the README.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import { checkFullTime } from "./full-time-check.ts";

const imdiScope = "IMDi, «Omfang og innhold i programmet – integreringsloven» (2021-01-07): «37,5 timer per uke for et program uten krav til forberedelser eller etterarbeid, eller 30 timer per uke for et program hvor de ulike tiltak stiller betydelige krav til egenaktivitet»";
const prop89 = "Prop. 89 L (2019–2020) kap. 9.1 Gjeldende rett (introduksjonsloven § 9): «stønaden per måned utgjør 1/12 av stønaden på årsbasis. Stønaden per dag utgjør 1/30 av månedsstønaden. Stønaden per time utgjør 1/1 850 av stønaden på årsbasis»";
const imdiBenefit = "IMDi, «Introduksjonsstønad» (2021-01-11): «Stønaden tilsvarer to ganger folketrygdens grunnbeløp»";
const lawContents = "Integreringsloven, innholdsfortegnelse (lov 2020-11-06-127)";
const imdiSupervision = "IMDi, «Tilsynsinstruks 2026–2028», deltema 3 Omfanget av introduksjonsprogrammet: «Introduksjonsprogrammet skal være helårig og på fulltid»";

const values: ReadonlyArray<{ parameter: Parameters<typeof ruleParameters.number>[0]; value: number; source: string }> = [
  { parameter: "integration/programme-full-time-hours-per-week", value: 37.5, source: imdiScope },
  { parameter: "integration/programme-full-time-hours-per-week-own-activity", value: 30, source: imdiScope },
  { parameter: "integration/introduction-benefit-hours-a-year", value: 1850, source: prop89 },
  { parameter: "integration/introduction-benefit-days-a-month", value: 30, source: prop89 },
  { parameter: "integration/introduction-benefit-basic-amounts", value: 2, source: imdiBenefit },
];

for (const { parameter, value, source } of values) {
  test(`${parameter} is ${value} [${source}]`, () => assert.equal(ruleParameters.number(parameter, "2026-06-01").value, value));
}

/** Section titles as the Act's table of contents gives them; every reference to the section must use its title. */
const sectionTitles: ReadonlyArray<[section: string, title: string]> = [
  ["§ 12", "ansvar for introduksjonsprogrammet"],
  ["§ 14 a", "innholdet i introduksjonsprogrammet"],
  ["§ 20", "beregning av introduksjonsstønad"],
  ["§ 21", "reduksjon i stønad på grunn av fravær"],
];

for (const [section, title] of sectionTitles) {
  test(`integreringsloven ${section} is cited as «${title}» [${lawContents}]`, () => {
    const cited = [...ruleParameters.all.values()].flatMap((p) => p.periods.flatMap((period) => period.reference.map((r) => r.title))).filter((t) => t.startsWith(`Integreringsloven ${section} (`));
    assert.ok(cited.length > 0, `nothing cites ${section}`);
    for (const citation of cited) assert.equal(citation, `Integreringsloven ${section} (${title})`);
  });
}

test(`the introduction programme is full time under the ordinary rules [${imdiSupervision}]`, () => {
  assert.equal(ruleParameters.flag("integration/programme-full-time", "2026-06-01").value, true);
});

test(`a plan with elements that demand much own activity is full time at 30 hours a week [${imdiScope}]`, () => {
  assert.equal(checkFullTime([15, 15], "2026-06-01", true).status, "short");
  const ownActivity = checkFullTime([15, 15], "2026-06-01", true, { ownActivity: true });
  assert.deepEqual([ownActivity.status, ownActivity.normHours], ["fullTime", 30]);
});

test("what could not be checked against the law's own text is marked in the data, and nothing else is", () => {
  const unverified = [...ruleParameters.all.values()].filter((p) => p.periods.at(-1)!.unverified).map((p) => p.name);
  assert.deepEqual(unverified.sort(), [
    "integration/introduction-benefit-days-a-month",
    "integration/introduction-benefit-hours-a-year",
    "integration/programme-full-time-hours-per-week",
    "integration/programme-full-time-hours-per-week-own-activity",
    "integration/programme-start-deadline-months",
  ]);
  const why = (name: string) => ruleParameters.all.get(name)!.periods.at(-1)!.unverified ?? "";
  assert.match(why("integration/introduction-benefit-hours-a-year"), /§ 20/);
  assert.match(why("integration/introduction-benefit-days-a-month"), /§ 20/);
  assert.match(why("integration/programme-start-deadline-months"), /tre måneder/);
  assert.match(why("integration/programme-full-time-hours-per-week"), /forskrift/);
});
