import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { demoAccounts } from "../../src/demo/demo-seed.ts";
import { testClock } from "../test-clock.ts";
import { checkRtlPages, expectAccessible, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
const thisYear = Number(testClock.today().slice(0, 4));
const reference = "E2E-2026-0001";

async function signInAsImdi(browser: Browser, options: { javaScriptEnabled?: boolean; locale?: string } = {}): Promise<Page> {
  return signInAsStaff(await phoneContext(browser, options), e2e.server.baseUrl, demoAccounts.find((a) => a.role === "national-admin")!.email);
}

describe("settlement intake: IMDi registers a household from UDI's decision", () => {
  let householdUrl = "";

  test("without JavaScript: the form, an error named at its field, the household in the list", async () => {
    const page = await signInAsImdi(e2e.browser, { javaScriptEnabled: false });
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/bosetting/husstander`);
    await page.getByRole("link", { name: "Registrer husstand" }).click();
    await page.waitForURL(/\/husstander\/ny$/);
    assert.ok(await page.getByRole("heading", { level: 1, name: "Registrer husstand" }).isVisible());

    await page.getByLabel("Referanse").fill(reference);
    await page.getByLabel("Grunnlag").selectOption("resettlement");
    await page.getByLabel("Bosettingsklar fra").fill(testClock.today());
    await page.getByLabel("Bolig tilrettelagt for rullestol").check();
    // Person 1 is open; the relation is already "main".
    await page.locator("#field-m1-name").fill("Amal Testdatter");
    await page.locator("#field-m1-birthYear").fill(String(thisYear - 31));
    await page.locator("#field-m1-languages").fill("arabisk, engelsk");
    await page.getByText("Kartlegging (18–55 år)").first().click();
    await page.locator("#field-m1-norwegianLevel").selectOption("basic");
    await page.locator("#field-m1-englishLevel").selectOption("good");
    await page.locator("#field-m1-digitalSkills").selectOption("good");
    await page.locator("#field-m1-education").selectOption("higher");
    await page.locator("#field-m1-workSector").selectOption("health");
    await page.locator("#field-m1-workYears").fill("6");
    // Person 2 is folded away until opened (native <details>, no script).
    await page.locator("summary").filter({ hasText: /^Person 2$/ }).click();
    await page.locator("#field-m2-name").fill("Nour Testdatter");
    await page.locator("#field-m2-birthYear").fill("for lenge siden");
    await page.locator("#field-m2-relation").selectOption("child");
    await page.locator("#field-t1-municipality").selectOption("5014");
    await page.locator("#field-t1-kind").selectOption("network");
    await page.getByRole("button", { name: "Registrer husstanden" }).click();

    assert.equal(page.url(), `${e2e.server.baseUrl}/nb/ansatt/bosetting/husstander/ny`, "the form is shown again");
    assert.ok(await page.locator("#field-m2-birthYear-error").getByText("Skriv et helt tall.").isVisible(), "the error is next to person 2's year of birth");
    assert.equal(await page.locator("#field-m2-birthYear").getAttribute("aria-invalid"), "true");
    assert.equal(await page.locator("#field-m1-name").inputValue(), "Amal Testdatter", "what was typed is kept");
    assert.equal(await page.locator("#field-t1-municipality").inputValue(), "5014");

    await page.locator("#field-m2-birthYear").fill(String(thisYear - 5));
    await page.getByRole("button", { name: "Registrer husstanden" }).click();
    await page.waitForURL(/\/husstander\/[0-9a-f-]{36}\?ok=registered$/);
    householdUrl = page.url().replace(/\?.*$/, "");
    assert.ok(await page.getByText("Husstanden er registrert.").isVisible());
    assert.ok(await page.getByRole("heading", { level: 1, name: `Husstand ${reference}` }).isVisible());
    assert.ok(await page.getByText("Nettverk i Frøya").isVisible());
    assert.ok(await page.getByText("Bolig tilrettelagt for rullestol").first().isVisible());

    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/bosetting/husstander`);
    const row = page.getByRole("row").filter({ hasText: reference });
    assert.ok(await row.isVisible(), "the household is in the list");
    assert.ok(await row.getByText("Familie med barn").isVisible());
    assert.ok(await row.getByText("Bosettingsklar").isVisible());

    // Correcting it: the year of birth of the child, without script too.
    await page.goto(householdUrl);
    await page.getByRole("link", { name: "Endre opplysningene" }).click();
    await page.waitForURL(/\/endre$/);
    assert.equal(await page.locator("#field-m2-name").inputValue(), "Nour Testdatter");
    await page.locator("#field-m2-birthYear").fill(String(thisYear - 6));
    await page.getByRole("button", { name: "Lagre endringene" }).click();
    await page.waitForURL(/\?ok=corrected$/);
    assert.ok(await page.getByText("Endringene er lagret.").isVisible());
    assert.ok(await page.getByText("Opplysningene er rettet: medlemmer").isVisible(), "the correction is in the history");
    await page.context().close();
  });

  test("accessible at 360 px in bokmål and Arabic (with JavaScript on for axe)", async () => {
    const page = await signInAsImdi(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/bosetting/husstander`);
    await expectAccessible(page, "settlement households nb");
    await screenshot(page, "settlement-households-nb-360");

    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/bosetting/husstander/ny`);
    await expectAccessible(page, "settlement intake form nb");
    await screenshot(page, "settlement-intake-nb-360");
    // Submitted empty: the summary at the top links to each field.
    await page.getByRole("button", { name: "Registrer husstanden" }).click();
    assert.ok(await page.getByRole("link", { name: /Referanse: Fyll ut feltet\./ }).isVisible());
    await expectAccessible(page, "settlement intake errors nb");
    await screenshot(page, "settlement-intake-errors-nb-360");

    await checkRtlPages(page, e2e.server.baseUrl, [
      ["/ar/ansatt/bosetting/husstander/ny", "settlement-intake-ar-360"],
      [householdUrl.replace("/nb/", "/ar/") + "/endre", "settlement-intake-edit-ar-360"],
      [householdUrl.replace("/nb/", "/ar/"), "settlement-household-ar-360"],
    ]);
    await page.context().close();
  });
});
