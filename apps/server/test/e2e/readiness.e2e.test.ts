import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { BrowserContext } from "playwright-core";
import { minimalPdf } from "../../src/readiness/readiness-demo.ts";
import { expectAccessible, expectNoSidewaysScroll, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
const hitra = "koordinator.hitra@demo.velkomst.no";
const county = "fylke.trondelag@demo.velkomst.no";

const signIn = (context: BrowserContext, email: string) => signInAsStaff(context, e2e.server.baseUrl, email);

describe("readiness checklist: a coordinator updates an item, the county follows", () => {
  test("the Hitra coordinator finds the region's checklist and its items (axe clean)", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signIn(context, hitra);
    await page.getByRole("link", { name: /Sjekkliste for velkomsttilbud/ }).click();
    await page.waitForURL(/\/nb\/ansatt\/sjekkliste$/);
    await expectAccessible(page, "readiness home nb");
    await page.getByRole("link", { name: /Regionen Frøya og Hitra/ }).click();
    await page.waitForURL(/\/nb\/ansatt\/sjekkliste\/froya-hitra$/);
    assert.ok(await page.getByText("5 av 11 punkter er ferdige").isVisible());
    assert.equal(await page.getByRole("heading", { level: 3 }).count(), 11);
    await expectAccessible(page, "checklist nb");
    await screenshot(page, "readiness-checklist-nb-360");
    await page.getByRole("link", { name: "5. Arbeidsinnvandrere og familiene deres er med" }).click();
    await page.waitForURL(/\/involve-immigrants$/);
    assert.ok(await page.getByText("Fristen har gått ut").first().isVisible());
    await expectAccessible(page, "item nb");
    await screenshot(page, "readiness-item-nb-360");
    await context.close();
  });

  test("without JavaScript, the coordinator sets status and note and attaches a PDF in one form", async () => {
    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const page = await signIn(context, hitra);
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/sjekkliste/5056`);
    await page.waitForURL(/\/froya-hitra\?kommune=5056$/);
    assert.ok(await page.getByText("Hitra kommune er med i regionen Frøya og Hitra.").isVisible());
    await page.getByRole("link", { name: "5. Arbeidsinnvandrere og familiene deres er med" }).click();
    // Not relevant without a reason is refused, and says so next to the field.
    await page.getByLabel("Ikke aktuelt").check();
    await page.getByLabel("Notater").fill("");
    await page.getByRole("button", { name: "Lagre" }).click();
    assert.ok(await page.getByText("Skriv i notatet hvorfor punktet ikke er aktuelt.").first().isVisible());
    await page.getByLabel("Ferdig").check();
    await page.getByLabel("Notater").fill("Spørreundersøkelse gjennom arbeidsgiverne i sjømatnæringen: 41 svar, oppsummert i vedlegget.");
    await page.getByLabel("Legg ved et dokument").setInputFiles({ name: "sporreundersokelse-2026.pdf", mimeType: "application/pdf", buffer: minimalPdf("Sporreundersokelse 2026") });
    await page.getByRole("button", { name: "Lagre" }).click();
    await page.waitForURL(/involve-immigrants\?lagret=1$/);
    assert.ok(await page.getByText("Endringene er lagret.").isVisible());
    assert.ok(await page.getByRole("link", { name: "sporreundersokelse-2026.pdf" }).isVisible());
    assert.ok(await page.getByText("Status: Ikke startet → Ferdig").isVisible());
    assert.ok(await page.getByText("La ved «sporreundersokelse-2026.pdf»").isVisible());
    await context.close();
  });

  test("the county sees the change in its overview (axe clean), and cannot edit", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signIn(context, county);
    await page.getByRole("link", { name: /Sjekkliste for velkomsttilbud/ }).click();
    await page.getByRole("link", { name: /Oversikt over kommunene/ }).click();
    await page.waitForURL(/\/oversikt$/);
    const hitraRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Hitra", exact: true }) });
    assert.match((await hitraRow.textContent()) ?? "", /6 av 11/);
    assert.match((await hitraRow.textContent()) ?? "", /via \u2068?Frøya og Hitra/);
    const froyaRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Frøya", exact: true }) });
    assert.match((await froyaRow.textContent()) ?? "", /6 av 11/);
    assert.ok(await page.getByText(/^2 av \d+ kommuner har startet/).isVisible());
    await expectAccessible(page, "overview nb");
    await screenshot(page, "readiness-overview-nb-360");
    await hitraRow.getByRole("link").click();
    await page.getByRole("link", { name: "5. Arbeidsinnvandrere og familiene deres er med" }).click();
    assert.ok(await page.getByText("Spørreundersøkelse gjennom arbeidsgiverne i sjømatnæringen: 41 svar, oppsummert i vedlegget.").isVisible());
    assert.equal(await page.getByRole("button", { name: "Lagre" }).count(), 0);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "sporreundersokelse-2026.pdf" }).click();
    assert.equal((await download).suggestedFilename(), "sporreundersokelse-2026.pdf");
    await expectAccessible(page, "item read-only nb");
    await context.close();
  });

  test("in Arabic, right to left: checklist, item form and overview (axe clean)", async () => {
    const context = await phoneContext(e2e.browser, { locale: "ar" });
    const coordinator = await signIn(context, hitra);
    await coordinator.goto(`${e2e.server.baseUrl}/ar/ansatt/sjekkliste/froya-hitra`);
    assert.equal(await coordinator.getAttribute("html", "dir"), "rtl");
    assert.ok(await coordinator.getByRole("heading", { level: 1, name: /قائمة التحقق لخدمة الترحيب/ }).isVisible());
    await expectAccessible(coordinator, "checklist ar");
    await screenshot(coordinator, "readiness-checklist-ar-360");
    await coordinator.goto(`${e2e.server.baseUrl}/ar/ansatt/sjekkliste/froya-hitra/translation-interpreting`);
    assert.ok(await coordinator.getByRole("heading", { level: 1, name: "الترجمة والترجمة الفورية" }).isVisible());
    assert.ok(await coordinator.getByRole("button", { name: "احفظ" }).isVisible());
    await expectAccessible(coordinator, "item ar");
    await screenshot(coordinator, "readiness-item-ar-360");
    await context.close();

    const countyContext = await phoneContext(e2e.browser, { locale: "ar" });
    const page = await signIn(countyContext, county);
    await page.goto(`${e2e.server.baseUrl}/ar/ansatt/sjekkliste/oversikt`);
    assert.ok(await page.getByRole("heading", { level: 1, name: "قوائم التحقق: نظرة عامة على البلديات" }).isVisible());
    await expectAccessible(page, "overview ar");
    await screenshot(page, "readiness-overview-ar-360");
    await countyContext.close();
  });
  test("an item whose note is one long word does not scroll sideways at 320 px", async () => {
    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const page = await signIn(context, hitra);
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/sjekkliste/froya-hitra/translation-interpreting`);
    await page.getByLabel("Notater").fill("Tolketjenesteavtalegjennomgangsrapportutkastversjonsoversikt2026-https://example.org/veldig/lang/adresse/uten/mellomrom");
    await page.getByRole("button", { name: "Lagre" }).click();
    await page.waitForURL(/translation-interpreting\?lagret=1$/);
    await expectNoSidewaysScroll(page, "item with a long word nb");
    await page.goto(`${e2e.server.baseUrl}/ar/ansatt/sjekkliste/froya-hitra/translation-interpreting`);
    await expectNoSidewaysScroll(page, "item with a long word ar");
    await context.close();
  });
});
