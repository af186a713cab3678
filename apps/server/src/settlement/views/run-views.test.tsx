import assert from "node:assert/strict";
import { test } from "node:test";
import { renderToString } from "react-dom/server";
import { directionOf, type Language } from "@velkomst/i18n";
import { uiTranslator } from "../../i18n/ui-translator.ts";
import { PageContextProvider } from "../../web/page-context.tsx";
import { defaultWeights, type Parts } from "../scoring/settlement-score.ts";
import type { HouseholdSummary } from "../settlement-households.ts";
import type { Proposal, RunSummary } from "../settlement-runs.ts";
import { ProposalPage } from "./run-views.tsx";

const parts: Parts = { settle: 1, labour: 0.6, ties: 0, services: 0, wait: 0.2, priority: 0, spread: 1 };
const run = { id: "run", year: 2027, startedAt: new Date("2027-01-10T09:00:00Z"), weights: defaultWeights } as RunSummary;
const household = { id: "h", reference: "B-2027-0001", readyOn: "2027-01-02", waitDays: 8, persons: 2, type: "couple", status: "ready", needsHealthServices: false, needsWheelchairHome: false } as HouseholdSummary;
const names = new Map([
  ["5014", "Frøya"],
  ["5056", "Hitra"],
  ["5001", "Trondheim"],
]);

function proposalWith(equals: number | undefined): Proposal {
  return {
    id: "p",
    householdId: "h",
    reference: household.reference,
    municipality: "5014",
    score: 7.2,
    explanation: {
      persons: 2,
      use: { persons: 2, unaccompaniedMinors: 0, wheelchairHomes: 0 },
      reason: "best",
      parts,
      alternatives: [],
      equals,
      candidates: [
        { municipality: "5014", score: 7.2, parts },
        { municipality: "5056", score: 7.2, parts },
        { municipality: "5001", score: 6.1, parts },
      ],
      solverReason: "",
    },
    override: null,
    enquiry: null,
  };
}

function render(lang: Language, proposal: Proposal): string {
  return renderToString(
    <PageContextProvider value={{ lang, dir: directionOf(lang), t: uiTranslator(lang), viewer: null, path: "/", search: "", csrfToken: () => "token", asset: (name) => `/assets/${name}`, now: new Date("2027-03-01T12:00:00+01:00") }}>
      <ProposalPage run={run} proposal={proposal} household={household} names={names} form={{}} />
    </PageContextProvider>,
  );
}

test("a proposal among equal candidates says how many there are and the tie rule, not 'best candidate'", () => {
  const html = render("nb", proposalWith(17));
  assert.match(html, /Frøya er én av 17 kandidater med nøyaktig samme poengsum/);
  assert.match(html, /fast trekning for husstanden/);
  assert.doesNotMatch(html, /husstandens beste kandidat/);
});

test("the override list marks the candidates tied with the proposal", () => {
  const html = render("nb", proposalWith(2));
  assert.match(html, /Hitra \(7,2 poeng, samme som forslaget\)/);
  assert.match(html, /Trondheim \(6,1 poeng\)/);
  assert.doesNotMatch(html, /Frøya \(7,2 poeng, samme som forslaget\)/, "the proposal itself is not 'the same as the proposal'");
});

test("a proposal with no equal (or from a run before the tie rule) is still the best candidate", () => {
  assert.match(render("nb", proposalWith(1)), /husstandens beste kandidat/);
  assert.match(render("nb", proposalWith(undefined)), /husstandens beste kandidat/);
});
