import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startTestApp, type TestApp } from "../../test/test-app.ts";

/** The start page's groups of task cards: each group's heading and the card titles under it, in order. */
function taskGroupsOf(html: string): Array<[string, string[]]> {
  return [...html.matchAll(/<section[^>]*data-task-group="[^"]+"[^>]*>(.*?)<\/section>/gs)].map(([, inner]) => [
    /<h2[^>]*>(.*?)<\/h2>/s.exec(inner!)![1]!,
    [...inner!.matchAll(/<h3[^>]*>(.*?)<\/h3>/gs)].map(([, title]) => title!),
  ]);
}

describe("the staff start page", () => {
  let t: TestApp;
  before(async () => (t = await startTestApp()));
  after(() => t.close());

  test("a municipality administrator's cards are grouped under headings, each card once", async () => {
    const page = await t.app.inject({ url: "/nb/ansatt", headers: { cookie: await t.signIn("municipality-admin") } });
    assert.equal(page.statusCode, 200);
    const groups = taskGroupsOf(page.body);
    assert.deepEqual(
      groups.map(([heading]) => heading),
      ["Saksbehandling", "Arbeidsgivere og frivillige", "Innhold og tjenester", "Bosetting", "Brukere og konto"],
    );
    const cards = Object.fromEntries(groups);
    assert.ok(cards["Saksbehandling"]!.includes("Deltakere i introduksjonsprogrammet"));
    assert.ok(cards["Saksbehandling"]!.includes("Forespørsler fra nykommere"));
    assert.ok(cards["Arbeidsgivere og frivillige"]!.includes("Mentorprogram"));
    assert.ok(cards["Innhold og tjenester"]!.includes("Arrangementer"));
    assert.ok(cards["Bosetting"]!.includes("Bosetting"));
    assert.deepEqual(cards["Brukere og konto"], ["Brukere og roller", "Konto og sikkerhet"]);
    assert.equal(groups.flatMap(([, titles]) => titles).length, 18);
  });

  test("a group without a card for the viewer has no heading", async () => {
    const page = await t.app.inject({ url: "/en/ansatt", headers: { cookie: await t.signIn("volunteer") } });
    assert.equal(page.statusCode, 200);
    const groups = taskGroupsOf(page.body);
    assert.ok(groups.length > 0);
    for (const [heading, titles] of groups) assert.ok(titles.length > 0, heading);
    assert.ok(!groups.some(([heading]) => heading === "Settlement"));
  });
});
