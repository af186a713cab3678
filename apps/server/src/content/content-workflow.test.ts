import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Viewer } from "../auth/viewer.ts";
import { createUserRepository } from "../staff/user-repository.ts";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { baselineDirectory, loadBaselineContent } from "./baseline-content.ts";
import { importBaselineContent } from "./baseline-import.ts";
import { createContent, type Content } from "./content-service.ts";
import { ConflictError } from "./content-workflow.ts";
import { ForbiddenError, InvalidInputError } from "../platform/domain-errors.ts";
import { testClock } from "../../test/test-clock.ts";

const text = (title: string, body = "## Om\n\nEn lokal side.") => ({ title, summary: `Sammendrag for ${title}`, body, sources: "Frøya kommune | https://www.froya.kommune.no", steps: ["welcome-meeting"] });

for (const engine of testEngines) {
  describe(`content workflow (${engine})`, () => {
    let t: TestApp;
    let content: Content;
    const viewers: Record<string, Viewer> = {};
    const as = (who: string) => ({ viewer: viewers[who]!, ip: "127.0.0.1" });

    before(async () => {
      t = await startTestApp(engine);
      const db = t.test.database.db;
      content = createContent({ db, config: { translationProvider: undefined, cookieSecret: "test", clock: testClock } });
      const users = createUserRepository(db);
      for (const [who, email] of Object.entries({ editor: "redaktor@demo.velkomst.no", froyaAdmin: "admin.froya@demo.velkomst.no", imdi: "imdi@demo.velkomst.no" })) {
        const user = (await users.findByEmail(email))!;
        viewers[who] = { id: user.id, email: user.email, name: user.name, totpEnabled: false, assignments: user.assignments };
      }
      // A second national admin (four eyes on the baseline), an editor in Trondheim and one in another region.
      for (const [who, role, scope] of [
        ["imdi2", "national-admin", { kind: "national", id: "" }],
        ["trondheimEditor", "editor", { kind: "municipality", id: "5001" }],
      ] as const) {
        const id = await users.create({ email: `${who.toLowerCase()}@test.velkomst.no`, name: who, passwordHash: null });
        await users.assignRole(id, { role, scope }, null);
        viewers[who] = { id, email: `${who}@test`, name: who, totpEnabled: false, assignments: [{ role, scope }] };
      }
    });
    after(() => t?.close());

    test("the baseline import is idempotent: a second run changes nothing", async () => {
      const db = t.test.database.db;
      // The baseline's own versions: those of the national pages the import writes.
      const baselineVersions = async () =>
        Number(
          (
            await db
              .selectFrom("content_versions")
              .select(db.fn.countAll<number>().as("n"))
              .where("page_id", "in", db.selectFrom("content_pages").select("id").where("scope_kind", "=", "national"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await baselineVersions();
      assert.deepEqual(await importBaselineContent(db), { published: 0, forReview: 0, skipped: 0 });
      assert.equal(await baselineVersions(), before);
      const national = await db.selectFrom("content_pages").select("slug").where("scope_kind", "=", "national").execute();
      assert.equal(national.length, 15);
    });

    test("a changed baseline file is published when nobody edited the page, and waits for review when someone did", async () => {
      const db = t.test.database.db;
      const dir = mkdtempSync(join(tmpdir(), "baseline-"));
      try {
        cpSync(baselineDirectory, dir, { recursive: true });
        for (const slug of ["health", "housing"]) {
          const file = join(dir, slug, "nb.md");
          writeFileSync(file, `${readFileSync(file, "utf8")}\n\nEn ny setning fra en ny utgave av filene.\n`);
        }
        // Someone edits housing in the app (and publishes it) first.
        const housing = (await db.selectFrom("content_pages").select("id").where("scope_kind", "=", "national").where("slug", "=", "housing").executeTakeFirstOrThrow()).id;
        const { versionId } = await content.workflow.saveText(as("imdi"), housing, "nb", text("Bolig (redigert)"), { submit: true });
        await content.workflow.approve(as("imdi2"), versionId);

        const report = await importBaselineContent(db, loadBaselineContent(dir));
        assert.deepEqual(report, { published: 1, forReview: 1, skipped: 0 });
        assert.deepEqual(await importBaselineContent(db, loadBaselineContent(dir)), { published: 0, forReview: 0, skipped: 0 });
        const health = await content.reader.getPage("5014", "health", "nb");
        assert.match(health!.html, /En ny setning fra en ny utgave av filene/);
        // The English health page was made from the old bokmål file: now outdated.
        assert.equal((await content.reader.getPage("5014", "health", "en"))!.outdated, true);
        assert.equal((await content.reader.getPage("5014", "housing", "nb"))!.title, "Bolig (redigert)");
        const queue = await content.overview.reviewQueue(viewers.imdi!);
        assert.ok(queue.some((item) => item.slug === "housing" && item.language === "nb"));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test("draft → review → published, four eyes, reader label and search index", async () => {
      const db = t.test.database.db;
      const { pageId, versionId } = await content.workflow.createPage(as("editor"), { scope: { kind: "municipality", id: "5014" }, slug: "fiskeri-jobb", ...text("Jobb i fiskeindustrien") });
      assert.equal(await content.reader.getPage("5014", "fiskeri-jobb", "nb"), undefined, "a draft is not shown");
      await assert.rejects(content.workflow.approve(as("froyaAdmin"), versionId), ConflictError, "a draft cannot be approved");
      await content.workflow.submit(as("editor"), versionId);
      await assert.rejects(content.workflow.approve(as("editor"), versionId), ForbiddenError, "the writer cannot approve");
      await content.workflow.approve(as("froyaAdmin"), versionId);
      const page = await content.reader.getPage("5014", "fiskeri-jobb", "nb");
      assert.deepEqual(page?.origin, { kind: "municipality", name: "Frøya" });
      assert.equal(await content.reader.getPage("5056", "fiskeri-jobb", "nb"), undefined, "Hitra does not see Frøya's page");
      const documents = await db.selectFrom("search_documents").select(["scope_kind", "scope_id", "language", "path"]).where("key", "=", "fiskeri-jobb").execute();
      assert.deepEqual(documents, [{ scope_kind: "municipality", scope_id: "5014", language: "nb", path: "info/fiskeri-jobb" }]);
      const audit = await db.selectFrom("audit_log").select("action").where("subject_id", "=", versionId).execute();
      assert.ok(audit.some((a) => a.action === "content.published"));
      // Unpublishing takes it out of the reader and the index.
      await content.workflow.unpublish(as("froyaAdmin"), pageId, "nb");
      assert.equal(await content.reader.getPage("5014", "fiskeri-jobb", "nb"), undefined);
      assert.equal((await db.selectFrom("search_documents").select("key").where("key", "=", "fiskeri-jobb").execute()).length, 0);
    });

    test("a froya-hitra editor cannot touch another municipality's page, another region's page or the baseline (403)", async () => {
      const db = t.test.database.db;
      const trondheim = await content.workflow.createPage(as("trondheimEditor"), { scope: { kind: "municipality", id: "5001" }, slug: "trondheim-side", ...text("Trondheim") });
      await assert.rejects(content.workflow.saveText(as("editor"), trondheim.pageId, "nb", text("Overtatt"), { submit: false }), ForbiddenError);
      await assert.rejects(content.workflow.submit(as("editor"), trondheim.versionId), ForbiddenError);
      await assert.rejects(content.workflow.discard(as("editor"), trondheim.versionId), ForbiddenError);
      await assert.rejects(content.overview.page(viewers.editor!, trondheim.pageId), ForbiddenError);
      await assert.rejects(content.overview.version(viewers.editor!, trondheim.versionId), ForbiddenError);
      await assert.rejects(content.workflow.createPage(as("editor"), { scope: { kind: "municipality", id: "5001" }, slug: "min-side", ...text("X") }), ForbiddenError);
      await assert.rejects(content.workflow.createPage(as("editor"), { scope: { kind: "national" }, slug: "ny-nasjonal", ...text("X") }), ForbiddenError);
      // Another region (Trondheim region of the test): region pages need a scope that holds all its municipalities.
      await db.insertInto("regions").values({ id: "trondheimsregionen", name: "Trondheimsregionen", county_number: "50" }).execute();
      await db.insertInto("region_municipalities").values([{ region_id: "trondheimsregionen", municipality_number: "5001" }, { region_id: "trondheimsregionen", municipality_number: "5014" }]).execute();
      await assert.rejects(content.workflow.createPage(as("editor"), { scope: { kind: "region", id: "trondheimsregionen" }, slug: "region", ...text("X") }), ForbiddenError);
      await assert.rejects(content.workflow.createPage(as("froyaAdmin"), { scope: { kind: "region", id: "froya-hitra" }, slug: "region", ...text("X") }), ForbiddenError, "Frøya's admin does not run Hitra's half of the region");
      const health = (await db.selectFrom("content_pages").select("id").where("scope_kind", "=", "national").where("slug", "=", "health").executeTakeFirstOrThrow()).id;
      await assert.rejects(content.workflow.saveText(as("editor"), health, "nb", text("Helse"), { submit: false }), ForbiddenError);
      await assert.rejects(content.workflow.unpublish(as("editor"), health, "nb"), ForbiddenError);
      // Nothing was written by the refused calls.
      const versions = await db.selectFrom("content_versions").select("id").where("page_id", "in", [trondheim.pageId, health]).where("status", "in", ["draft", "review"]).execute();
      assert.equal(versions.length, 1);
      // The region editor may work on Hitra's pages and the region's.
      await content.workflow.createPage(as("editor"), { scope: { kind: "municipality", id: "5056" }, slug: "hitra-side", ...text("Hitra") });
    });

    test("restore puts an old text back as a new draft; the published text stays until approved", async () => {
      const db = t.test.database.db;
      const created = await content.workflow.createPage(as("editor"), { scope: { kind: "region", id: "froya-hitra" }, slug: "gjenoppretting", ...text("Første utgave") });
      await content.workflow.submit(as("editor"), created.versionId);
      await content.workflow.approve(as("imdi"), created.versionId);
      const second = await content.workflow.saveText(as("editor"), created.pageId, "nb", text("Andre utgave"), { submit: true });
      await content.workflow.approve(as("imdi"), second.versionId);
      const restored = await content.workflow.restore(as("editor"), created.versionId);
      const rows = await db.selectFrom("content_versions").select(["id", "number", "status", "title", "restored_from"]).where("page_id", "=", created.pageId).orderBy("number").execute();
      assert.deepEqual(
        rows.map((r) => [r.number, r.status, r.title]),
        [
          [1, "archived", "Første utgave"],
          [2, "published", "Andre utgave"],
          [3, "draft", "Første utgave"],
        ],
      );
      assert.equal(rows[2]!.id, restored.versionId);
      assert.equal(rows[2]!.restored_from, created.versionId);
      assert.equal((await content.reader.getPage("5014", "gjenoppretting", "nb"))!.title, "Andre utgave");
      await assert.rejects(content.workflow.restore(as("editor"), restored.versionId), ConflictError, "the working copy itself cannot be restored");
    });

    test("a translation is outdated when the bokmål text changes, for editors and readers, until it is updated", async () => {
      const created = await content.workflow.createPage(as("editor"), { scope: { kind: "municipality", id: "5056" }, slug: "oversatt", ...text("Norsk tekst") });
      await assert.rejects(content.workflow.saveText(as("editor"), created.pageId, "en", text("English text"), { submit: true }), InvalidInputError, "no translation before the source is published");
      await content.workflow.submit(as("editor"), created.versionId);
      await content.workflow.approve(as("imdi"), created.versionId);
      const english = await content.workflow.saveText(as("editor"), created.pageId, "en", text("English text"), { submit: true });
      await content.workflow.approve(as("imdi"), english.versionId);
      assert.equal((await content.reader.getPage("5056", "oversatt", "en"))!.outdated, false);
      let dashboard = await content.overview.translationDashboard(viewers.editor!);
      assert.equal(dashboard.rows.find((r) => r.slug === "oversatt")!.states.en, "up-to-date");
      assert.equal(dashboard.rows.find((r) => r.slug === "oversatt")!.states.pl, "missing");

      const changed = await content.workflow.saveText(as("editor"), created.pageId, "nb", text("Norsk tekst", "## Om\n\nEn lokal side, nå med mer."), { submit: true });
      assert.equal((await content.reader.getPage("5056", "oversatt", "en"))!.outdated, false, "a bokmål draft does not outdate the translation");
      await content.workflow.approve(as("imdi"), changed.versionId);
      const page = await content.reader.getPage("5056", "oversatt", "en");
      assert.equal(page!.outdated, true);
      assert.equal(page!.lang, "en");
      dashboard = await content.overview.translationDashboard(viewers.editor!);
      assert.equal(dashboard.rows.find((r) => r.slug === "oversatt")!.states.en, "outdated");
      assert.ok(dashboard.totals.en.outdated >= 1);

      const updated = await content.workflow.saveText(as("editor"), created.pageId, "en", text("English text", "## About\n\nA local page, now with more."), { submit: true });
      await content.workflow.approve(as("imdi"), updated.versionId);
      assert.equal((await content.reader.getPage("5056", "oversatt", "en"))!.outdated, false);
    });

    test("Markdown is cleaned when saved and sanitised when shown", async () => {
      const db = t.test.database.db;
      const body = `## Trygt\n\nHei <script>alert(1)</script> [klikk](javascript:alert(1)) <img src=x onerror=alert(1)> <iframe src="https://evil.example"></iframe> [ok](https://ok.example)`;
      const created = await content.workflow.createPage(as("editor"), { scope: { kind: "municipality", id: "5014" }, slug: "xss", ...text("XSS", body) });
      const stored = await db.selectFrom("content_versions").select("body").where("id", "=", created.versionId).executeTakeFirstOrThrow();
      assert.doesNotMatch(stored.body, /<script|<img|<iframe|javascript:|onerror/i);
      assert.match(stored.body, /\[ok\]\(https:\/\/ok\.example\)/);
      const version = await content.overview.version(viewers.editor!, created.versionId);
      assert.doesNotMatch(version.html, /<script|<img|<iframe|javascript:|onerror/i);
      await assert.rejects(
        content.workflow.saveText(as("editor"), created.pageId, "nb", { ...text("X"), body: "<script>only script</script>" }, { submit: false }),
        (error: unknown) => error instanceof InvalidInputError && error.errors.some((e) => e.path === "body"),
      );
      await assert.rejects(
        content.workflow.saveText(as("editor"), created.pageId, "nb", { ...text(""), sources: "not a link" }, { submit: false }),
        (error: unknown) => error instanceof InvalidInputError && error.errors.some((e) => e.path === "title") && error.errors.some((e) => e.path === "sources"),
      );
    });

    test("a save based on an old copy is refused instead of overwriting someone else's text", async () => {
      const created = await content.workflow.createPage(as("editor"), { scope: { kind: "municipality", id: "5014" }, slug: "samtidig", ...text("Samtidig") });
      await assert.rejects(content.workflow.saveText(as("froyaAdmin"), created.pageId, "nb", text("Min"), { submit: false, basedOn: "" }), ConflictError);
    });

    test("the demo: Frøya's meeting places replace the national page with an outdated English text; the region's welcome centre page is new", async () => {
      const froya = await content.reader.listPages("5014", "en");
      const meeting = froya!.find((p) => p.slug === "meeting-places")!;
      assert.deepEqual(meeting.origin, { kind: "municipality", name: "Frøya" });
      assert.equal(meeting.outdated, true);
      assert.ok(froya!.some((p) => p.slug === "velkomstsenteret" && p.origin.kind === "region" && !p.outdated));
      const hitra = await content.reader.listPages("5056", "nb");
      assert.equal(hitra!.find((p) => p.slug === "meeting-places")!.origin.kind, "national");
      const queue = await content.overview.reviewQueue(viewers.froyaAdmin!);
      assert.ok(queue.some((item) => item.slug === "sprak-og-samfunnskurs" && item.mayApprove));
      const feedback = await content.feedback.forViewer(viewers.editor!);
      assert.ok(feedback.some((f) => f.slug === "meeting-places" && f.notUseful === 1));
      assert.ok(feedback.some((f) => f.slug === "health" && f.scope.kind === "national"), "national pages' feedback from the region's readers");
      assert.deepEqual(await content.feedback.forViewer(viewers.trondheimEditor!), []);
    });

    test("feedback: one answer per reader, page and day; a flood is refused", async () => {
      const pageId = (await content.reader.getPage("5014", "velkomstsenteret", "nb"))!.pageId;
      const input = { pageId, municipalityNumber: "5014", language: "nb" as const, useful: false, comment: "", ip: "10.0.0.9" };
      assert.equal(await content.feedback.record(input), "saved");
      assert.equal(await content.feedback.record({ ...input, useful: true, comment: "Nyttig likevel" }), "updated");
      const rows = await t.test.database.db.selectFrom("content_feedback").select(["useful", "comment", "reader_key"]).where("page_id", "=", pageId).where("comment", "=", "Nyttig likevel").execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.useful, true);
      assert.doesNotMatch(rows[0]!.reader_key, /10\.0\.0\.9/);
      const pages = await t.test.database.db.selectFrom("content_pages").select("id").where("scope_kind", "=", "national").execute();
      const outcomes = [];
      for (const page of pages) outcomes.push(await content.feedback.record({ ...input, pageId: page.id, ip: "10.0.0.10" }));
      for (const page of pages) outcomes.push(await content.feedback.record({ ...input, pageId: page.id, ip: "10.0.0.10", useful: true }));
      for (const page of pages) outcomes.push(await content.feedback.record({ ...input, pageId: page.id, ip: "10.0.0.10" }));
      assert.equal(outcomes.filter((o) => o !== "too-many").length, 30);
      assert.equal(outcomes.at(-1), "too-many");
    });
  });
}
