import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { demoAccounts } from "../../src/demo/demo-seed.ts";
import { demoPassword } from "../test-app.ts";
import { expectAccessible, phoneContext, screenshot, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();

/** Tuesday 24 November 2026 at 10:30 in Norway: NAV Frøya is open, the language café (Wednesdays) is not. */
const tuesdayMorning = new Date("2026-11-24T09:30:00Z");

describe("services and contact points", () => {
  before(() => e2e.server.testApp.app.services.directory.setClock({ now: () => tuesdayMorning }));

  test("a newcomer finds Frøya's services from the municipality page, sees what is open now, and opens NAV", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/kommune/5014`);
    await page.getByRole("link", { name: /Tjenester og kontaktpunkter/ }).click();
    await page.waitForURL(/\/nb\/kommune\/5014\/tjenester$/);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Tjenester og kontaktpunkter");
    assert.ok(await page.getByRole("heading", { level: 2, name: "NAV" }).isVisible());
    assert.ok(await page.getByRole("heading", { level: 2, name: "Språkkafé" }).isVisible());

    const nav = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "NAV Frøya" }) });
    assert.ok(await nav.getByText("Åpent nå", { exact: true }).isVisible(), "open now is said in words");
    assert.ok(await nav.getByText("Stenger kl. 14:00").isVisible());
    assert.equal(await nav.getByRole("link", { name: "+47 00 00 00 11" }).getAttribute("href"), "tel:+4700000011");
    const cafe = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Språkkafé på Frøya bibliotek" }) });
    assert.ok(await cafe.getByText("Stengt nå", { exact: true }).isVisible());
    assert.ok(await cafe.getByText("Åpner: i morgen 18:00").isVisible());
    await expectAccessible(page, "service list nb");
    await screenshot(page, "directory-list-5014-nb-360");

    await nav.getByRole("link", { name: "NAV Frøya" }).click();
    await page.waitForURL(/\/nb\/kommune\/5014\/tjenester\/[0-9a-f-]{36}$/);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "NAV Frøya");
    const hours = page.getByRole("table", { name: "Åpningstider de neste sju dagene" });
    assert.equal(await hours.getByRole("row").count(), 8);
    assert.ok(await hours.getByRole("rowheader", { name: /tirsdag \(i dag\)/ }).isVisible());
    assert.ok(await page.getByText(/fredag 25\. desember \(1\. juledag\)/).isVisible(), "the coming public holiday is listed");
    assert.ok((await page.getByRole("link", { name: /Vis på kart/ }).getAttribute("href"))?.startsWith("https://www.openstreetmap.org/"));
    assert.equal(await page.locator("svg").count(), 0, "no embedded map without MAP_TILE_URL");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as Record<string, unknown>;
    assert.equal(jsonLd["@type"], "GovernmentOffice");
    await expectAccessible(page, "service page nb");
    await screenshot(page, "directory-service-nav-nb-360");
    await context.close();
  });

  test("the same in Arabic, right to left", async () => {
    const context = await phoneContext(e2e.browser, { locale: "ar" });
    const page = await context.newPage();
    const response = await page.goto(`${e2e.server.baseUrl}/ar/kommune/5014/tjenester`);
    assert.equal(response?.status(), 200);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "الخدمات ونقاط التواصل");
    assert.ok((await page.getByText("مفتوح الآن", { exact: true }).count()) > 0);
    const box = await page.getByRole("heading", { level: 1 }).boundingBox();
    assert.ok(box && box.x + box.width > 300, `the title should sit on the right in RTL, x=${box?.x} w=${box?.width}`);
    await expectAccessible(page, "service list ar");
    await screenshot(page, "directory-list-5014-ar-360");

    await page.getByRole("link", { name: "Språkkafé på Frøya bibliotek" }).click();
    await page.waitForURL(/\/ar\/kommune\/5014\/tjenester\/[0-9a-f-]{36}$/);
    assert.ok(await page.getByText("تدرّب على اللغة النرويجية").isVisible(), "the café's own Arabic text");
    assert.ok(await page.getByRole("heading", { name: "اللغات" }).isVisible());
    await expectAccessible(page, "service page ar");
    await screenshot(page, "directory-service-cafe-ar-360");

    // A service without an Arabic text says so, and marks the bokmål text as such.
    await page.goto(`${e2e.server.baseUrl}/ar/kommune/5014/tjenester`);
    await page.getByRole("link", { name: "Frøya legekontor" }).click();
    assert.ok(await page.getByRole("heading", { name: "لم يُترجم بعد" }).isVisible());
    assert.equal(await page.locator(".content-body").getAttribute("lang"), "nb");
    await expectAccessible(page, "service page ar, bokmål text");
    await context.close();
  });

  test("an editor adds a service without JavaScript, and readers see it", async () => {
    const editor = demoAccounts.find((a) => a.role === "editor")!;
    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/logg-inn`);
    await page.getByLabel("E-postadresse").fill(editor.email);
    await page.getByLabel("Passord").fill(demoPassword);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL(/\/nb\/ansatt$/);
    await page.getByRole("link", { name: /Tjenester og kontaktpunkter/ }).click();
    await page.waitForURL(/\/nb\/ansatt\/tjenester$/);
    await page.getByRole("link", { name: "Legg til tjeneste" }).click();

    await page.getByLabel("Område").selectOption({ label: "Hitra kommune" });
    await page.getByLabel("Type tjeneste").selectOption({ label: "Voksenopplæring og norskkurs" });
    await page.getByLabel("Navn", { exact: true }).fill("Hitra voksenopplæring");
    await page.getByLabel("Gateadresse").fill("Demo: Fillan skole");
    await page.getByLabel("tirsdag").fill("9-15");
    await page.getByLabel("torsdag").fill("09:00–15:00, 18:00–20:00");
    await page.getByRole("checkbox", { name: "polsk" }).check();
    // First without a description: the form comes back with the problem linked, and what was typed kept.
    await page.getByRole("button", { name: "Legg til tjenesten" }).click();
    assert.ok(await page.getByRole("link", { name: /Beskrivelse: Skriv en beskrivelse på minst ett språk/ }).isVisible());
    assert.equal(await page.getByLabel("Navn", { exact: true }).inputValue(), "Hitra voksenopplæring");
    assert.equal(await page.getByRole("checkbox", { name: "polsk" }).isChecked(), true);

    await page.getByLabel("Beskrivelse").first().fill("Norskkurs og grunnskole for voksne. *Demodata.*");
    await page.getByRole("button", { name: "Legg til tjenesten" }).click();
    await page.waitForURL(/\/nb\/ansatt\/tjenester\?lagt-til=/);
    assert.ok(await page.getByText("Hitra voksenopplæring er lagt til.").isVisible());
    await screenshot(page, "directory-staff-list-nb-360");

    await page.goto(`${e2e.server.baseUrl}/nb/kommune/5056/tjenester`);
    const entry = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Hitra voksenopplæring" }) });
    assert.ok(await entry.getByText("Åpent nå", { exact: true }).isVisible(), "Tuesday 10:30 is within 09:00–15:00");
    await context.close();
  });

  test("the staff form passes axe, in bokmål and Arabic", async () => {
    const admin = demoAccounts.find((a) => a.role === "municipality-admin")!;
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/logg-inn`);
    await page.getByLabel("E-postadresse").fill(admin.email);
    await page.getByLabel("Passord").fill(demoPassword);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL(/\/nb\/ansatt$/);
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/tjenester`);
    await page.getByRole("link", { name: "Endre NAV Frøya" }).click();
    assert.equal(await page.getByLabel("mandag").inputValue(), "10:00–14:00");
    await expectAccessible(page, "staff form nb");
    await screenshot(page, "directory-staff-form-nb-360");
    await page.goto(page.url().replace("/nb/", "/ar/"));
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    await expectAccessible(page, "staff form ar");
    await screenshot(page, "directory-staff-form-ar-360");
    await context.close();
  });
});
