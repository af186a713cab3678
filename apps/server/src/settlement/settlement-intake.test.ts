import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import type { Viewer } from "../auth/viewer.ts";
import { deliverQueuedMail } from "../mail/mail-queue.ts";
import { testClock } from "../../test/test-clock.ts";
import { countEnquiriesOfRun } from "../../test/settlement-enquiry-count.ts";
import { demoSettlementYear } from "./demo/settlement-demo.ts";
import type { HouseholdDetails, HouseholdSummary } from "./settlement-households.ts";
import type { HouseholdInput } from "./settlement-intake.ts";
import type { Proposal, RunSummary } from "./settlement-runs.ts";

const year = demoSettlementYear;
const thisYear = Number(testClock.today().slice(0, 4));

/** A family of four with a family tie to Frøya: two mapped adults, two children. */
function family(reference: string): HouseholdInput {
  return {
    reference,
    protection: "asylum",
    readyOn: testClock.today(),
    needsHealthServices: false,
    needsWheelchairHome: false,
    members: [
      {
        name: "Testa Testesen",
        birthYear: thisYear - 34,
        relation: "main",
        languages: ["tigrinja", "Engelsk"],
        mapping: { norwegianLevel: "basic", englishLevel: "good", digitalSkills: "basic", education: "vocational", workSector: "fishery", workYears: 8, otherSkills: "Sveising" },
      },
      {
        name: "Tesfay Testesen",
        birthYear: thisYear - 36,
        relation: "spouse",
        languages: ["tigrinja"],
        mapping: { norwegianLevel: "none", englishLevel: "basic", digitalSkills: "none", education: "primary", workSector: "industry", workYears: 12 },
      },
      { name: "Lilla Testesen", birthYear: thisYear - 7, relation: "child", languages: ["tigrinja"] },
      { name: "Lille Testesen", birthYear: thisYear - 2, relation: "child" },
    ],
    ties: [{ municipality: "5014", kind: "family" }],
  };
}

for (const engine of testEngines) {
  describe(`settlement household intake on ${engine}`, () => {
    let t: TestApp;
    let imdi: string;
    let froya: string;
    let householdId = "";
    let secondId = "";

    const call = (cookie: string, method: "GET" | "POST" | "PUT", url: string, payload?: unknown): Promise<LightMyRequestResponse> =>
      t.app.inject({
        method,
        url: `/api/v1/settlement${url}`,
        headers: { cookie, ...(payload === undefined ? {} : { "content-type": "application/json" }) },
        ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
      });
    const json = <T,>(response: LightMyRequestResponse, status = 200): T => {
      assert.equal(response.statusCode, status, response.body);
      return (response.body ? response.json() : undefined) as T;
    };
    const paths = (response: LightMyRequestResponse) => (response.json() as { errors: Array<{ path: string }> }).errors.map((e) => e.path);
    const householdsWith = async (references: string[]) =>
      Number((await t.test.database.db.selectFrom("settlement_households").select((eb) => eb.fn.countAll<number>().as("n")).where("reference", "in", references).executeTakeFirstOrThrow()).n);
    const auditRows = (action: string, subject: string) =>
      t.test.database.db.selectFrom("audit_log").select(["actor_user_id", "details", "at"]).where("action", "=", action).where("subject_id", "=", subject).orderBy("id").execute();
    const imdiUserId = async () => (await t.test.database.db.selectFrom("users").select("id").where("email", "=", t.emailOf("national-admin")).executeTakeFirstOrThrow()).id;

    before(async () => {
      t = await startTestApp(engine);
      imdi = await t.signIn("national-admin");
      froya = await t.signIn("municipality-admin");
    });
    after(() => t.close());

    test("IMDi registers a household; the write is audited and in its history", async () => {
      const created = json<{ id: string; reference: string }>(await call(imdi, "POST", "/households", family("T-2026-0001")), 201);
      assert.equal(created.reference, "T-2026-0001");
      householdId = created.id;
      const details = json<HouseholdDetails>(await call(imdi, "GET", `/households/${householdId}`));
      assert.equal(details.reference, "T-2026-0001");
      assert.equal(details.persons, 4);
      assert.equal(details.type, "family");
      assert.equal(details.status, "ready");
      assert.deepEqual(
        details.members.map((m) => [m.position, m.relation, m.mapping]),
        [
          [1, "main", "full"],
          [2, "spouse", "full"],
          [3, "child", null],
          [4, "child", null],
        ],
      );
      assert.deepEqual(details.members[0]!.languages, ["tigrinja", "engelsk"], "languages are stored in lower case, without repeats");
      assert.equal(details.members[0]!.workSector, "fishery");
      assert.equal(details.members[0]!.drivingLicence, null, "no driving licence question outside collective protection");
      assert.deepEqual(details.ties.map((tie) => [tie.municipality, tie.kind]), [["5014", "family"]]);
      assert.deepEqual(details.history.map((h) => h.kind), ["registered"]);

      const [audit] = await auditRows("settlement.household.registered", householdId);
      assert.equal(audit?.actor_user_id, await imdiUserId());
      assert.deepEqual(audit?.details, { reference: "T-2026-0001", persons: 4, ties: 1 }, "no names in the audit details");

      // Collective protection: the simplified mapping adds driving licence and car.
      const collective = family("T-2026-0002");
      collective.protection = "collective";
      collective.members[0]!.mapping = { ...collective.members[0]!.mapping!, drivingLicence: true, hasCar: false };
      collective.members[1]!.mapping = { ...collective.members[1]!.mapping!, drivingLicence: false, hasCar: false };
      collective.ties = [];
      secondId = json<{ id: string }>(await call(imdi, "POST", "/households", collective), 201).id;
      const second = json<HouseholdDetails>(await call(imdi, "GET", `/households/${secondId}`));
      assert.deepEqual([second.members[0]!.mapping, second.members[0]!.drivingLicence, second.members[0]!.hasCar], ["simplified", true, false]);
    });

    test("bad input is refused whole, each problem naming its field", async () => {
      // The references these refused households name: one new, one taken, one new.
      const refusedReferences = ["T-2026-0003", "T-2026-0001", "T-2026-0004"];
      const before = await householdsWith(refusedReferences);
      const schema = family("T-2026-0003");
      (schema.members[1] as { name?: string }).name = undefined;
      schema.members[2]!.birthYear = 1850;
      const bad = await call(imdi, "POST", "/households", JSON.parse(JSON.stringify(schema)));
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(paths(bad).sort(), ["members[1].name", "members[2].birthYear"]);

      const domain = family("T-2026-0001"); // taken
      domain.members[1]!.relation = "main"; // two main persons
      domain.members[2]!.mapping = { norwegianLevel: "none", englishLevel: "none", digitalSkills: "none", education: "none", workSector: "none", workYears: 0 }; // a child mapped
      domain.members[3]!.birthYear = thisYear + 1;
      domain.members[0]!.mapping = { ...domain.members[0]!.mapping!, drivingLicence: true }; // not collective
      domain.ties = [
        { municipality: "9999", kind: "network" },
        { municipality: "5014", kind: "family" },
        { municipality: "5014", kind: "network" },
      ];
      domain.readyOn = new Date(testClock.now().getTime() + 400 * 86_400_000).toISOString().slice(0, 10);
      const refused = await call(imdi, "POST", "/households", domain);
      assert.equal(refused.statusCode, 422, refused.body);
      assert.deepEqual(paths(refused).sort(), [
        "members",
        "members[0].mapping.drivingLicence",
        "members[2].mapping",
        "members[3].birthYear",
        "readyOn",
        "reference",
        "ties[0].municipality",
        "ties[2].municipality",
      ]);

      const collective = family("T-2026-0004");
      collective.protection = "collective";
      const missing = await call(imdi, "POST", "/households", collective);
      assert.equal(missing.statusCode, 422);
      assert.deepEqual(paths(missing).sort(), ["members[0].mapping.drivingLicence", "members[0].mapping.hasCar", "members[1].mapping.drivingLicence", "members[1].mapping.hasCar"]);
      assert.equal(await householdsWith(refusedReferences), before, "nothing was written");
    });

    test("only IMDi registers and corrects households", async () => {
      for (const role of ["municipality-admin", "editor", "coordinator", "employer", "volunteer"] as const) {
        const cookie = role === "municipality-admin" ? froya : await t.signIn(role);
        assert.equal((await call(cookie, "POST", "/households", family(`T-X-${role}`))).statusCode, 403, role);
        assert.equal((await call(cookie, "PUT", `/households/${householdId}`, family("T-2026-0001"))).statusCode, 403, role);
      }
      assert.equal((await call("", "POST", "/households", family("T-X-anonymous"))).statusCode, 401);
      assert.equal((await call(imdi, "PUT", "/households/00000000-0000-4000-8000-000000000000", family("T-X-missing"))).statusCode, 404);
    });

    test("IMDi corrects a household: replaced in one write, audited, shown in the history", async () => {
      const corrected = family("T-2026-0001");
      corrected.needsHealthServices = true;
      corrected.members.push({ name: "Bestemor Testesen", birthYear: thisYear - 70, relation: "other", languages: ["tigrinja"] });
      corrected.ties = [
        { municipality: "5056", kind: "network" },
        { municipality: "5014", kind: "family" },
      ];
      const result = json<{ changed: string[] }>(await call(imdi, "PUT", `/households/${householdId}`, corrected));
      assert.deepEqual(result.changed, ["needsHealthServices", "members", "ties"]);
      const details = json<HouseholdDetails>(await call(imdi, "GET", `/households/${householdId}`));
      assert.equal(details.persons, 5);
      assert.equal(details.needsHealthServices, true);
      assert.deepEqual(details.ties.map((tie) => tie.municipality).sort(), ["5014", "5056"]);
      assert.deepEqual(details.history.map((h) => h.kind), ["registered", "corrected"]);
      assert.deepEqual((details.history[1] as { fields?: string[] }).fields, ["needsHealthServices", "members", "ties"]);

      const audits = await auditRows("settlement.household.corrected", householdId);
      assert.equal(audits.length, 1);
      assert.deepEqual(audits[0]?.details, { reference: "T-2026-0001", persons: 5, fields: ["needsHealthServices", "members", "ties"] });

      // The same body again changes nothing and writes nothing.
      assert.deepEqual(json<{ changed: string[] }>(await call(imdi, "PUT", `/households/${householdId}`, corrected)).changed, []);
      assert.equal((await auditRows("settlement.household.corrected", householdId)).length, 1);

      // Another household's reference cannot be taken over.
      const taken = await call(imdi, "PUT", `/households/${householdId}`, { ...corrected, reference: "T-2026-0002" });
      assert.equal(taken.statusCode, 422);
      assert.deepEqual(paths(taken), ["reference"]);
    });

    test("the registered household is in the next matching run's instance", async () => {
      const { settlement } = t.app.services;
      const weights = await settlement.cycle.currentWeights(year);
      const { instance } = await settlement.runs.buildInstance(year, weights);
      const entry = instance.households.find((h) => h.id === householdId);
      assert.ok(entry, "the household is ready and in the instance");
      assert.deepEqual(entry.use, { persons: 5, unaccompaniedMinors: 0, wheelchairHomes: 0 });
      assert.ok(entry.candidates.length > 0);
      // Its health need leaves out municipalities without adapted services.
      const decisions = await t.test.database.db.selectFrom("settlement_decisions").select(["municipality_number", "health_services"]).where("year", "=", year).execute();
      const withoutServices = new Set(decisions.filter((d) => !d.health_services).map((d) => d.municipality_number));
      assert.ok(entry.candidates.every((c) => !withoutServices.has(c.municipality)));
      assert.ok(instance.households.some((h) => h.id === secondId));
    });

    test("an enquiry is e-mailed to the municipality's administrators; the household can then no longer be changed", async () => {
      const db = t.test.database.db;
      // A county-wide administrator also covers Frøya; a disabled one gets nothing.
      const [county, disabled] = await Promise.all([
        db.insertInto("users").values({ email: "bosetting.trondelag@test.velkomst.no", name: "Fylkesadmin" }).returning("id").executeTakeFirstOrThrow(),
        db.insertInto("users").values({ email: "sluttet.froya@test.velkomst.no", name: "Sluttet", disabled: true }).returning("id").executeTakeFirstOrThrow(),
      ]);
      await db
        .insertInto("role_assignments")
        .values([
          { user_id: county.id, role: "municipality-admin", scope_kind: "county", scope_id: "50" },
          { user_id: disabled.id, role: "municipality-admin", scope_kind: "municipality", scope_id: "5014" },
        ])
        .execute();

      const run = json<RunSummary>(await call(imdi, "POST", `/years/${year}/runs`, { timeLimitSeconds: 5 }), 201);
      const proposals = json<{ proposals: Proposal[] }>(await call(imdi, "GET", `/runs/${run.id}`)).proposals;
      const proposal = proposals.find((p) => p.householdId === householdId)!;
      assert.ok(proposal, "the household got a proposal");
      if (proposal.municipality !== "5014") {
        json(await call(imdi, "POST", `/proposals/${proposal.id}/override`, { municipality: "5014", reason: "Familie på Frøya (test)." }), 204);
      }

      // Corrected after the run: its proposal rests on old data and is not sent.
      const second = json<HouseholdDetails>(await call(imdi, "GET", `/households/${secondId}`));
      const changed = family("T-2026-0002");
      changed.protection = "collective";
      changed.members = changed.members.slice(2).map((m, i) => ({ ...m, relation: i === 0 ? "main" : "child" }));
      changed.ties = [];
      json(await call(imdi, "PUT", `/households/${second.id}`, changed));
      const stale = proposals.find((p) => p.householdId === secondId)!;
      const refused = await call(imdi, "POST", `/proposals/${stale.id}/enquiry`, undefined);
      assert.equal(refused.statusCode, 422, refused.body);
      assert.deepEqual(paths(refused), ["household"]);

      await t.deliverMail();
      const mailsBefore = t.sentMails.length;
      json(await call(imdi, "POST", `/proposals/${proposal.id}/enquiry`, undefined), 201);
      await t.deliverMail();
      const mails = t.sentMails.slice(mailsBefore);
      assert.deepEqual(mails.map((m) => m.to).sort(), ["admin.froya@demo.velkomst.no", "bosetting.trondelag@test.velkomst.no"]);
      const mail = mails[0]!;
      assert.match(mail.subject, /Forespørsel om bosetting i Frøya: husstand T-2026-0001/);
      assert.match(mail.text, /- T-2026-0001: 5 personer/);
      assert.ok(mail.text.includes(`http://localhost/nb/ansatt/bosetting/${year}/foresporsler`), mail.text);
      for (const secret of ["Testesen", "Testa", "tigrinja", "Sveising", "fishery", "fiske"]) assert.ok(!mail.text.includes(secret) && !mail.subject.includes(secret), `no ${secret} in the mail`);

      const summary = json<HouseholdSummary[]>(await call(imdi, "GET", "/households")).find((h) => h.id === householdId);
      assert.equal(summary?.status, "enquired");
      const locked = await call(imdi, "PUT", `/households/${householdId}`, family("T-2026-0001"));
      assert.equal(locked.statusCode, 409);
      assert.match(locked.json().errors?.[0]?.message ?? locked.body, /enquiry waiting/);
      assert.equal((await auditRows("settlement.household.corrected", householdId)).length, 1, "nothing written");

      // A settled household is locked too (one settled by the demo).
      const settled = json<HouseholdSummary[]>(await call(imdi, "GET", "/households")).find((h) => h.status === "settled")!;
      const settledBody = family(settled.reference);
      const conflict = await call(imdi, "PUT", `/households/${settled.id}`, settledBody);
      assert.equal(conflict.statusCode, 409);
      assert.match(conflict.body, /settled/);
    });

    test("a mail server that fails does not undo the enquiries: their mails wait in the queue and go when it is back", async () => {
      const { services } = t.app;
      const db = t.test.database.db;
      const imdiUser = await db.selectFrom("users").select(["id", "email", "name"]).where("email", "=", t.emailOf("national-admin")).executeTakeFirstOrThrow();
      const viewer: Viewer = { ...imdiUser, totpEnabled: false, assignments: [{ role: "national-admin", scope: { kind: "national", id: "" } }] };
      const actor = await services.settlement.actor(viewer, null);
      const run = (await services.settlement.runs.listRuns(year))[0]!;
      const before = await countEnquiriesOfRun(db, run.id);
      const result = await services.settlement.enquiries.sendAll(actor, run.id);
      assert.ok(result.sent > 0, "some enquiries were sent");
      assert.equal((await countEnquiriesOfRun(db, run.id)) - before, result.sent, "the enquiries stay");

      const now = testClock.now();
      const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:25"), { code: "ECONNREFUSED" });
      const broken = await deliverQueuedMail({ db, transport: { send: () => Promise.reject(refused) }, composers: {}, log: t.app.log }, now);
      assert.ok(broken.retrying >= 1, "the mail to Frøya's administrators waits for another try");
      const waiting = await db.selectFrom("mail_queue").select(["status", "last_error", "attempts"]).where("template", "=", "settlement-enquiry").where("status", "=", "pending").execute();
      assert.ok(waiting.every((row) => row.attempts === 1 && row.last_error === "ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:25"));
      const sentBefore = t.sentMails.length;
      await t.deliverMail(new Date(now.getTime() + 2 * 60_000));
      assert.ok(t.sentMails.slice(sentBefore).some((mail) => mail.to === "admin.froya@demo.velkomst.no" && mail.template === "settlement-enquiry"), "sent on the next try");
    });
  });
}
