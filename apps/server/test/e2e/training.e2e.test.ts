import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { addDays } from "../../src/events/oslo-time.ts";
import { testClock } from "../test-clock.ts";
import { expectAccessible, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();

describe("training: a labour migrant with a duty to Norwegian and social studies", () => {
  test("registered in bokmål with a test result, read in Arabic, accessible at 360 px", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signInAsStaff(context, e2e.server.baseUrl, "koordinator.hitra@demo.velkomst.no");
    await page.getByRole("link", { name: "Norsk og samfunnskunnskap" }).click();
    await page.waitForURL(/\/nb\/ansatt\/opplaering$/);
    await page.getByRole("link", { name: "Registrer deltaker" }).click();
    await page.getByLabel("Navn", { exact: true }).fill("Arjun Mehta");
    await page.getByLabel("Fødselsdato").fill("1991-09-09");
    await page.getByLabel("Grunnlag for opphold").selectOption("work-permit");
    await page.getByLabel("Ankomst til Norge").fill(addDays(testClock.today(), -40));
    await page.getByLabel("Høyeste fullførte utdanning").selectOption("higher");
    await expectAccessible(page, "training-new-nb");
    await page.getByRole("button", { name: "Registrer" }).click();
    await page.waitForURL(/\/nb\/ansatt\/opplaering\/[0-9a-f-]{36}$/);
    assert.ok(await page.getByText("Ikke rett · plikt · betaler selv").isVisible());
    await page.getByLabel("Ferdighet").selectOption("reading");
    await page.getByLabel("Nivå", { exact: true }).selectOption("A2");
    await page.getByLabel("Prøve").fill("Norskprøven");
    await page.getByLabel("Dato", { exact: true }).fill(testClock.today());
    await page.getByRole("button", { name: "Registrer prøveresultat" }).click();
    await page.getByText("Lagret.").waitFor();
    await expectAccessible(page, "training-learner-nb");
    await screenshot(page, "training-learner-nb-360");
    await page.goto(page.url().replace("/nb/", "/ar/").replace("?lagret=1", ""));
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.ok(await page.getByText("ليس له الحق · ملزم · يدفع بنفسه").isVisible());
    assert.doesNotMatch(await page.locator("main").innerText(), /Du har plikt/, "the rules explain in Arabic, not bokmål");
    await expectAccessible(page, "training-learner-ar");
    await screenshot(page, "training-learner-ar-360");
    await context.close();
  });
});
