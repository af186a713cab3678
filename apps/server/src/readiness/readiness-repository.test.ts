import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { seedDemo } from "../demo/demo-seed.ts";
import { testClock } from "../../test/test-clock.ts";
import { ForbiddenError, InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { createUserRepository } from "../staff/user-repository.ts";
import { prepareDatabase } from "../startup.ts";
import { createEmptyDatabase, testEngines, type TestDatabase } from "../../test/test-database.ts";
import { minimalPdf } from "./readiness-demo.ts";
import type { ItemInput } from "./readiness-input.ts";
import { createReadiness, effectiveOwnerKey, type Actor } from "./readiness-repository.ts";

const today = testClock.today();
const input = (overrides: Partial<ItemInput> = {}): ItemInput => ({ status: "in-progress", ownerUserId: null, ownerName: "", dueDate: null, notes: "", ...overrides });

test("a municipality follows its region's started checklist, else its own, else its first region", () => {
  const started = (keys: string[]) => (key: { kind: string; id: string }) => keys.includes(`${key.kind}:${key.id}`);
  assert.deepEqual(effectiveOwnerKey("5014", ["froya-hitra"], started([])), { kind: "region", id: "froya-hitra" });
  assert.deepEqual(effectiveOwnerKey("5014", ["a", "b"], started(["region:b"])), { kind: "region", id: "b" });
  assert.deepEqual(effectiveOwnerKey("5014", ["a"], started(["municipality:5014"])), { kind: "municipality", id: "5014" });
  assert.deepEqual(effectiveOwnerKey("0301", [], started([])), { kind: "municipality", id: "0301" });
});

for (const engine of testEngines) {
  describe(`readiness checklists on ${engine}`, () => {
    let test_: TestDatabase;
    let readiness: ReturnType<typeof createReadiness>;
    const actors = new Map<string, Actor>();
    const actor = (email: string) => actors.get(email)!;
    const hitra = "koordinator.hitra@demo.velkomst.no";
    const county = "fylke.trondelag@demo.velkomst.no";
    const editor = "redaktor@demo.velkomst.no";
    const imdi = "imdi@demo.velkomst.no";
    const employer = "arbeidsgiver@demo.velkomst.no";

    before(async () => {
      test_ = await createEmptyDatabase(engine);
      await prepareDatabase(test_.database);
      await seedDemo(test_.database.db, { clock: testClock, password: "a-long-enough-password" });
      readiness = createReadiness(test_.database.db, testClock);
      const users = createUserRepository(test_.database.db);
      for (const user of await users.list()) actors.set(user.email, { id: user.id, name: user.name, assignments: user.assignments });
    });
    after(() => test_.dispose());

    test("Frøya and Hitra both lead to the region's checklist; an unknown place to nothing", async () => {
      for (const place of ["5014", "5056", "froya-hitra"]) {
        const owner = await readiness.resolve(place, today);
        assert.equal(owner?.kind, "region", place);
        assert.equal(owner?.id, "froya-hitra");
        assert.deepEqual(owner?.members.map((m) => m.number).sort(), ["5014", "5056"]);
      }
      assert.equal((await readiness.resolve("0301", today))?.kind, "municipality");
      assert.equal(await readiness.resolve("9999", today), undefined);
      assert.equal(await readiness.resolve("no-such-region", today), undefined);
      assert.equal(await readiness.resolve("../etc", today), undefined);
    });

    test("the demo checklist is partly done: 5 done, 3 in progress, 2 not started (1 overdue), 1 not relevant", async () => {
      const owner = (await readiness.resolve("froya-hitra", today))!;
      const list = await readiness.checklist(actor(hitra), owner, today);
      const count = (status: string) => list.items.filter((i) => i.status === status).length;
      assert.deepEqual([count("done"), count("in-progress"), count("not-started"), count("not-relevant")], [5, 3, 2, 1]);
      assert.equal(list.items.length, 11);
      assert.equal(list.overdue, 1);
      assert.equal(list.items.find((i) => i.overdue)?.id, "involve-immigrants");
      assert.equal(list.items.find((i) => i.id === "cooperation-agreement")?.ownerDisplay, "Mona Strand");
      assert.equal(list.items.find((i) => i.id === "cooperation-agreement")?.documents.length, 1);
      assert.match(list.items.find((i) => i.id === "meeting-place")?.notes ?? "", /kommunetorget/);
    });

    test("a coordinator updates an item with a document; the history says who, when and what; the bytes come back unchanged", async () => {
      const owner = (await readiness.resolve("5056", today))!;
      const pdf = minimalPdf("Survey results");
      const result = await readiness.updateItem(
        actor(hitra),
        owner,
        "involve-immigrants",
        input({ status: "done", ownerUserId: actor(hitra).id, dueDate: "2026-01-31", notes: "Spørreundersøkelsen er gjennomført." }),
        { fileName: "undersøkelse.pdf", contentType: "application/pdf", bytes: pdf },
      );
      assert.deepEqual(result, { changed: true });
      const { item, history } = await readiness.item(actor(county), owner, "involve-immigrants", today);
      assert.equal(item.status, "done");
      assert.equal(item.overdue, false);
      assert.equal(item.ownerDisplay, "Amina Hassan");
      assert.equal(item.dueDate, "2026-01-31");
      assert.equal(item.documents.length, 1);
      const latest = history[0]!;
      assert.equal(latest.actorName, "Amina Hassan");
      assert.ok(testClock.now().getTime() - latest.at.getTime() < 60_000);
      assert.deepEqual(latest.changes.status, { from: "not-started", to: "done" });
      assert.deepEqual(latest.changes.owner, { from: "Tilflyttingskoordinator, Frøya kommune", to: "Amina Hassan" });
      assert.equal(latest.changes.notes?.to, "Spørreundersøkelsen er gjennomført.");
      assert.equal(latest.changes.documentAdded, "undersøkelse.pdf");
      const file = await readiness.document(actor(county), owner, "involve-immigrants", item.documents[0]!.id);
      assert.equal(file.fileName, "undersøkelse.pdf");
      assert.ok(file.content.equals(pdf));

      // Saving the same values again changes nothing and writes no history.
      const again = await readiness.updateItem(
        actor(hitra),
        owner,
        "involve-immigrants",
        input({ status: "done", ownerUserId: actor(hitra).id, dueDate: "2026-01-31", notes: "Spørreundersøkelsen er gjennomført." }),
      );
      assert.deepEqual(again, { changed: false });
      assert.equal((await readiness.item(actor(hitra), owner, "involve-immigrants", today)).history.length, history.length);
    });

    test("removing a document is a change in the history too", async () => {
      const owner = (await readiness.resolve("froya-hitra", today))!;
      const before = await readiness.item(actor(editor), owner, "cooperation-agreement", today);
      const documentId = before.item.documents[0]!.id;
      await readiness.removeDocument(actor(editor), owner, "cooperation-agreement", documentId);
      const afterwards = await readiness.item(actor(editor), owner, "cooperation-agreement", today);
      assert.equal(afterwards.item.documents.length, 0);
      assert.equal(afterwards.history[0]?.changes.documentRemoved, "samarbeidsavtale-sua-froya-hitra.pdf");
      assert.equal(afterwards.history[0]?.actorName, "Eirik Sandvik");
      await assert.rejects(readiness.removeDocument(actor(editor), owner, "cooperation-agreement", documentId), NotFoundError);
    });

    test("scope: others' checklists are refused, the county and IMDi read but do not edit", async () => {
      const region = (await readiness.resolve("froya-hitra", today))!;
      const oslo = (await readiness.resolve("0301", today))!;
      const trondheim = (await readiness.resolve("5001", today))!;
      // An editor of Frøya og Hitra cannot change or read Oslo's checklist.
      await assert.rejects(readiness.updateItem(actor(editor), oslo, "financing", input()), ForbiddenError);
      await assert.rejects(readiness.checklist(actor(editor), oslo, today), ForbiddenError);
      // The county reads everything in Trøndelag, nothing outside it, and changes nothing.
      assert.equal((await readiness.checklist(actor(county), trondheim, today)).items.length, 11);
      await assert.rejects(readiness.checklist(actor(county), oslo, today), ForbiddenError);
      await assert.rejects(readiness.updateItem(actor(county), region, "financing", input()), ForbiddenError);
      // IMDi reads all, edits none; an employer reads none.
      assert.equal((await readiness.checklist(actor(imdi), oslo, today)).done, 0);
      await assert.rejects(readiness.updateItem(actor(imdi), oslo, "financing", input()), ForbiddenError);
      await assert.rejects(readiness.checklist(actor(employer), region, today), ForbiddenError);
      // Nothing was written by the refused attempts.
      const started = await test_.database.db.selectFrom("readiness_checklists").select("id").execute();
      assert.equal(started.length, 1);
    });

    test("only a colleague who can read the checklist can be named responsible", async () => {
      const region = (await readiness.resolve("froya-hitra", today))!;
      const candidates = (await readiness.ownerCandidates(region)).map((c) => c.name);
      assert.ok(candidates.includes("Amina Hassan") && candidates.includes("Siri Aune (Trøndelag fylkeskommune)"));
      assert.ok(!candidates.includes("Kari Fiskeindustri AS"));
      await assert.rejects(readiness.updateItem(actor(hitra), region, "financing", input({ ownerUserId: actor(employer).id })), InvalidInputError);
    });

    test("the database itself refuses 'not relevant' without a note", async () => {
      const region = (await readiness.resolve("froya-hitra", today))!;
      const id = (await test_.database.db.selectFrom("readiness_checklists").select("id").where("region_id", "=", region.id).executeTakeFirstOrThrow()).id;
      await assert.rejects(
        test_.database.db.updateTable("readiness_items").set({ status: "not-relevant", notes: " " }).where("checklist_id", "=", id).where("item_id", "=", "information-plan").execute(),
      );
    });

    test("the overview: the county sees its municipalities, the region's progress on both members; IMDi sees all 357", async () => {
      const countyView = await readiness.overview(actor(county), undefined, today);
      const inTrondelag = await test_.database.db.selectFrom("municipalities").select("number").where("county_number", "=", "50").execute();
      assert.equal(countyView.rows.length, inTrondelag.length);
      assert.deepEqual(countyView.counties.map((c) => c.number), ["50"]);
      const froya = countyView.rows.find((r) => r.number === "5014")!;
      const hitraRow = countyView.rows.find((r) => r.number === "5056")!;
      assert.equal(froya.region?.id, "froya-hitra");
      assert.deepEqual([froya.done, froya.overdue, froya.notRelevant], [hitraRow.done, hitraRow.overdue, hitraRow.notRelevant]);
      assert.equal(froya.done, 6); // 5 from the demo + the one the coordinator finished above
      assert.equal(froya.overdue, 0);
      assert.ok(froya.lastChanged && testClock.now().getTime() - froya.lastChanged.getTime() < 60_000);
      assert.equal(countyView.rows.find((r) => r.number === "5001")?.started, false);

      const national = await readiness.overview(actor(imdi), undefined, today);
      assert.equal(national.rows.length, 357);
      assert.equal(national.counties.length, 15);
      const filtered = await readiness.overview(actor(imdi), "50", today);
      assert.equal(filtered.rows.length, inTrondelag.length);
      assert.equal(filtered.county, "50");
      // A county outside the viewer's scope is not a filter, it is ignored.
      assert.equal((await readiness.overview(actor(county), "03", today)).rows.length, inTrondelag.length);
      assert.deepEqual((await readiness.overview(actor(editor), undefined, today)).rows.map((r) => r.number).sort(), ["5014", "5056"]);
      assert.equal((await readiness.overview(actor(employer), undefined, today)).rows.length, 0);
    });
  });
}
