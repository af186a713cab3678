import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { addDays } from "../../src/events/oslo-time.ts";
import { testClock } from "../test-clock.ts";
import { expectAccessible, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
const hitra = "koordinator.hitra@demo.velkomst.no";

describe("case work at 360 px: training hours, changing an interpreter and a booking", () => {
  test("in bokmål and Arabic, a week of social-studies hours counts against the 75 and its deadline", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signInAsStaff(context, e2e.server.baseUrl, hitra);
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/opplaering`);
    await page.getByRole("link", { name: "Rahul Menon (demo)" }).click();
    await page.waitForURL(/\/nb\/ansatt\/opplaering\/[0-9a-f-]{36}$/);
    const learnerUrl = page.url();
    assert.ok(await page.getByText(/15 av 75 timer, fristen er/).isVisible());
    await page.getByLabel("Fag timene gjelder").selectOption("social-studies");
    await page.getByLabel("Gjelder", { exact: true }).selectOption("week");
    await page.getByLabel("Dato for timene").fill(testClock.today());
    await page.getByLabel("Timer", { exact: true }).fill("2,5");
    await page.getByRole("button", { name: "Registrer timer" }).click();
    await page.getByText("Lagret.").waitFor();
    assert.ok(await page.getByText(/17,5 av 75 timer, fristen er/).isVisible());
    await expectAccessible(page, "training-hours-nb");
    await screenshot(page, "training-hours-nb-360");

    await page.goto(learnerUrl.replace("/nb/", "/ar/"));
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    await expectAccessible(page, "training-hours-ar");
    await screenshot(page, "training-hours-ar-360");
    await context.close();
  });

  test("in bokmål and Arabic, an interpreter is changed and a booking moved and cancelled", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signInAsStaff(context, e2e.server.baseUrl, hitra);
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/tolker`);
    await page.getByRole("link", { name: "Rasa Petrauskienė (demo)" }).click();
    await page.waitForURL(/\/nb\/ansatt\/tolker\/[0-9a-f-]{36}$/);
    const interpreterUrl = page.url();
    await page.getByLabel("Fødselsdato").fill(addDays(testClock.today(), -16 * 366));
    await page.getByRole("button", { name: "Lagre tolken" }).click();
    assert.equal(await page.locator("#field-fodselsdato-error").textContent(), "Tolken er under 18 år. Barn kan ikke brukes som tolk (tolkeloven § 4).");
    await expectAccessible(page, "interpreter-change-refused-nb");
    await screenshot(page, "interpreter-change-refused-nb-360");
    await page.getByLabel("Fødselsdato").fill("1984-07-21");
    await page.getByLabel("polsk").check();
    await page.getByRole("button", { name: "Lagre tolken" }).click();
    await page.getByText("Tolken er lagret.").waitFor();

    const caseId = (await e2e.server.testApp.test.database.db.selectFrom("guidance_cases").select("id").where("name", "=", "Agnieszka Nowak (demo)").executeTakeFirstOrThrow()).id;
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/tolker/bestill?sak=${caseId}`);
    const interpreter = await page.locator('select[name="tolk"] option', { hasText: "Rasa Petrauskienė" }).getAttribute("value");
    await page.getByLabel("Tolk", { exact: true }).selectOption(interpreter!);
    await page.getByLabel("Språk", { exact: true }).selectOption("pl");
    await page.getByLabel("Dato", { exact: true }).fill(addDays(testClock.today(), 5));
    await page.getByLabel("Fra (tt:mm)").fill("10:00");
    await page.getByLabel("Til (tt:mm)").fill("11:00");
    await page.getByRole("button", { name: "Bestill" }).click();
    await page.waitForURL(/\/nb\/ansatt\/veiledning\//);
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/tolker`);
    await page.getByRole("link", { name: "Endre eller avlys" }).first().click();
    await page.waitForURL(/\/nb\/ansatt\/tolker\/bestillinger\/[0-9a-f-]{36}$/);
    const bookingUrl = page.url();
    await page.getByLabel("Til (tt:mm)").fill("09:00");
    await page.getByRole("button", { name: "Lagre ny tid" }).click();
    assert.equal(await page.locator("#field-til-error").textContent(), "Slutten må være etter starten.");
    await expectAccessible(page, "booking-change-nb");
    await screenshot(page, "booking-change-nb-360");
    await page.goto(bookingUrl.replace("/nb/", "/ar/"));
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    await expectAccessible(page, "booking-change-ar");
    await screenshot(page, "booking-change-ar-360");
    await page.goto(interpreterUrl.replace("/nb/", "/ar/"));
    await expectAccessible(page, "interpreter-change-ar");
    await screenshot(page, "interpreter-change-ar-360");

    await page.goto(bookingUrl);
    await page.getByLabel("Hvorfor avlyses bestillingen?").fill("Møtet er flyttet");
    await page.getByRole("button", { name: "Avlys" }).click();
    await page.getByText("Bestillingen er avlyst.").waitFor();
    await context.close();
  });
});
