import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { expectAccessible, lastMonth, phoneContext, screenshot, useE2eSession } from "./browser.ts";
import { testClock } from "../test-clock.ts";

const e2e = useE2eSession();

const eeaWorker = new URLSearchParams({ grunnlag: "eea-worker", fodselsar: "1990", statsborgerskap: "PL", ankomst: lastMonth, opphold: "long", nummer: "5014" });

// Issue 12: what newcomers ran into in a review in Chromium at phone width.
describe("issue 12, newcomers", () => {
  test("switching language keeps the plan, the step reached and the search words", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/ar/min-plan/resultat?${eeaWorker}`);
    await page.getByRole("link", { name: "Norsk bokmål" }).click();
    await page.waitForURL(/\/nb\/min-plan\/resultat\?/);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Planen din");

    const answers = new URLSearchParams({ grunnlag: "refugee", fodselsar: "1990", statsborgerskap: "SY" });
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan/steg/4?${answers}`);
    await page.getByRole("link", { name: "Українська" }).click();
    await page.waitForURL(/\/uk\/min-plan\/steg\/4\?/);
    await page.getByRole("progressbar", { name: /4/ }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get("fodselsar"), "1990");

    await page.goto(`${e2e.server.baseUrl}/nb/kommune/5014/sok?q=lege`);
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL(/\/en\/kommune\/5014\/sok\?q=lege$/);
    assert.equal(await page.getByRole("searchbox").inputValue(), "lege");
    await context.close();
  });

  test("a newcomer finds a sign-in of their own: a neutral link in the header and a page that welcomes them", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    for (const [lang, name] of [["nb", "Logg inn"], ["en", "Sign in"], ["uk", "Увійти"], ["ar", "تسجيل الدخول"]] as const) {
      await page.goto(`${e2e.server.baseUrl}/${lang}/`);
      await page.getByRole("banner").getByRole("link", { name, exact: true }).waitFor();
    }
    // Min side asks a signed-out newcomer to sign in, on a page that speaks to them and offers an account.
    await page.goto(`${e2e.server.baseUrl}/nb/min-side`);
    await page.waitForURL(/\/nb\/logg-inn\?tilbake=/);
    assert.match((await page.locator("main").textContent()) ?? "", /Min side/);
    assert.equal(await page.getByRole("link", { name: "Lag en konto" }).getAttribute("href"), "/nb/min-side/ny-konto");
    await context.close();
  });

  test("a municipality is found by its name, without JavaScript: æ/ø/å folded, A–Z, several matches listed", async () => {
    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/`);
    await page.getByRole("searchbox", { name: "Finn kommunen din" }).fill("Froya");
    await page.getByRole("button", { name: "Finn" }).click();
    await page.waitForURL(/\/nb\/kommune\/5014$/);

    await page.goto(`${e2e.server.baseUrl}/nb/kommune`);
    const names = await page.locator(".municipality-grid a").allTextContents();
    assert.equal(names.length, 357);
    assert.deepEqual([names[0]![0], names.at(-1)![0]], ["A", "Å"], "A to Å, with Å last");
    await page.getByRole("searchbox", { name: "Finn kommunen din" }).fill("heroy");
    await page.getByRole("button", { name: "Finn" }).click();
    await page.waitForURL(/\/nb\/kommune\?sok=heroy$/);
    assert.deepEqual(await page.locator(".municipality-grid a").allTextContents(), ["Herøy (Møre og Romsdal)", "Herøy (Nordland)"]);
    await page.getByRole("heading", { name: "2 kommuner passer til «heroy»" }).waitFor();
    await screenshot(page, "municipality-finder-nb-360");
    await context.close();
  });

  test("with JavaScript the finder suggests as the reader types, in Cyrillic too", async () => {
    const context = await phoneContext(e2e.browser, { locale: "uk-UA" });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/uk/`);
    await page.getByRole("searchbox", { name: "Знайдіть свою комуну" }).pressSequentially("Тромсе");
    await page.locator(".municipality-suggestions").getByRole("link", { name: "Tromsø" }).click();
    await page.waitForURL(/\/uk\/kommune\/5501$/);
    await page.goto(`${e2e.server.baseUrl}/uk/kommune?sok=Тромсе`);
    await expectAccessible(page, "municipality finder uk");
    await screenshot(page, "municipality-finder-uk-360");
    await page.goto(`${e2e.server.baseUrl}/ar/kommune?sok=tromso`.replace("tromso", "trom"));
    await expectAccessible(page, "municipality finder ar");
    await screenshot(page, "municipality-finder-ar-360");
    await context.close();
  });

  test("a plan started from a municipality's page already knows the municipality", async () => {
    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/kommune/5014`);
    await page.getByRole("link", { name: /Lag din egen plan/ }).click();
    await page.getByRole("link", { name: "Start" }).click();
    await page.getByLabel("Jeg er EU/EØS-borger og skal jobbe i Norge", { exact: true }).check();
    await page.getByRole("button", { name: "Neste" }).click();
    await page.getByLabel("Fødselsår", { exact: true }).fill("1990");
    await page.getByRole("button", { name: "Neste" }).click();
    await page.getByLabel("Statsborgerskap").selectOption({ label: "Polen" });
    await page.getByRole("button", { name: "Neste" }).click();
    await page.getByLabel("Når kom du til Norge, eller når kommer du?").fill(lastMonth);
    await page.getByRole("button", { name: "Neste" }).click();
    await page.getByRole("progressbar", { name: "Spørsmål 5 av 7" }).waitFor();
    assert.equal(await page.getByLabel("Kommune").inputValue(), "5014");
    await context.close();
  });

  test("deadlines come soonest first and, with only the month of arrival known, as a time after arrival", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan/resultat?${eeaWorker}`);
    const dated = page.locator("li.plan-step", { has: page.locator(".plan-step-meta", { hasText: "Frist:" }) });
    assert.deepEqual(await dated.locator("h3").allTextContents(), ["Meld flytting til Norge", "Registrer deg hos politiet"]);
    assert.deepEqual(
      (await dated.locator(".plan-step-meta").allTextContents()).map((text) => text.replace(/^.*Frist: /, "")),
      ["8 dager etter ankomst", "3 måneder etter ankomst"],
    );
    await page.getByText("Du må registrere deg innen 3 måneder etter at du kom til Norge.").waitFor();
    assert.equal(await page.locator(".plan-step time").count(), 0, "no date counted from the 1st of the month");
    await context.close();
  });

  test("on a phone the steps come first, with a count of those done; rights that do not apply are folded away; saving comes after", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan/resultat?${eeaWorker}`);
    const stepsHeading = await page.getByRole("heading", { name: "Steg for steg" }).boundingBox();
    assert.ok(stepsHeading && stepsHeading.y + stepsHeading.height < 780, `the steps start on the first screen (y=${stepsHeading?.y})`);
    const lastStep = await page.locator("ol.plan-steps > li").last().boundingBox();
    const savePanel = await page.getByRole("heading", { name: "Lagre planen" }).boundingBox();
    assert.ok(lastStep && savePanel && savePanel.y > lastStep.y, "the save panel after the steps");
    // An EEA worker has no introduction programme: folded away, not a card among the others.
    const folded = page.locator("details.plan-not-applying");
    assert.match((await folded.locator("summary").textContent()) ?? "", /gjelder ikke for deg/);
    assert.equal(await page.locator("#right-introductionProgramme").isVisible(), false);
    await folded.locator("summary").click();
    await page.locator("#right-introductionProgramme").waitFor({ state: "visible" });

    const count = page.locator("#plan-progress-count");
    const total = await page.locator("ol.plan-steps > li").count();
    assert.equal(await count.textContent(), `Ferdig: 0 av ${total} steg`);
    await page.locator('input[name="ferdig"]').first().check();
    assert.equal(await count.textContent(), `Ferdig: 1 av ${total} steg`);
    await page.getByText("Det du krysser av, huskes bare på denne enheten.", { exact: false }).waitFor();
    await expectAccessible(page, "plan nb");
    await screenshot(page, "plan-eea-worker-nb-360-steps-first");
    await context.close();
  });

  test("years typed in Arabic-Indic or Persian digits are accepted", async () => {
    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [digits, child] of [["١٩٩٠", "٢٠١٥"], ["۱۹۹۰", "۲۰۱۵"]] as const) {
      await page.goto(`${e2e.server.baseUrl}/ar/min-plan/steg/2?grunnlag=refugee`);
      await page.locator("#field-fodselsar").fill(digits);
      const [response] = await Promise.all([page.waitForResponse(/\/min-plan\/steg\/3/), page.getByRole("button", { name: "التالي" }).click()]);
      assert.equal(response.status(), 200, `${digits} is a year`);
      assert.equal(new URL(page.url()).searchParams.get("fodselsar"), digits, "the address keeps what was typed");
      const answers = new URLSearchParams({ grunnlag: "refugee", fodselsar: digits, statsborgerskap: "SY", ankomst: lastMonth, nummer: "5014", barn1: child });
      const plan = await page.goto(`${e2e.server.baseUrl}/ar/min-plan/resultat?${answers}`);
      assert.equal(plan?.status(), 200, `the plan from ${digits}`);
    }
    await context.close();
  });

  test("a failed submit: «Feil:» in the title, the focus on the summary above the guidance, no «?:»", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan/alle`);
    await page.getByRole("button", { name: "Vis planen min" }).click();
    await page.waitForURL(/\/nb\/min-plan\/resultat/);
    assert.match(await page.title(), /^Feil: Min plan/);
    const summaryLink = page.getByRole("link", { name: /^Hvorfor bor du i Norge\? Svar på dette spørsmålet/ });
    await summaryLink.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.querySelector("a[href='#field-grunnlag']") !== null), true, "the summary has the focus");
    const summary = await page.locator(".ds-error-summary").boundingBox();
    const lead = await page.getByText("Svar på noen korte spørsmål.", { exact: false }).first().boundingBox();
    assert.ok(summary && lead && summary.y < lead.y, "the summary before the guidance");
    await context.close();
  });

  test("a plan for a family of five children, and no calendar link when no step has a date", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    const thisYear = Number(testClock.today().slice(0, 4));
    const family = new URLSearchParams({ grunnlag: "refugee", fodselsar: "1985", statsborgerskap: "SY", ankomst: lastMonth, nummer: "5014" });
    for (let child = 1; child <= 5; child++) family.set(`barn${child}`, String(thisYear - 2 * child));
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan/resultat?${family}`);
    assert.equal(await page.locator(".plan-children-rights > li").count(), 5);
    assert.equal(await page.getByRole("link", { name: /kalenderen/ }).count(), 0, "a refugee's steps have no dates");
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan/alle?${family}`);
    assert.equal(await page.getByLabel("Barn 5: fødselsår").inputValue(), String(thisYear - 10), "the fifth child shown, its group opened");
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan/resultat?${eeaWorker}`);
    assert.equal(await page.getByRole("link", { name: /kalenderen/ }).count(), 1);
    await context.close();
  });

  test("every page has a favicon", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/`);
    const href = await page.locator('link[rel="icon"]').getAttribute("href");
    const icon = await page.request.get(`${e2e.server.baseUrl}${href}`);
    assert.equal(icon.status(), 200);
    assert.match(icon.headers()["content-type"] ?? "", /^image\/svg\+xml/);
    await context.close();
  });

  test("the header takes at most 15 % of a phone's screen, and no page scrolls sideways at 320 px", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    for (const lang of ["nb", "uk", "ar"]) {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(`${e2e.server.baseUrl}/${lang}/min-plan/resultat?${eeaWorker}`);
      const header = await page.locator(".site-header").boundingBox();
      assert.ok(header && header.height <= 0.15 * 780, `${lang}: header ${header?.height} px of 780`);
      await screenshot(page, `plan-result-${lang}-360`);
      await page.setViewportSize({ width: 320, height: 780 });
      for (const path of [`/${lang}/min-plan/resultat?${eeaWorker}`, `/${lang}/kommune?sok=heroy`, `/${lang}/`, `/${lang}/logg-inn`, `/${lang}/min-plan/alle`]) {
        await page.goto(`${e2e.server.baseUrl}${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 320, `${path}: ${width} px wide at 320`);
      }
    }
    await context.close();
  });
});
