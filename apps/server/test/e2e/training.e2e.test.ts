import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { addDays } from "../../src/events/oslo-time.ts";
import { testClock } from "../test-clock.ts";
import { expectAccessible, expectNoSidewaysScroll, phoneContext, reflowWidth, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
/** A date as people in Norway type it: 17.05.2026. */
const typed = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

describe("training: a labour migrant with a duty to Norwegian and social studies", () => {
  test("registered in bokmål with a test result typed dd.mm.åååå, the result corrected with a reason, read in Arabic, accessible at 360 px", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signInAsStaff(context, e2e.server.baseUrl, "koordinator.hitra@demo.velkomst.no");
    await page.getByRole("link", { name: "Norsk og samfunnskunnskap" }).click();
    await page.waitForURL(/\/nb\/ansatt\/opplaering$/);
    await page.getByRole("link", { name: "Registrer deltaker" }).click();
    await page.getByLabel("Navn", { exact: true }).fill("Arjun Mehta");
    await page.getByLabel("Fødselsdato").fill("09.09.1991");
    await page.getByLabel("Grunnlag for opphold").selectOption("work-permit");
    await page.getByLabel("Ankomst til Norge").fill(typed(addDays(testClock.today(), -40)));
    await page.getByLabel("Høyeste fullførte utdanning").selectOption("higher");
    await expectAccessible(page, "training-new-nb");
    await page.getByRole("button", { name: "Registrer" }).click();
    await page.waitForURL(/\/nb\/ansatt\/opplaering\/[0-9a-f-]{36}$/);
    assert.ok(await page.getByText("Ikke rett · plikt · betaler selv").isVisible());
    await page.getByLabel("Ferdighet").selectOption("reading");
    await page.getByLabel("Nivå", { exact: true }).selectOption("A2");
    await page.getByLabel("Prøve").fill("Norskprøven");
    await page.getByLabel("Dato", { exact: true }).fill(typed(testClock.today()));
    await page.getByRole("button", { name: "Registrer prøveresultat" }).click();
    await page.getByText("Lagret.").waitFor();
    const learnerUrl = page.url().replace("?lagret=1", "");

    // A wrong level is corrected, with the reason, and the history says what it was.
    await page.getByRole("link", { name: "Endre eller fjern" }).click();
    await page.waitForURL(/\/resultat\/[0-9a-f-]{36}$/);
    const correctionUrl = page.url();
    assert.equal(await page.getByLabel("Dato", { exact: true }).inputValue(), typed(testClock.today()));
    await page.getByLabel("Nivå", { exact: true }).selectOption("B1");
    await page.getByRole("button", { name: "Lagre endringen" }).click();
    assert.equal(await page.locator("#field-endringsgrunn-error").textContent(), "Skriv hvorfor det rettes (høyst 1000 tegn).");
    await expectAccessible(page, "training-correction-nb");
    await screenshot(page, "training-correction-nb-360");
    await page.getByLabel("Hvorfor rettes dette?").fill("Lest av feil rad i prøvelisten");
    await page.getByRole("button", { name: "Lagre endringen" }).click();
    await page.getByText("Endringen er lagret.").waitFor();
    assert.ok(await page.getByText(/^Endret fra Lesing: A2, Norskprøven, .* til Lesing: B1, Norskprøven/).isVisible());
    await expectAccessible(page, "training-learner-nb");
    await screenshot(page, "training-learner-nb-360");
    await page.setViewportSize({ width: reflowWidth, height: 800 });
    await expectNoSidewaysScroll(page);
    await page.goto(`${correctionUrl}/fjern`);
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 360, height: 800 });
    await expectAccessible(page, "training-removal-nb");
    await screenshot(page, "training-removal-nb-360");

    await page.goto(correctionUrl.replace("/nb/", "/ar/"));
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    await expectAccessible(page, "training-correction-ar");
    await screenshot(page, "training-correction-ar-360");
    await page.goto(learnerUrl.replace("/nb/", "/ar/"));
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.ok(await page.getByText("ليس له الحق · ملزم · يدفع بنفسه").isVisible());
    assert.doesNotMatch(await page.locator("main").innerText(), /Du har plikt/, "the rules explain in Arabic, not bokmål");
    await expectAccessible(page, "training-learner-ar");
    await screenshot(page, "training-learner-ar-360");
    await context.close();
  });
});
