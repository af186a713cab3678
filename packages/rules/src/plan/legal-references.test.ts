import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { evaluatePlan } from "./evaluate-plan.ts";
import { citedReferences, legalReferencesOf } from "./legal-references.ts";
import { validProfile } from "./profile-arbitrary.ts";

/** Laws and regulations are cited from Lovdata or the Government's own pages. */
const lawHosts = new Set(["lovdata.no", "www.regjeringen.no", "regjeringen.no"]);
/** Guides and official services that are not law: the public bodies that publish them. */
const officialHosts = new Set([...lawHosts, "www.imdi.no", "www.skatteetaten.no", "karriereveiledning.no", "www.nav.no"]);
const citesLaw = (title: string) => /lov(en|a)?\b|lov om|forskrift/i.test(title);

const cited = citedReferences();

test("the rules cite references at all (the table below is not empty)", () => {
  assert.ok(cited.length > 40, `only ${cited.length} references found`);
});

for (const { title, href, path } of cited) {
  test(`${title} (${path.split("/").slice(-2).join("/")}) links over https to ${citesLaw(title) ? "lovdata.no or regjeringen.no" : "an official source"}`, () => {
    const url = new URL(href);
    assert.equal(url.protocol, "https:");
    if (citesLaw(title)) assert.ok(lawHosts.has(url.hostname), `${href}: a law or regulation must link to lovdata.no or regjeringen.no`);
    else assert.ok(officialHosts.has(url.hostname), `${href}: not one of the official sources ${[...officialHosts].join(", ")}`);
  });
}

test("every determination and step carries legalReferences: the legalBasis texts in the same order, each with its link", () => {
  fc.assert(
    fc.property(validProfile, (profile) => {
      const plan = evaluatePlan(profile);
      for (const part of [...Object.values(plan.determinations), ...plan.steps]) {
        assert.deepEqual(
          part.legalReferences?.map((r) => r.text),
          part.legalBasis,
        );
        for (const reference of part.legalReferences ?? []) assert.match(reference.href, /^https:\/\//);
      }
    }),
    { numRuns: 200 },
  );
});

test("the links of a legal basis are built once and shared between plans", () => {
  const basis = Object.freeze(["Integreringsloven § 26 (målgruppe for opplæring i norsk og samfunnskunnskap, 18–67 år)"]);
  assert.equal(legalReferencesOf(basis), legalReferencesOf(basis));
  assert.throws(() => legalReferencesOf(["Ingen slik lov § 1"]), /no link for the legal basis/);
});
