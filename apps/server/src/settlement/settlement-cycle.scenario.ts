import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import type { Engine } from "../database/database.ts";
import { testClock } from "../../test/test-clock.ts";
import type { Proposal, RunSummary } from "./settlement-runs.ts";

interface Overview {
  municipalities: Array<{ number: string; decision: { persons: number } | null; enquired: { persons: number }; settled: { persons: number }; remaining: { persons: number } }>;
  national: { requested: number; decided: number; settled: number };
}

/**
 * The whole cycle through the API on one engine. Each engine has its own test file
 * (settlement-pglite.test.ts, settlement-postgres.test.ts) so that each gets the runner's time limit.
 */
export function settlementCycleTests(engine: Engine): void {
  describe(`settlement cycle on ${engine}`, () => {
    let t: TestApp;
    let imdi: string;
    let froya: string;
    const year = 2027;

    const call = async (cookie: string, method: "GET" | "POST" | "PUT", url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
      t.app.inject({ method, url: `/api/v1/settlement${url}`, headers: { cookie, ...(payload === undefined ? {} : { "content-type": "application/json" }) }, ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }) });
    const json = <T,>(response: LightMyRequestResponse, status = 200): T => {
      assert.equal(response.statusCode, status, response.body);
      return (response.body ? response.json() : undefined) as T;
    };
    const overview = async () => json<Overview>(await call(imdi, "GET", `/years/${year}`));
    const figures = async (number: string) => (await overview()).municipalities.find((m) => m.number === number)!;
    const runBatch = async () => json<RunSummary>(await call(imdi, "POST", `/years/${year}/runs`, { timeLimitSeconds: 20 }), 201);
    const proposalsOf = async (runId: string) => json<{ proposals: Proposal[] }>(await call(imdi, "GET", `/runs/${runId}`)).proposals;
    const auditRows = (action: string) =>
      t.test.database.db.selectFrom("audit_log").select(["subject_id", "details", "actor_user_id"]).where("action", "=", action).execute();

    let firstRun: RunSummary;
    let proposals: Proposal[];

    before(async () => {
      t = await startTestApp(engine);
      imdi = await t.signIn("national-admin");
      froya = await t.signIn("municipality-admin");
    });
    after(() => t.close());

    test("IMDi opens a year, records a county recommendation and sends requests", async () => {
      json(await call(imdi, "POST", "/years", { year, nationalNeed: 100, nationalNeedMinors: 2 }), 201);
      assert.equal((await call(imdi, "POST", "/years", { year, nationalNeed: 100 })).statusCode, 409, "a year opens once");
      json(await call(imdi, "POST", `/years/${year}/county-recommendations`, { county: "50", persons: 30, unaccompaniedMinors: 0 }), 204);
      json(await call(imdi, "POST", `/years/${year}/requests`, { municipality: "5014", persons: 12, unaccompaniedMinors: 0 }), 204);
      json(await call(imdi, "POST", `/years/${year}/requests`, { municipality: "5056", persons: 10, unaccompaniedMinors: 0 }), 204);
      const bad = await call(imdi, "POST", `/years/${year}/requests`, { municipality: "5014", persons: 2, unaccompaniedMinors: 3 });
      assert.equal(bad.statusCode, 422);
      assert.equal(bad.json().errors[0].path, "unaccompaniedMinors");
      const national = (await overview()).national;
      assert.equal(national.requested, 22);
      assert.equal(national.decided, 0);
    });

    test("a municipality answers for itself only; the decision is validated", async () => {
      const decision = { persons: 10, unaccompaniedMinors: 0, wheelchairHomes: 1, healthServices: true, decidedOn: `${year - 1}-11-01` };
      assert.equal((await call(froya, "POST", `/years/${year}/municipalities/5056/decision`, decision)).statusCode, 403, "Frøya cannot answer for Hitra");
      const future = await call(froya, "POST", `/years/${year}/municipalities/5014/decision`, { ...decision, decidedOn: "2099-01-01" });
      assert.equal(future.statusCode, 422);
      assert.equal(future.json().errors[0].path, "decidedOn");
      assert.equal((await call(froya, "POST", `/years/${year}/municipalities/5014/decision`, { ...decision, persons: "ten" })).statusCode, 400);
      json(await call(froya, "POST", `/years/${year}/municipalities/5014/decision`, decision), 204);
      // IMDi records Hitra's decision from its letter.
      json(await call(imdi, "POST", `/years/${year}/municipalities/5056/decision`, { ...decision, persons: 8, decidedOn: testClock.today() }), 204);
      assert.equal((await figures("5014")).decision?.persons, 10);
      assert.equal((await overview()).national.decided, 18);
      const coordinator = await t.signIn("coordinator");
      assert.equal((await call(coordinator, "GET", "/years")).statusCode, 403);
    });

    test("a run proposes placements within the capacity left, with explanations and score parts", async () => {
      firstRun = await runBatch();
      assert.ok(["optimal", "feasible"].includes(firstRun.status));
      assert.equal(firstRun.inputs.municipalities, 2);
      assert.deepEqual(firstRun.inputs.capacity, { persons: 18, unaccompaniedMinors: 0, wheelchairHomes: 2 });
      assert.ok(firstRun.bound >= firstRun.objective - 1e-6);
      proposals = await proposalsOf(firstRun.id);
      assert.equal(proposals.length, firstRun.inputs.households);
      for (const number of ["5014", "5056"]) {
        const persons = proposals.filter((p) => p.municipality === number).reduce((s, p) => s + p.explanation.persons, 0);
        assert.ok(persons > 0 && persons <= (number === "5014" ? 10 : 8), `${number}: ${persons} persons proposed`);
      }
      const placed = proposals.filter((p) => p.municipality);
      assert.equal(placed.length, firstRun.placed);
      for (const p of placed) {
        assert.ok(p.explanation.parts, "a placement shows its score parts");
        assert.equal(p.explanation.parts!.settle, 1);
        assert.ok(p.explanation.candidates.some((c) => c.municipality === p.municipality));
      }
      // Households with no unaccompanied-minor capacity anywhere have no candidates.
      const minors = proposals.filter((p) => p.explanation.use.unaccompaniedMinors > 0);
      for (const p of minors) assert.equal(p.explanation.reason, "noCandidates");
      const objective = placed.reduce((s, p) => s + (p.score ?? 0), 0);
      assert.ok(Math.abs(objective - firstRun.objective) < 1e-3);
      const audit = await auditRows("settlement.run");
      assert.ok(audit.some((row) => row.subject_id === firstRun.id));
    });

    let overridden: Proposal;
    test("an override needs a candidate and a reason, and is audited", async () => {
      overridden = proposals.find((p) => p.municipality === "5056" && p.explanation.candidates.some((c) => c.municipality === "5014") && p.explanation.persons <= 4)!;
      assert.ok(overridden, "a proposal to Hitra that could go to Frøya");
      const noReason = await call(imdi, "POST", `/proposals/${overridden.id}/override`, { municipality: "5014", reason: "  " });
      assert.equal(noReason.statusCode, 422);
      assert.equal(noReason.json().errors[0].path, "reason");
      assert.equal((await call(imdi, "POST", `/proposals/${overridden.id}/override`, { municipality: "5014" })).statusCode, 400);
      const notCandidate = await call(imdi, "POST", `/proposals/${overridden.id}/override`, { municipality: "0301", reason: "Family in Oslo" });
      assert.equal(notCandidate.statusCode, 422);
      assert.equal((await call(froya, "POST", `/proposals/${overridden.id}/override`, { municipality: "5014", reason: "Nettverk på Frøya" })).statusCode, 403);
      json(await call(imdi, "POST", `/proposals/${overridden.id}/override`, { municipality: "5014", reason: "Har nettverk på Frøya" }), 204);
      const audit = (await auditRows("settlement.proposal.overridden")).find((row) => row.subject_id === overridden.householdId);
      assert.deepEqual(audit?.details, { proposal: overridden.id, from: "5056", to: "5014", reason: "Har nettverk på Frøya" });
      const after = (await proposalsOf(firstRun.id)).find((p) => p.id === overridden.id)!;
      assert.equal(after.override?.municipality, "5014");
      assert.equal(after.municipality, "5056", "the proposal itself is kept as the optimizer made it");
    });

    let enquiryId: string;
    test("an enquiry uses capacity; a municipality sees only its own enquiries and households", async () => {
      const before = await figures("5014");
      enquiryId = json<{ id: string }>(await call(imdi, "POST", `/proposals/${overridden.id}/enquiry`), 201).id;
      assert.equal((await call(imdi, "POST", `/proposals/${overridden.id}/enquiry`)).statusCode, 409, "one open enquiry per household");
      const now = await figures("5014");
      assert.equal(now.enquired.persons, before.enquired.persons + overridden.explanation.persons);
      assert.equal(now.remaining.persons, before.remaining.persons - overridden.explanation.persons);

      const mine = json<Array<{ id: string; municipality: { number: string } }>>(await call(froya, "GET", `/years/${year}/enquiries?open=true`));
      assert.deepEqual(mine.map((e) => e.id), [enquiryId]);
      const households = json<Array<{ id: string }>>(await call(froya, "GET", "/households"));
      assert.ok(households.some((h) => h.id === overridden.householdId));
      const other = proposals.find((p) => p.municipality === "5056" && p.id !== overridden.id)!;
      assert.ok(!households.some((h) => h.id === other.householdId));
      assert.equal((await call(froya, "GET", `/households/${other.householdId}`)).statusCode, 404, "a household not enquired to Frøya stays hidden");

      const details = json<{ members: Array<{ name: string }>; history: Array<{ kind: string }> }>(await call(froya, "GET", `/households/${overridden.householdId}`));
      assert.ok(details.members.length > 0);
      assert.ok(!details.history.some((h) => h.kind === "proposed" || h.kind === "overridden"), "the municipality does not see IMDi's internal steps");
      const reads = (await auditRows("settlement.household.viewed")).filter((row) => row.subject_id === overridden.householdId);
      assert.equal(reads.length, 1, "every read of a household's details is audited");
    });

    test("a refusal needs a reason, returns the household and excludes the municipality", async () => {
      const noReason = await call(froya, "POST", `/enquiries/${enquiryId}/answer`, { answer: "refused" });
      assert.equal(noReason.statusCode, 422);
      json(await call(froya, "POST", `/enquiries/${enquiryId}/answer`, { answer: "refused", reason: "Ingen ledig bolig av riktig størrelse" }), 204);
      assert.equal((await call(froya, "POST", `/enquiries/${enquiryId}/answer`, { answer: "accepted" })).statusCode, 409, "an enquiry is answered once");
      const household = json<{ status: string; history: Array<{ kind: string; reason?: string | null }> }>(await call(imdi, "GET", `/households/${overridden.householdId}`));
      assert.equal(household.status, "ready");
      assert.deepEqual(household.history.map((h) => h.kind).slice(-4), ["proposed", "overridden", "enquired", "refused"]);
      assert.equal((await figures("5014")).enquired.persons, 0, "the refused enquiry gives the capacity back");

      // Frøya's access to the family's personal data ends with its refusal; the reference and the answer stay.
      assert.equal((await call(froya, "GET", `/households/${overridden.householdId}`)).statusCode, 404);
      assert.ok(!json<Array<{ id: string }>>(await call(froya, "GET", "/households")).some((h) => h.id === overridden.householdId));
      const answered = json<Array<{ id: string; household: Record<string, unknown>; answer: { answer: string } }>>(await call(froya, "GET", `/years/${year}/enquiries`)).find((e) => e.id === enquiryId)!;
      assert.equal(answered.answer.answer, "refused");
      assert.deepEqual(Object.keys(answered.household).sort(), ["accessEnded", "id", "reference"], "no ages, sizes or needs");

      const second = await runBatch();
      const again = (await proposalsOf(second.id)).find((p) => p.householdId === overridden.householdId)!;
      assert.ok(again, "the household is in the next run");
      assert.ok(!again.explanation.candidates.some((c) => c.municipality === "5014"), "Frøya is no longer a candidate for it");
      proposals = await proposalsOf(second.id);
    });

    test("accepted becomes IMDi's decision: settled, counted, and out of later runs", async () => {
      const toFroya = proposals.find((p) => p.municipality === "5014" && !p.enquiry)!;
      assert.ok(toFroya);
      const id = json<{ id: string }>(await call(imdi, "POST", `/proposals/${toFroya.id}/enquiry`), 201).id;
      const hitraCoordinator = await t.signIn("coordinator");
      assert.equal((await call(hitraCoordinator, "POST", `/enquiries/${id}/answer`, { answer: "accepted" })).statusCode, 403);
      json(await call(froya, "POST", `/enquiries/${id}/answer`, { answer: "accepted" }), 204);
      const f = await figures("5014");
      assert.equal(f.settled.persons, toFroya.explanation.persons);
      assert.equal(f.remaining.persons, 10 - toFroya.explanation.persons);
      assert.ok((await auditRows("settlement.settled")).some((row) => row.subject_id === toFroya.householdId));
      const household = json<{ status: string; municipality: { number: string } }>(await call(froya, "GET", `/households/${toFroya.householdId}`));
      assert.equal(household.status, "settled");
      assert.equal(household.municipality.number, "5014");

      // Hitra's proposals all go out in one batch; Frøya may not answer them.
      const batch = json<{ sent: number; skipped: number }>(await call(imdi, "POST", `/runs/${(await runsOf())[0]!.id}/enquiries`));
      assert.ok(batch.sent > 0);
      const hitraEnquiry = json<Array<{ id: string; municipality: { number: string } }>>(await call(imdi, "GET", `/years/${year}/enquiries?open=true`)).find((e) => e.municipality.number === "5056")!;
      assert.equal((await call(froya, "POST", `/enquiries/${hitraEnquiry.id}/answer`, { answer: "accepted" })).statusCode, 403);
      const hitra = await figures("5056");
      assert.ok(hitra.enquired.persons + hitra.settled.persons <= 8, "never more than decided");

      assert.ok(!(await t.app.services.settlement.households.readyIds()).includes(toFroya.householdId), "a settled household is not in later runs");
    });

    test("weights are kept per year with their history, and a run records the weights it used", async () => {
      assert.equal((await call(imdi, "PUT", `/years/${year}/weights`, { settle: 1, labour: 3, ties: 2, services: 1, wait: 1, priority: 1, spread: 0.5, extra: 1 })).statusCode, 400);
      assert.equal((await call(imdi, "PUT", `/years/${year}/weights`, { settle: 1, labour: 30, ties: 2, services: 1, wait: 1, priority: 1, spread: 0.5 })).statusCode, 400);
      json(await call(imdi, "PUT", `/years/${year}/weights`, { settle: 1, labour: 3, ties: 2, services: 1, wait: 1, priority: 1, spread: 0.5 }), 204);
      const weights = json<{ weights: { labour: number }; history: unknown[] }>(await call(imdi, "GET", `/years/${year}/weights`));
      assert.equal(weights.weights.labour, 3);
      assert.equal(weights.history.length, 2);
      const run = await runBatch();
      assert.equal(run.weights.labour, 3);
    });

    test("fairness: placements by county, household type and need, and the share placed where they have ties", async () => {
      const fairness = json<{ placedHouseholds: number; counties: Array<{ number: string; placedPersons: number }>; types: unknown[]; needs: unknown[]; ties: { share: number | null } }>(
        await call(imdi, "GET", `/years/${year}/fairness`),
      );
      assert.ok(fairness.placedHouseholds > 0);
      assert.equal(fairness.counties.find((c) => c.number === "50")!.placedPersons, fairness.counties.reduce((s, c) => s + c.placedPersons, 0));
      assert.equal(fairness.types.length, 5);
      assert.equal((await call(froya, "GET", `/years/${year}/fairness`)).statusCode, 403);
    });

    async function runsOf() {
      return json<RunSummary[]>(await call(imdi, "GET", `/years/${year}/runs`));
    }
  });
}
