import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { expectAccessible, lastMonth, phoneContext, registerNewcomer, screenshot, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();

const planQuery = new URLSearchParams({ grunnlag: "eea-worker", fodselsar: "1988", ankomst: lastMonth, opphold: "long", statsborgerskap: "PL", nummer: "5014" });

/** Creates a newcomer account the way a person does (browser.ts). */
const register = (page: Page, email: string) => registerNewcomer(page, e2e.server, email, planQuery);

describe("Min side: a newcomer keeps the plan in an account", () => {
  test("register, save the plan with consent, tick a step, see it again, in nb and ar", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await register(page, "e2e.nykommer@example.no");
    await page.getByText("Du har ikke lagret en plan ennå").waitFor();

    await page.goto(`${e2e.server.baseUrl}/nb/min-plan/resultat?${planQuery}`);
    await page.getByRole("button", { name: "Lagre planen på Min side" }).click();
    await page.getByText("Kryss av hvis du vil at vi lagrer planen.").waitFor();
    await page.getByLabel(/Jeg vil at Velkomst lagrer svarene mine/).check();
    await page.getByRole("button", { name: "Lagre planen på Min side" }).click();
    await page.getByText("Dette er planen du har lagret.").waitFor();

    // With JavaScript the tick is sent at once; the next visit shows it from the server.
    const box = page.locator("#done-bank-account");
    const saved = page.waitForResponse((response) => response.url().endsWith("/nb/min-side/fremdrift"));
    await box.check();
    await saved;
    await page.reload();
    assert.equal(await page.locator("#done-bank-account").isChecked(), true);
    await expectAccessible(page, "saved plan nb");

    await page.goto(`${e2e.server.baseUrl}/nb/min-side`);
    await page.getByText(/Du har gjort 1 av \d+ steg/).waitFor();
    await expectAccessible(page, "min side nb");
    await screenshot(page, "my-page-nb");
    await page.goto(`${e2e.server.baseUrl}/ar/min-side`);
    assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
    await page.getByRole("heading", { level: 1, name: "صفحتي" }).waitFor();
    await expectAccessible(page, "min side ar");
    await screenshot(page, "my-page-ar");
    await context.close();
  });

  test("without JavaScript the ticks are saved with the button", async () => {
    const withScript = await phoneContext(e2e.browser);
    const setup = await withScript.newPage();
    await register(setup, "e2e.uten.js@example.no");
    const cookies = await withScript.cookies();
    await withScript.close();

    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    await context.addCookies(cookies);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan/resultat?${planQuery}`);
    await page.getByLabel(/Jeg vil at Velkomst lagrer svarene mine/).check();
    await page.getByRole("button", { name: "Lagre planen på Min side" }).click();
    await page.locator("#done-welcome-meeting").check();
    await page.locator("#done-regular-gp").check();
    await page.getByRole("button", { name: "Lagre det jeg har krysset av" }).click();
    await page.waitForURL(/resultat\?/);
    assert.equal(await page.locator("#done-welcome-meeting").isChecked(), true);
    assert.equal(await page.locator("#done-regular-gp").isChecked(), true);
    assert.equal(await page.locator("#done-bank-account").isChecked(), false);
    await context.close();
  });
});
