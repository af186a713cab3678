import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { BrowserContext, Page } from "playwright-core";
import { dateInputValue } from "@velkomst/validation";
import { hashPassword } from "../../src/auth/passwords.ts";
import { checkRtlPages, expectAccessible, lastMonth, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";
import { demoPassword } from "../test-app.ts";

const e2e = useE2eSession();
const hitra = "koordinator.hitra@demo.velkomst.no";
const asker = "rania.plan@example.test";
const consentLabel = /Jeg samtykker i at svarene over blir delt med programrådgiverne i/;

async function signInAsNewcomer(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${e2e.server.baseUrl}/nb/logg-inn`);
  await page.getByLabel("E-postadresse").fill(asker);
  await page.getByLabel("Passord").fill(demoPassword);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(/\/nb\/min-side$/);
  return page;
}

async function askFromMinSide(page: Page) {
  await page.goto(`${e2e.server.baseUrl}/nb/min-side`);
  await page.getByLabel(consentLabel).check();
  await page.getByRole("button", { name: "Send forespørselen" }).click();
  await page.getByText(/Forespørselen er sendt/).waitFor();
}

async function withdrawFromMinSide(page: Page) {
  await page.getByRole("button", { name: "Trekk tilbake samtykket og slett forespørselen" }).click();
  await page.getByText("Samtykket er trukket tilbake, og forespørselen er slettet.").waitFor();
}

describe("a participant from a newcomer's saved plan", () => {
  test("the newcomer asks (and withdraws, with and without JavaScript), the Hitra coordinator registers them from the request, and the newcomer sees the record on Min side (nb and ar, 360 px, axe)", async () => {
    const { users, savedPlans, db } = e2e.server.testApp.app.services;
    const userId = await users.create({ email: asker, name: "Rania Plan", passwordHash: await hashPassword(demoPassword) });
    await users.assignRole(userId, { role: "newcomer", scope: { kind: "national", id: "" } }, null);
    await savedPlans.save(userId, { grunnlag: "refugee", fodselsar: "1990", ankomst: lastMonth, opphold: "long", statsborgerskap: "SY", nummer: "5056", utdanning: "upper-secondary", barn1: "2016" }, []);

    const own = await phoneContext(e2e.browser);
    const page = await signInAsNewcomer(own);
    assert.ok(await page.getByText(/Dette blir delt med programrådgiverne i .*Hitra/).isVisible(), "with whom");
    await page.getByRole("button", { name: "Send forespørselen" }).click();
    assert.ok(await page.getByText("Kryss av for at du samtykker, ellers blir ingenting delt.").first().isVisible(), "nothing without the tick");
    await expectAccessible(page, "plan request consent error nb");
    await screenshot(page, "plan-request-consent-error-nb-360");
    await askFromMinSide(page);
    await expectAccessible(page, "plan request pending nb");
    await screenshot(page, "plan-request-pending-nb-360");
    await withdrawFromMinSide(page);

    // The same two forms without JavaScript: plain POSTs and redirects.
    const noScript = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const plain = await signInAsNewcomer(noScript);
    await askFromMinSide(plain);
    await withdrawFromMinSide(plain);
    assert.deepEqual(await db.selectFrom("case_plan_requests").select("id").where("user_id", "=", userId).execute(), [], "withdrawing deletes");

    await checkRtlPages(page, e2e.server.baseUrl, [["/ar/min-side", "plan-request-ask-ar-360"]]);
    await askFromMinSide(page);
    await checkRtlPages(page, e2e.server.baseUrl, [["/ar/min-side", "plan-request-pending-ar-360"]]);

    const staff = await phoneContext(e2e.browser);
    const coordinator = await signInAsStaff(staff, e2e.server.baseUrl, hitra);
    await coordinator.getByRole("link", { name: /Forespørsler fra nykommere/ }).click();
    await expectAccessible(coordinator, "plan request list nb");
    await screenshot(coordinator, "plan-request-list-nb-360");
    const requestLink = coordinator.getByRole("link", { name: /Åpne forespørselen fra/ }).first();
    const requestPath = new URL((await requestLink.getAttribute("href"))!, e2e.server.baseUrl).pathname;
    await checkRtlPages(coordinator, e2e.server.baseUrl, [
      ["/ar/ansatt/deltakere/foresporsler", "plan-request-list-ar-360"],
      [requestPath.replace("/nb/", "/ar/"), "plan-request-form-ar-360"],
    ]);
    await coordinator.goto(`${e2e.server.baseUrl}${requestPath}`);
    assert.equal(await coordinator.getByLabel("Kom til Norge (dato)").inputValue(), dateInputValue(`${lastMonth}-01`), "prefilled from the plan, as a Norwegian date");
    assert.equal(await coordinator.getByLabel("Oppholdsgrunnlag").inputValue(), "refugee");
    await expectAccessible(coordinator, "plan request form nb");
    await screenshot(coordinator, "plan-request-form-nb-360");
    await coordinator.getByLabel("Navn", { exact: true }).fill("Rania Plan");
    await coordinator.getByLabel("Fødselsdato", { exact: true }).fill("1990-05-17");
    await coordinator.getByLabel("Språk deltakeren snakker").fill("ar, en");
    await coordinator.getByRole("button", { name: "Registrer deltaker" }).click();
    await coordinator.waitForURL(/\/nb\/ansatt\/deltakere\/[0-9a-f-]{36}\?lagret=1$/);

    await page.goto(`${e2e.server.baseUrl}/nb/min-side`);
    assert.ok(await page.getByText(/Programrådgiverne i .*Hitra.* registrerte deg/).isVisible());
    assert.equal(await page.getByRole("button", { name: "Trekk tilbake samtykket og slett forespørselen" }).count(), 0, "a used request cannot be withdrawn");
    await page.getByRole("link", { name: /Introduksjonsprogrammet: samtykkene dine/ }).click();
    const log = page.getByRole("table", { name: "Tilgangslogg" });
    assert.ok(await log.getByText("forespørsel fra nykommeren").first().isVisible(), "the coordinator's reading of the request, and why");
    await expectAccessible(page, "plan request own record nb");
    await screenshot(page, "plan-request-own-record-nb-360");
    await checkRtlPages(page, e2e.server.baseUrl, [["/ar/min-side", "plan-request-used-ar-360"]]);
    await Promise.all([own.close(), noScript.close(), staff.close()]);
  });
});
