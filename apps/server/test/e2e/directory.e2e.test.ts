import { fixedClock } from "../../src/platform/clock.ts";
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { crc32, deflateSync } from "node:zlib";
import { buildApp } from "../../src/app.ts";
import { demoAccounts } from "../../src/demo/demo-seed.ts";
import { languageCodes } from "@velkomst/i18n";
import { expectAccessible, expectNoSidewaysScroll, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();

/** A 256 px map tile drawn here (pale land, a darker grid line at its edges), so no test fetches real tiles. */
function fakeTile(): Buffer {
  const size = 256;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const edge = x === 0 || y === 0;
      row.set(edge ? [170, 190, 200] : [232, 240, 226], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.concat(rows))), chunk("IEND", Buffer.alloc(0))]);
}

/** Tuesday 24 November 2026 at 10:30 in Norway: NAV Frøya is open, the language café (Wednesdays) is not. */
const tuesdayMorning = new Date("2026-11-24T09:30:00Z");

describe("services and contact points", () => {
  before(() => e2e.server.testApp.app.services.directory.setClock(fixedClock(tuesdayMorning)));

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

  test("without JavaScript, a reader filters the services by open now and by category; the contact list stacks on a phone", async () => {
    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/kommune/5014/tjenester`);
    await page.getByLabel("Bare det som er åpent nå").check();
    await page.getByRole("button", { name: "Vis tjenester" }).click();
    await page.waitForURL(/\/tjenester\?(.*&)?apen=ja/);
    assert.ok(await page.getByRole("heading", { name: "NAV Frøya" }).isVisible(), "NAV is open on Tuesday morning");
    assert.equal(await page.getByRole("heading", { name: "Språkkafé på Frøya bibliotek" }).count(), 0, "the café opens on Wednesday");
    assert.ok(await page.getByLabel("Bare det som er åpent nå").isChecked(), "the form shows the filter in force");
    await expectNoSidewaysScroll(page, "filtered service list nb");

    await page.getByLabel("Bare det som er åpent nå").uncheck();
    await page.getByLabel("Kategori").selectOption({ label: "Språkkafé" });
    await page.getByRole("button", { name: "Vis tjenester" }).click();
    await page.waitForURL(/kategori=language-cafe/);
    assert.deepEqual(await page.getByRole("heading", { level: 2 }).allTextContents(), ["Språkkafé"]);
    assert.ok(await page.getByRole("heading", { name: "Språkkafé på Frøya bibliotek" }).isVisible());

    await page.getByLabel("Bare det som er åpent nå").check();
    await page.getByRole("button", { name: "Vis tjenester" }).click();
    await page.waitForURL(/apen=ja/);
    assert.ok(await page.getByText("Ingen tjenester passer til valgene dine.").isVisible());
    await page.getByRole("link", { name: "Vis alle tjenester" }).click();
    await page.waitForURL(/\/tjenester$/);

    // The contact list: the label above its value on a phone, not two squeezed columns.
    const nav = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "NAV Frøya" }) });
    const label = await nav.locator("dt").first().boundingBox();
    const value = await nav.locator("dd").first().boundingBox();
    assert.ok(label && value && value.y >= label.y + label.height - 1, "the value sits under its label");
    await context.close();
  });

  test("in Ukrainian at 320 px, long labels wrap and hyphenate instead of widening the page", async () => {
    const context = await phoneContext(e2e.browser, { locale: "uk" });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/uk/kommune/5014/tjenester`);
    assert.equal(await page.getAttribute("html", "lang"), "uk");
    assert.equal(await page.locator("main").evaluate((main) => getComputedStyle(main).hyphens), "auto");
    await page.getByRole("link", { name: /^Skatteetaten – Servicesenter/ }).click();
    await page.waitForURL(/\/uk\/kommune\/5014\/tjenester\/[0-9a-f-]{36}$/);
    // The category tag "Податки та перевірка особи (Skatteetaten)" was 308 px on one line.
    await expectNoSidewaysScroll(page, "service page uk");
    await page.setViewportSize({ width: 320, height: 780 });
    await screenshot(page, "directory-service-sua-uk-320");
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
    const page = await signInAsStaff(context, e2e.server.baseUrl, editor.email);
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
    const page = await signInAsStaff(context, e2e.server.baseUrl, admin.email);
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

  test("with map tiles configured the page draws a small map; the tiles are served by the test, nothing is fetched", async () => {
    const { testApp } = e2e.server;
    const mapTiles = { url: "https://tiles.example.org/{z}/{x}/{y}.png", attribution: "© OpenStreetMap-bidragsytere", origin: "https://tiles.example.org" };
    const mapped = await buildApp({ database: testApp.test.database, config: { ...testApp.app.services.config, mapTiles }, logger: false });
    mapped.services.directory.setClock(fixedClock(tuesdayMorning));
    const baseUrl = await mapped.listen({ port: 0, host: "127.0.0.1" });
    try {
      const services = (await (await fetch(`${baseUrl}/api/v1/municipalities/5014/services`)).json()) as Array<{ id: string; name: string }>;
      const nav = services.find((s) => s.name === "NAV Frøya")!;
      const context = await phoneContext(e2e.browser);
      const tile = fakeTile();
      const requested: string[] = [];
      await context.route("https://tiles.example.org/**", (route) => {
        requested.push(route.request().url());
        return route.fulfill({ status: 200, contentType: "image/png", body: tile });
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/nb/kommune/5014/tjenester/${nav.id}`);
      const map = page.getByRole("img", { name: "Kart som viser hvor NAV Frøya ligger" });
      assert.ok(await map.isVisible());
      await page.waitForLoadState("networkidle");
      assert.ok(requested.length >= 2 && requested.every((url) => /^https:\/\/tiles\.example\.org\/16\/\d+\/\d+\.png$/.test(url)), requested.join(", "));
      assert.ok(await page.getByText("Kart: © OpenStreetMap-bidragsytere").isVisible());
      assert.ok(await page.getByRole("link", { name: /Vis på kart/ }).isVisible(), "the plain link stays");
      await map.scrollIntoViewIfNeeded();
      await expectAccessible(page, "service page with map nb");
      await screenshot(page, "directory-service-map-nb-360");
      await context.close();
    } finally {
      await mapped.close();
    }
  });
  test("no directory page scrolls sideways at 320 px, in any language", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    for (const lang of languageCodes) {
      await page.goto(`${e2e.server.baseUrl}/${lang}/kommune/5014/tjenester`);
      await expectNoSidewaysScroll(page, `service list ${lang}`);
      await page.locator(".service-card a").first().click();
      await page.waitForURL(/\/tjenester\/[0-9a-f-]{36}$/);
      await expectNoSidewaysScroll(page, `service page ${lang}`);
      assert.equal(await page.locator('a[href^="tel:"]:not(.ds-link), a[href^="mailto:"]:not(.ds-link)').count(), 0, "phone and e-mail links look like Designsystemet links");
    }
    await context.close();
  });
});
