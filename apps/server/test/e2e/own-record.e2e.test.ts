import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { BrowserContext, Page } from "playwright-core";
import { checkRtlPages, expectAccessible, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";
import { demoPassword } from "../test-app.ts";

const e2e = useE2eSession();
const hitra = "koordinator.hitra@demo.velkomst.no";
const newcomer = "nykommer@demo.velkomst.no";

/** Signs the demo newcomer in through the form (bokmål) and waits for Min side. */
async function signInAsNewcomer(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto(`${e2e.server.baseUrl}/nb/logg-inn`);
  await page.getByLabel("E-postadresse").fill(newcomer);
  await page.getByLabel("Passord").fill(demoPassword);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(/\/nb\/min-side$/);
  return page;
}

/** A screenshot at the narrowest reflow width too, for a person to look at. */
async function screenshotNarrow(page: Page, name: string) {
  await page.setViewportSize({ width: 320, height: 780 });
  await screenshot(page, name);
  await page.setViewportSize({ width: 360, height: 780 });
}

describe("the participant's own page on Min side", () => {
  test("the adviser writes a hidden health note and makes a code; the participant links Min side with it, sees who read the record and withdraws a consent, also without JavaScript (nb and ar, 360 px, axe)", async () => {
    const { db } = e2e.server.testApp.app.services;
    const layla = await db.selectFrom("case_participants").select("id").where("name", "=", "Layla Karimi").executeTakeFirstOrThrow();
    const now = e2e.server.testApp.app.services.clock.now();
    await db
      .insertInto("case_consents")
      .values([
        { participant_id: layla.id, recipient: "nav", purpose: "Opplysninger om introduksjonsstønaden til NAV", given_on: "2026-01-05", recorded_by: null, recorded_at: now },
        { participant_id: layla.id, recipient: "school", purpose: "Timeplan og oppmøte til voksenopplæringen", given_on: "2026-01-05", recorded_by: null, recorded_at: now },
      ])
      .execute();

    const staff = await phoneContext(e2e.browser);
    const adviser = await signInAsStaff(staff, e2e.server.baseUrl, hitra);
    await adviser.goto(`${e2e.server.baseUrl}/nb/ansatt/deltakere/${layla.id}`);
    await adviser.getByLabel("Nytt helsenotat").fill("Ryggplager; trenger å kunne sitte i arbeidspraksis");
    await adviser.getByRole("button", { name: "Lagre helsenotatet" }).click();
    await adviser.waitForURL(/\?lagret=1#health$/);
    assert.ok(await adviser.getByText("Helsenotater: 1. De er skjult.").isVisible(), "hidden by default");
    await adviser.getByLabel("Hvorfor trenger du å se helsenotatene?").fill("Avtale om praksisplass");
    await adviser.getByRole("button", { name: "Vis helsenotatene" }).click();
    assert.ok(await adviser.getByText("Ryggplager; trenger å kunne sitte i arbeidspraksis").isVisible());
    await adviser.getByRole("button", { name: "Lag en kode til deltakeren" }).click();
    const code = (await adviser.locator('strong[translate="no"]').textContent())?.trim() ?? "";
    assert.match(code, /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    await expectAccessible(adviser, "own-record adviser code nb");
    await screenshot(adviser, "own-record-adviser-code-nb-360");

    const own = await phoneContext(e2e.browser);
    const page = await signInAsNewcomer(own);
    await page.getByRole("link", { name: /Introduksjonsprogrammet: samtykkene dine/ }).click();
    await page.getByLabel("Kode fra programrådgiveren").fill("ABCD-EFGH-JKMN-PQRS");
    await page.getByRole("button", { name: "Koble til" }).click();
    assert.ok(await page.getByText("Koden er ikke gyldig. Be programrådgiveren om en ny kode.").first().isVisible(), "a wrong code is named at the field");
    await expectAccessible(page, "own-record code error nb");
    await screenshot(page, "own-record-code-error-nb-360");
    await page.getByLabel("Kode fra programrådgiveren").fill(code.toLowerCase());
    await page.getByRole("button", { name: "Koble til" }).click();
    await page.getByText("Opplysningene dine er koblet til kontoen din.").waitFor();

    const log = page.getByRole("table", { name: "Tilgangslogg" });
    assert.ok(await log.getByText("Programrådgiver, Hitra").first().isVisible(), "who read, in which role, for which municipality");
    assert.ok(await log.getByText("Så helsenotatene").isVisible());
    assert.ok(await log.getByText("Avtale om praksisplass").isVisible(), "and why");
    assert.equal(await log.locator("tbody tr").first().locator("td").nth(1).textContent(), "Du", "newest first: the linking itself");
    await expectAccessible(page, "own-record nb");
    await screenshot(page, "own-record-nb-360");
    assert.equal(await page.getByRole("heading", { level: 1 }).evaluate((h1) => Math.round(h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight))), 1, "\"Introduksjonsprogrammet\" stays whole on one line at 360 px");
    await screenshotNarrow(page, "own-record-nb-320");

    await page.getByRole("button", { name: "Trekk tilbake samtykket til NAV" }).click();
    await page.getByText("Samtykket er trukket tilbake, og delingen er stoppet.").waitFor();
    assert.ok(await page.getByText(/^Trukket tilbake/).first().isVisible());
    assert.ok(await log.getByText("Trakk tilbake et samtykke").isVisible(), "the withdrawal is in the access log");
    await screenshot(page, "own-record-withdrawn-nb-360");

    // The same form without JavaScript: a plain POST and a redirect.
    const noScript = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const plain = await signInAsNewcomer(noScript);
    await plain.goto(`${e2e.server.baseUrl}/nb/min-side/introduksjonsprogram`);
    await plain.getByRole("button", { name: "Trekk tilbake samtykket til Skolen" }).click();
    await plain.getByText("Samtykket er trukket tilbake, og delingen er stoppet.").waitFor();
    const standing = await db.selectFrom("case_consents").select("id").where("participant_id", "=", layla.id).where("withdrawn_at", "is", null).execute();
    assert.equal(standing.length, 0);

    await checkRtlPages(page, e2e.server.baseUrl, [
      ["/ar/min-side/introduksjonsprogram", "own-record-ar-360"],
      ["/ar/min-side", "own-record-my-page-ar-360"],
    ]);
    await page.goto(`${e2e.server.baseUrl}/ar/min-side/introduksjonsprogram`);
    await screenshotNarrow(page, "own-record-ar-320");
    await page.goto(`${e2e.server.baseUrl}/ar/min-side`);
    assert.ok(await page.getByRole("link", { name: "البرنامج التمهيدي: موافقاتك ومن اطّلع على بياناتك" }).isVisible());
    await checkRtlPages(adviser, e2e.server.baseUrl, [[`/ar/ansatt/deltakere/${layla.id}`, "own-record-adviser-ar-360"]]);
    await Promise.all([staff.close(), own.close(), noScript.close()]);
  });
});
