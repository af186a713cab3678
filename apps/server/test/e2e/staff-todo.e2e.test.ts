import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { demoAccounts } from "../../src/demo/demo-seed.ts";
import type { Role } from "../../src/staff/roles.ts";
import { expectAccessible, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
const emailOf = (role: Role, scopeKind?: string) => demoAccounts.find((a) => a.role === role && (!scopeKind || a.scope.kind === scopeKind))!.email;

/** The to-do block as the viewer sees it: each kind with its count, in the order shown. */
async function todoOf(page: Page): Promise<Array<[string, number]>> {
  const items = page.locator(".staff-todo li[data-kind]");
  return Promise.all((await items.all()).map(async (item) => [(await item.getAttribute("data-kind"))!, Number(await item.getAttribute("data-count"))] as [string, number]));
}

const countOf = (todo: Array<[string, number]>, kind: string) => todo.find(([k]) => k === kind)?.[1] ?? 0;

async function startPageOf(email: string, lang = "nb"): Promise<Page> {
  const page = await signInAsStaff(await phoneContext(e2e.browser), e2e.server.baseUrl, email);
  if (lang !== "nb") await page.goto(`${e2e.server.baseUrl}/${lang}/ansatt`);
  return page;
}

describe("the staff start page shows the work waiting for each role, most urgent first", () => {
  test("overdue checklist items, enquiries, ready households and texts to approve, counted within each role's scope", async () => {
    const { db, clock, users, content } = e2e.server.testApp.app.services;
    const frøyaAdmin = await startPageOf(emailOf("municipality-admin"));
    const coordinator = await startPageOf(emailOf("coordinator", "municipality"));
    const imdi = await startPageOf(emailOf("national-admin"));
    const editor = await startPageOf(emailOf("editor"));
    const before = { admin: await todoOf(frøyaAdmin), coordinator: await todoOf(coordinator), imdi: await todoOf(imdi), editor: await todoOf(editor) };

    // Rows this test makes: a checklist item of the Frøya–Hitra region past its date, an enquiry
    // to Frøya about a ready household, and a Frøya text the editor sends for approval.
    const yesterday = new Date(Date.parse(`${clock.today()}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const checklist = await db.selectFrom("readiness_checklists").select("id").where("region_id", "=", "froya-hitra").executeTakeFirstOrThrow();
    const notOverdue = await db
      .selectFrom("readiness_items")
      .select("item_id")
      .where("checklist_id", "=", checklist.id)
      .where("status", "in", ["not-started", "in-progress"])
      .where("due_date", ">=", clock.today())
      .executeTakeFirstOrThrow();
    await db.updateTable("readiness_items").set({ due_date: yesterday }).where("checklist_id", "=", checklist.id).where("item_id", "=", notOverdue.item_id).execute();
    const [ready] = await e2e.server.testApp.app.services.settlement.households.readyIds();
    const household = await db.selectFrom("settlement_households").select(["id"]).where("id", "=", ready!).executeTakeFirstOrThrow();
    const year = (await db.selectFrom("settlement_years").select("year").orderBy("year", "desc").executeTakeFirstOrThrow()).year;
    await db
      .insertInto("settlement_enquiries")
      .values({ year, household_id: household.id, municipality_number: "5014", persons: 1, unaccompanied_minors: 0, wheelchair_homes: 0, sent_by: null })
      .execute();
    const editorViewer = (await users.findByEmail(emailOf("editor")))!;
    await content.workflow.createPage(
      { viewer: editorViewer, ip: null },
      { scope: { kind: "municipality", id: "5014" }, slug: "todo-test-side", title: "Ny side om fiske", summary: "Kort.", body: "Tekst.", sources: "", steps: [] },
    );
    const created = await db.selectFrom("content_pages").innerJoin("content_versions", "content_versions.page_id", "content_pages.id").select("content_versions.id").where("content_pages.slug", "=", "todo-test-side").executeTakeFirstOrThrow();
    await content.workflow.submit({ viewer: editorViewer, ip: null }, created.id);

    for (const page of [frøyaAdmin, coordinator, imdi, editor]) await page.reload();
    const after = { admin: await todoOf(frøyaAdmin), coordinator: await todoOf(coordinator), imdi: await todoOf(imdi), editor: await todoOf(editor) };

    // Frøya's administrator keeps the region's checklist, answers Frøya's enquiries and approves Frøya's texts.
    assert.equal(countOf(after.admin, "overdue"), countOf(before.admin, "overdue") + 1);
    assert.equal(countOf(after.admin, "enquiries"), countOf(before.admin, "enquiries") + 1);
    assert.equal(countOf(after.admin, "approvals"), countOf(before.admin, "approvals") + 1);
    assert.deepEqual(
      after.admin.map(([kind]) => kind),
      ["overdue", "enquiries", "approvals"],
      "most urgent first: a passed deadline, a household waiting, then texts",
    );
    assert.ok(await frøyaAdmin.getByRole("link", { name: /forespørsler? om bosetting venter på svar/ }).isVisible());
    // Hitra's coordinator keeps the same regional checklist, and has no enquiries or texts to see to.
    assert.equal(countOf(after.coordinator, "overdue"), countOf(before.coordinator, "overdue") + 1);
    assert.deepEqual(after.coordinator.map(([kind]) => kind), ["overdue"]);
    // IMDi proposes households: the one now enquired about no longer waits.
    assert.equal(countOf(after.imdi, "households"), countOf(before.imdi, "households") - 1);
    assert.equal(countOf(after.imdi, "overdue"), 0, "IMDi follows checklists but does not keep them");
    // The editor wrote the text: someone else must approve it (four eyes).
    assert.equal(countOf(after.editor, "approvals"), countOf(before.editor, "approvals"));

    await frøyaAdmin.getByRole("link", { name: /venter på svar/ }).click();
    await frøyaAdmin.waitForURL(new RegExp(`/nb/ansatt/bosetting/${year}/foresporsler$`));
    for (const page of [frøyaAdmin, coordinator, imdi, editor]) await page.context().close();
  });

  test("a role without such work is told nothing waits", async () => {
    const page = await startPageOf(emailOf("employer"));
    assert.ok(await page.getByText("Ingenting venter på deg akkurat nå.").isVisible());
    assert.deepEqual(await todoOf(page), []);
    await page.context().close();
  });

  test("the block at 360 px in bokmål, Ukrainian and Arabic (axe clean, no sideways scrolling)", async () => {
    const email = emailOf("municipality-admin");
    for (const lang of ["nb", "uk", "ar"]) {
      const page = await startPageOf(email, lang);
      assert.ok((await todoOf(page)).length > 0);
      await expectAccessible(page, `staff to-do ${lang}`);
      await screenshot(page, `staff-todo-${lang}-360`);
      await page.context().close();
    }
  });
});
