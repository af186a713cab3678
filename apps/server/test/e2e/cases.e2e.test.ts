import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { expectAccessible, expectNoSidewaysScroll, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
const hitra = "koordinator.hitra@demo.velkomst.no";

const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const mondayOnOrBefore = (iso: string) => shift(iso, -((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7));

/** On how many lines `word` in the page's first h1 lies: 1 when the heading keeps it whole. */
async function linesOfWord(page: Page, word: string): Promise<number> {
  return page.evaluate((word) => {
    const text = document.querySelector("h1")!.firstChild!;
    const start = text.textContent!.indexOf(word);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + word.length);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  }, word);
}

describe("introduction programme case work: from a settled household to the national report", () => {
  test("Hitra's adviser registers a settled adult, writes the plan, records a week with one absence, sees the benefit month, ends with work and exports (nb and ar, 360 px, axe)", async () => {
    const today = e2e.server.testApp.app.services.clock.today();
    const year = Number(today.slice(0, 4));
    const context = await phoneContext(e2e.browser);
    const page = await signInAsStaff(context, e2e.server.baseUrl, hitra);
    await page.getByRole("link", { name: /Deltakere i introduksjonsprogrammet/ }).click();
    await page.waitForURL(/\/nb\/ansatt\/deltakere$/);
    assert.equal(await linesOfWord(page, "introduksjonsprogrammet"), 1, "the long word of the heading is not cut at 360 px");
    await expectAccessible(page, "cases list nb");
    await expectNoSidewaysScroll(page, "cases list nb");
    await screenshot(page, "cases-list-nb-360");

    await page.getByRole("link", { name: "Registrer fra bosatt husstand" }).click();
    await page.getByRole("link", { name: "Registrer Rasha Al-Sayed" }).click();
    assert.equal(await page.getByLabel("Navn", { exact: true }).inputValue(), "Rasha Al-Sayed");
    await page.getByLabel("Fødselsdato", { exact: true }).fill(`${year - 34}-03-15`);
    await page.getByLabel("Fødselsnummer eller D-nummer (valgfritt)").fill("15039212345");
    await page.getByRole("button", { name: "Registrer deltaker" }).click();
    assert.ok(await page.getByText("Nummeret er ikke et gyldig fødselsnummer eller D-nummer.").first().isVisible(), "a wrong number is refused at the field");
    await expectAccessible(page, "cases create error nb");
    await screenshot(page, "cases-create-error-nb-360");
    await page.getByLabel("Fødselsnummer eller D-nummer (valgfritt)").fill("");
    await page.getByRole("button", { name: "Registrer deltaker" }).click();
    await page.waitForURL(/\/deltakere\/[0-9a-f-]{36}\?lagret=1$/);
    const recordUrl = page.url().replace(/\?.*$/, "");
    assert.ok(await page.getByRole("heading", { level: 1, name: "Rasha Al-Sayed" }).isVisible());
    assert.ok(await page.getByText("Sykepleier i Aleppo").isVisible(), "the skills mapping came along");
    await expectAccessible(page, "cases record nb");
    await expectNoSidewaysScroll(page, "cases record nb");
    await screenshot(page, "cases-record-nb-360");

    // A consent given on paper: a day that does not exist is refused at the field, then it is recorded and shown with its withdraw button.
    const consentForm = page.locator("form", { has: page.getByRole("button", { name: "Registrer samtykket" }) });
    await consentForm.getByLabel("Hvem kan få opplysningene").selectOption("nav");
    await consentForm.getByLabel("Hva som kan deles, og hvorfor").fill("Kartlegging og plan, for arbeidspraksis via NAV");
    await consentForm.getByLabel("Dato samtykket ble gitt").fill("31.02.2026");
    await page.getByRole("button", { name: "Registrer samtykket" }).click();
    assert.equal(await page.locator("#field-givenOn-error").textContent(), "Skriv en dato slik: 31.03.2026.");
    await expectAccessible(page, "cases consent error nb");
    await screenshot(page, "cases-consent-error-nb-360");
    const givenOn = shift(today, -1);
    await page.getByLabel("Dato samtykket ble gitt").fill(`${givenOn.slice(8, 10)}.${givenOn.slice(5, 7)}.${givenOn.slice(0, 4)}`);
    await page.getByRole("button", { name: "Registrer samtykket" }).click();
    await page.waitForURL(/\?lagret=1#consents$/);
    assert.ok(await page.getByText("Kartlegging og plan, for arbeidspraksis via NAV").isVisible());
    assert.ok(await page.getByRole("button", { name: "Trekk tilbake samtykket til NAV" }).isVisible());
    await expectAccessible(page, "cases consent nb");
    await page.locator("#consents").scrollIntoViewIfNeeded();
    await screenshot(page, "cases-consent-nb-360");

    const nav = page.getByRole("navigation", { name: "Deltakerens sider" });
    await nav.getByRole("link", { name: "Integreringsplan" }).click();
    await page.getByLabel("Sluttmål", { exact: true }).selectOption("work");
    for (const [label, hours] of [["Norskopplæring", "15"], ["Samfunnskunnskap", "2,5"], ["Livsmestring", "2"], ["Arbeidspraksis", "18"]] as const) await page.getByLabel(label).fill(hours);
    await page.getByLabel("Gjelder fra").fill(shift(today, -14));
    assert.equal(await page.getByLabel("Gjelder fra").getAttribute("type"), "text", "a date as dd.mm.åååå, not the browser's picker");
    await page.getByLabel("Grunn til planen eller endringen").fill("Første plan, laget sammen med Rasha");
    await page.getByRole("button", { name: "Lagre ny versjon av planen" }).click();
    await page.waitForURL(/\/plan\?lagret=1$/);
    assert.ok(await page.getByText(/37,5 timer i uken\. Fulltid er 37,5 timer/).isVisible());
    assert.ok(await page.getByText(/den vanlige normen, fordi planen ikke er merket med mye egenaktivitet/).isVisible(), "the plan says which norm it used and why");
    await expectAccessible(page, "cases plan nb");
    await screenshot(page, "cases-plan-nb-360");

    await nav.getByRole("link", { name: "Vedtak" }).click();
    await page.getByLabel("Vedtaksdato").fill(shift(today, -16));
    await page.getByLabel("Fra dato").fill(shift(today, -14));
    await page.getByRole("button", { name: "Registrer vedtaket" }).click();
    await page.waitForURL(/\/vedtak\?lagret=1$/);
    assert.ok(await page.getByText("Programmet slutter").first().isVisible());
    await expectAccessible(page, "cases decisions nb");

    await nav.getByRole("link", { name: "Oppmøte og stønad" }).click();
    const week = mondayOnOrBefore(shift(today, -7));
    await page.getByLabel("Uken som begynner mandag").fill(week);
    for (const [label, hours] of [["Norskopplæring", "15"], ["Samfunnskunnskap", "2,5"], ["Livsmestring", "2"], ["Arbeidspraksis", "10,5"]] as const) await page.getByLabel(label).fill(hours);
    await page.getByLabel("Dato", { exact: true }).fill(shift(week, 2));
    await page.getByLabel("Timer fravær").fill("25");
    await page.getByLabel("Gyldig grunn?").selectOption("invalid");
    await page.getByRole("button", { name: "Registrer uken" }).click();
    assert.ok(await page.getByText("Det er mer enn 24 timer i døgnet.").first().isVisible(), "25 hours a day is refused at the field");
    await expectAccessible(page, "cases attendance error nb");
    await page.getByLabel("Timer fravær").fill("7,5");
    await page.getByLabel("Grunn", { exact: true }).fill("Møtte ikke, ga ikke beskjed");
    await page.getByRole("button", { name: "Registrer uken" }).click();
    await page.waitForURL(/\/oppmote\?lagret=1$/);
    await page.getByLabel("Måned", { exact: true }).fill(shift(week, 2).slice(0, 7));
    await page.getByRole("button", { name: "Beregn" }).click();
    const calculation = page.getByRole("table", { name: /Beregning for/ });
    assert.ok(await calculation.isVisible());
    assert.match((await calculation.textContent()) ?? "", /7,5 timer ugyldig fravær/);
    assert.match((await calculation.textContent()) ?? "", /Til utbetaling/);
    await expectAccessible(page, "cases benefit nb");
    await expectNoSidewaysScroll(page, "cases benefit nb");
    await screenshot(page, "cases-benefit-nb-360");
    const benefitUrl = page.url();

    await nav.getByRole("link", { name: "Avslutning" }).click();
    await page.getByLabel("Resultat").selectOption("work");
    await page.getByLabel("Sluttdato").fill(today);
    await page.getByRole("button", { name: "Lagre avslutningen" }).click();
    await page.waitForURL(/\/avslutning\?lagret=1$/);
    assert.ok(await page.getByText(/Avsluttet .*: Arbeid/).isVisible());
    await expectAccessible(page, "cases exit nb");

    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/deltakere/rapport`);
    await page.getByLabel("Fra dato").fill(shift(today, -30));
    await page.getByLabel("Til og med dato").fill(today);
    await expectAccessible(page, "cases report nb");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Last ned" }).click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    const participantId = recordUrl.split("/").at(-1)!;
    const line = csv.split("\r\n").find((l) => l.startsWith(participantId));
    assert.ok(line, "the participant is in the report");
    assert.match(line, /,work,/);

    await page.goto(`${recordUrl}/tilgangslogg`);
    const log = page.getByRole("table", { name: "Tilgangslogg" });
    assert.ok(await log.getByRole("columnheader", { name: "Rolle" }).count(), "the log has a role column");
    assert.match((await log.textContent()) ?? "", /Programrådgiver/);
    await expectAccessible(page, "cases access log nb");
    await screenshot(page, "cases-access-log-nb-360");

    // The same pages in Arabic, right to left, at 360 px and without sideways scroll at 320 px.
    for (const [url, name] of [
      [`${e2e.server.baseUrl}/ar/ansatt/deltakere`, "cases-list-ar-360"],
      [recordUrl.replace("/nb/", "/ar/"), "cases-record-ar-360"],
      [`${recordUrl.replace("/nb/", "/ar/")}/plan`, "cases-plan-ar-360"],
      [benefitUrl.replace("/nb/", "/ar/"), "cases-benefit-ar-360"],
      [`${recordUrl.replace("/nb/", "/ar/")}/avslutning`, "cases-exit-ar-360"],
      [`${recordUrl.replace("/nb/", "/ar/")}/tilgangslogg`, "cases-access-log-ar-360"],
    ] as const) {
      await page.goto(url);
      assert.equal(await page.getAttribute("html", "dir"), "rtl");
      await expectAccessible(page, name);
      await expectNoSidewaysScroll(page, name);
      await screenshot(page, name);
    }
    await context.close();
  });
});
