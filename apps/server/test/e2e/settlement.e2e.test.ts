import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { demoAccounts } from "../../src/demo/demo-seed.ts";
import { testClock } from "../test-clock.ts";
import { countEnquiriesOfRun } from "../settlement-enquiry-count.ts";
import { checkRtlPages, expectAccessible, expectNoSidewaysScroll, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
const year = 2027;
const emailOf = (role: string) => demoAccounts.find((a) => a.role === role)!.email;

async function signIn(browser: Browser, role: "national-admin" | "municipality-admin", options: { javaScriptEnabled?: boolean; locale?: string } = {}): Promise<Page> {
  return signInAsStaff(await phoneContext(browser, options), e2e.server.baseUrl, emailOf(role));
}

describe("settlement: from the national need to a household settled in Frøya", () => {
  let proposalUrl = "";
  let reference = "";

  test("IMDi opens 2027 and sends Frøya and Hitra their requests", async () => {
    const page = await signIn(e2e.browser, "national-admin");
    await page.getByRole("link", { name: /Bosetting/ }).first().click();
    await page.waitForURL(/\/nb\/ansatt\/bosetting$/);
    await expectAccessible(page, "settlement home nb");
    await page.getByLabel("År", { exact: true }).fill(String(year));
    await page.getByLabel("Nasjonalt behov (personer)").fill("120");
    await page.getByLabel("Herav enslige mindreårige").fill("2");
    await page.getByRole("button", { name: "Åpne året" }).click();
    await page.waitForURL(new RegExp(`/nb/ansatt/bosetting/${year}\\?ok=yearOpened$`));
    assert.ok(await page.getByText("Bosettingsåret er åpnet.").isVisible());

    for (const [number, persons] of [["5014", "12"], ["5056", "10"]] as const) {
      await page.getByLabel("Kommune", { exact: true }).selectOption(number);
      await page.locator("#field-request-persons").fill(persons);
      await page.getByRole("button", { name: "Send anmodningen" }).click();
      await page.waitForURL(new RegExp(`/kommuner/${number}\\?ok=request$`));
      assert.ok(await page.getByText(`IMDi ber kommunen bosette ${persons} personer`).isVisible());
      await page.goto(`${e2e.server.baseUrl}/nb/ansatt/bosetting/${year}`);
    }
    // IMDi records Hitra's decision from its letter; Frøya answers for itself below.
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/bosetting/${year}/kommuner/5056`);
    await page.getByLabel("Antall personer").fill("8");
    await page.getByLabel("Tilrettelagte boliger for rullestol").fill("1");
    const today = testClock.today();
    await page.getByLabel("Dato for det politiske vedtaket").fill(`${today.slice(8, 10)}.${today.slice(5, 7)}.${today.slice(0, 4)}`);
    await page.getByRole("button", { name: "Lagre vedtaket" }).click();
    await page.waitForURL(/\/kommuner\/5056\?ok=decision$/);
    await page.context().close();
  });

  test("Frøya's administrator answers with the municipality's decision, without JavaScript", async () => {
    const page = await signIn(e2e.browser, "municipality-admin", { javaScriptEnabled: false });
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/bosetting/${year}`);
    await page.getByRole("link", { name: /Frøya/ }).first().click();
    await page.waitForURL(/\/kommuner\/5014$/);
    assert.ok(await page.getByText("IMDi ber kommunen bosette 12 personer, herav 0 enslige mindreårige.").isVisible());
    await page.getByLabel("Antall personer").fill("10");
    // A text field for dd.mm.åååå with a number keypad, not the browser's date picker (mm/dd/yyyy in some languages).
    const decidedOn = page.getByLabel("Dato for det politiske vedtaket");
    assert.equal(await decidedOn.getAttribute("type"), "text");
    assert.equal(await decidedOn.getAttribute("inputmode"), "numeric");
    await decidedOn.fill("i går");
    await page.getByRole("button", { name: "Lagre vedtaket" }).click();
    assert.ok(await page.getByText("Skriv en gyldig dato (DD.MM.ÅÅÅÅ).").first().isVisible(), "a bad date is named at its field");
    await screenshot(page, "settlement-decision-bad-date-nb-360");
    await page.getByLabel("Dato for det politiske vedtaket").fill(`02.11.${year - 1}`);
    await page.getByLabel("Kommunen kan gi tilrettelagt helse- og omsorgstilbud").check();
    await page.getByRole("button", { name: "Lagre vedtaket" }).click();
    await page.waitForURL(/\/kommuner\/5014\?ok=decision$/);
    assert.ok(await page.getByText("Vedtaket er lagret.").isVisible());
    // Hitra's page shows its figures, but no form for Frøya's administrator.
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/bosetting/${year}/kommuner/5056`);
    assert.equal(await page.getByRole("button", { name: "Lagre vedtaket" }).count(), 0);
    await page.context().close();
  });

  test("IMDi runs a batch, overrides one proposal with a reason and sends the enquiry", async () => {
    const page = await signIn(e2e.browser, "national-admin");
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/bosetting/${year}`);
    await expectAccessible(page, "settlement year nb");
    await screenshot(page, "settlement-year-nb-360");
    await page.getByRole("navigation", { name: "Bosetting" }).getByRole("link", { name: "Forslag (kjøringer)" }).click();
    // Pressed, the form says the run is working and will not be sent twice (held here, so nothing runs yet).
    const runsUrl = page.url();
    await page.locator("form[data-busy-text]").evaluate((form) => form.addEventListener("submit", (event) => event.preventDefault()));
    await page.getByRole("button", { name: "Kjør forslaget" }).click();
    assert.match((await page.getByRole("status").textContent()) ?? "", /Beregner forslag … Dette tar opptil \d+ sekunder\./);
    assert.equal(await page.locator("form[data-busy-text]").getAttribute("aria-busy"), "true");
    assert.equal(await page.getByRole("button", { name: "Kjør forslaget" }).getAttribute("aria-disabled"), "true");
    await page.goto(runsUrl);
    await page.getByRole("button", { name: "Kjør forslaget" }).click();
    await page.waitForURL(/\/kjoringer\/[0-9a-f-]{36}\?ok=run$/, { timeout: 120_000 });
    assert.ok(await page.getByText("Kjøringen er ferdig.").isVisible());
    await expectAccessible(page, "settlement run nb");
    await screenshot(page, "settlement-run-nb-360");
    const runUrl = page.url().replace(/\?.*$/, "");

    const row = page.getByRole("row").filter({ hasText: "Hitra" }).first();
    reference = (await row.getByRole("link").textContent()) ?? "";
    await row.getByRole("link").click();
    await page.waitForURL(/\/forslag\/[0-9a-f-]{36}$/);
    proposalUrl = page.url();
    assert.ok(await page.getByRole("heading", { name: `Forslag for ${reference}` }).isVisible());
    assert.ok(await page.getByRole("table", { name: "Poengdeler for Hitra" }).isVisible(), "the score is shown part by part");
    await expectAccessible(page, "settlement proposal nb");
    await screenshot(page, "settlement-proposal-nb-360");

    await page.getByLabel("Kandidat").selectOption("5014");
    await page.getByRole("button", { name: "Overstyr" }).click();
    assert.ok(await page.getByText("Skriv en begrunnelse på minst 3 tegn.").first().isVisible(), "the reason is mandatory");
    await expectAccessible(page, "settlement override error nb");
    await page.getByLabel("Begrunnelse").fill("Familien har nettverk på Frøya og erfaring fra havbruk.");
    await page.getByRole("button", { name: "Overstyr" }).click();
    await page.waitForURL(/\?ok=override$/);
    assert.ok(await page.getByText(/Overstyrt til Frøya: «Familien har nettverk på Frøya/).isVisible());
    await page.getByRole("button", { name: "Send forespørsel" }).click();
    await page.waitForURL(/\?ok=enquiry$/);
    assert.ok(await page.getByText("Forespørsel er sendt til Frøya.").isVisible());

    // "Send alle forespørsler" asks once more, with how many enquiries, municipalities and e-mails.
    await page.goto(runUrl);
    await page.getByRole("button", { name: "Send alle forespørsler" }).click();
    assert.ok(await page.getByRole("heading", { level: 1, name: "Sende alle forespørslene?" }).isVisible());
    const summary = page.locator(".settlement-figures");
    assert.match((await summary.textContent()) ?? "", /Forespørsler som sendes\d+/);
    assert.match((await summary.textContent()) ?? "", /E-poster til kommunenes administratorer\d+/);
    const runId = runUrl.split("/").at(-1)!;
    const enquiriesBefore = await countEnquiriesOfRun(e2e.server.testApp.app.services.db, runId);
    await expectAccessible(page, "settlement send-all confirmation nb");
    await screenshot(page, "settlement-send-all-confirm-nb-360");
    await page.getByRole("link", { name: "Nei, gå tilbake" }).click();
    await page.waitForURL(runUrl);
    const enquiriesAfter = await countEnquiriesOfRun(e2e.server.testApp.app.services.db, runId);
    assert.equal(enquiriesAfter, enquiriesBefore, "asking sent nothing");
    for (const lang of ["uk", "ar"]) {
      await page.goto(runUrl.replace("/nb/", `/${lang}/`));
      await page.locator(`form[action$="/foresporsler"] button`).click();
      await expectAccessible(page, `settlement send-all confirmation ${lang}`);
      await screenshot(page, `settlement-send-all-confirm-${lang}-360`);
    }
    await page.context().close();
  });

  test("Frøya's administrator accepts the enquiry; the household is settled", async () => {
    const page = await signIn(e2e.browser, "municipality-admin");
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/bosetting/${year}/foresporsler`);
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(reference) }) });
    assert.ok(await card.isVisible());
    await expectAccessible(page, "settlement enquiries nb");
    await screenshot(page, "settlement-enquiries-nb-360");
    await card.getByRole("link", { name: reference }).click();
    assert.ok(await page.getByText("Oppslaget ditt er lagret i revisjonsloggen.").isVisible());
    await expectAccessible(page, "settlement household nb");
    await screenshot(page, "settlement-household-nb-360");
    await page.context().close();

    // The confirmation, looked at in three languages and left with "go back": nothing is answered.
    for (const lang of ["nb", "uk", "ar"]) {
      const look = await signIn(e2e.browser, "municipality-admin");
      await look.goto(`${e2e.server.baseUrl}/${lang}/ansatt/bosetting/${year}/foresporsler`);
      await look.locator(`form[action$="/svar"]:has(input[value="accepted"]) button`).first().click();
      await expectAccessible(look, `settlement accept confirmation ${lang}`);
      await screenshot(look, `settlement-accept-confirm-${lang}-360`);
      await look.locator(".settlement-confirm form a").click();
      await look.waitForURL(new RegExp(`/${lang}/ansatt/bosetting/${year}/foresporsler$`));
      await look.context().close();
    }

    // Without JavaScript: "Godta" asks once more with who, how many and what happens next.
    const noScript = await signIn(e2e.browser, "municipality-admin", { javaScriptEnabled: false });
    await noScript.goto(`${e2e.server.baseUrl}/nb/ansatt/bosetting/${year}/foresporsler`);
    const openCard = noScript.getByRole("listitem").filter({ has: noScript.getByRole("heading", { name: new RegExp(reference) }) });
    await openCard.getByRole("button", { name: `Godta: ${reference}` }).click();
    assert.ok(await noScript.getByRole("heading", { level: 1, name: `Godta forespørselen om ${reference}?` }).isVisible());
    assert.ok(await noScript.getByText(/husstanden blir bosatt i Frøya/).isVisible(), "says what happens next");
    await expectNoSidewaysScroll(noScript, "accept confirmation nb without JavaScript");
    await noScript.getByRole("button", { name: "Ja, godta og bosett husstanden" }).click();
    await noScript.waitForURL(/\?ok=accepted$/);
    assert.ok(await noScript.getByText("Forespørselen er godtatt. Husstanden er bosatt i kommunen.").isVisible());
    assert.ok(await noScript.getByRole("cell", { name: /Godtatt/ }).first().isVisible());
    await noScript.goto(`${e2e.server.baseUrl}/nb/ansatt/bosetting/${year}/kommuner/5014`);
    assert.ok(await noScript.getByText("Bosatt").first().isVisible());
    await noScript.context().close();
  });

  test("the main pages in Arabic, right to left, at 360 px", async () => {
    const page = await signIn(e2e.browser, "national-admin", { locale: "ar" });
    await checkRtlPages(page, e2e.server.baseUrl, [
      [`/ar/ansatt/bosetting/${year}`, "settlement-year-ar-360"],
      [`/ar/ansatt/bosetting/${year}/kjoringer`, "settlement-runs-ar-360"],
      [proposalUrl.replace("/nb/", "/ar/"), "settlement-proposal-ar-360"],
      [`/ar/ansatt/bosetting/${year}/rettferdighet`, "settlement-fairness-ar-360"],
      [`/ar/ansatt/bosetting/${year}/vekter`, "settlement-weights-ar-360"],
    ]);
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/bosetting/${year}/rettferdighet`);
    await expectAccessible(page, "settlement fairness nb");
    await screenshot(page, "settlement-fairness-nb-360");
    await page.context().close();
  });
});
