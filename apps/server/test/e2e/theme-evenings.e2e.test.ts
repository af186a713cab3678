import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { demoAccounts } from "../../src/demo/demo-seed.ts";
import { addDays } from "../../src/events/oslo-time.ts";
import { checkRtlPages, expectAccessible, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
const hitraCoordinator = demoAccounts.find((a) => a.role === "coordinator" && a.scope.kind === "municipality")!.email;

describe("theme evenings on a phone", () => {
  test("a coordinator copies a theme evening into the municipality's events", async () => {
    const { baseUrl } = e2e.server;
    const page = await signInAsStaff(await phoneContext(e2e.browser), baseUrl, hitraCoordinator);
    await page.getByRole("link", { name: /Temakvelder «Ny i Norge»/ }).click();
    await expectAccessible(page, "theme evenings nb");
    await screenshot(page, "theme-evenings-nb");
    await page.getByRole("link", { name: "Kopier temakveld: Ny i Norge: helse og familieliv" }).click();
    const date = addDays(e2e.server.testApp.app.services.clock.today(), 30);
    await page.getByLabel("Dato").fill(date);
    await page.getByLabel("Sted").fill("Hitra helsetun");
    await page.getByLabel("Adresse").fill("Fillan");
    await page.getByLabel("arabisk").check();
    await page.getByLabel("tigrinja").check();
    await expectAccessible(page, "copy theme evening nb");
    await screenshot(page, "theme-evening-copy-nb");
    await page.getByRole("button", { name: "Lag arrangementet" }).click();
    await page.waitForURL(/\/nb\/ansatt\/arrangementer\/[0-9a-f-]{36}\?melding=created/);
    await assert.doesNotReject(page.getByRole("heading", { name: "Ny i Norge: helse og familieliv" }).waitFor());
    await screenshot(page, "theme-evening-copied-nb");
    const event = await e2e.server.testApp.app.services.db.selectFrom("events").select(["languages", "signup_enabled"]).where("id", "=", new URL(page.url()).pathname.split("/").at(-1)!).executeTakeFirstOrThrow();
    assert.deepEqual(event, { languages: ["nb", "ar", "ti"], signup_enabled: true });

    await checkRtlPages(page, baseUrl, [
      ["/ar/ansatt/temakvelder", "theme-evenings-ar"],
      ["/ar/ansatt/temakvelder/volunteering-leisure", "theme-evening-copy-ar"],
    ]);
  });
});
