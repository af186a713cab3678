import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { expectAccessible, phoneContext, screenshot, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();

const thisYear = new Date().getFullYear();
/** Last month, `YYYY-MM`: the person has just arrived, so deadlines lie ahead. */
const lastMonth = (() => {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - 1);
  return date.toISOString().slice(0, 7);
})();

interface Answers {
  basis: string;
  birthYear: number;
  citizenship: string;
  stay: string;
  education?: string;
  children?: number[];
}

/** Fills the bokmål questionnaire as a person would, by the visible labels. */
async function fillQuestionnaire(page: Page, answers: Answers) {
  await page.getByLabel(answers.basis, { exact: true }).check();
  await page.getByLabel("Fødselsår", { exact: true }).fill(String(answers.birthYear));
  await page.getByLabel("Statsborgerskap").selectOption({ label: answers.citizenship });
  await page.getByLabel("Når kom du til Norge, eller når kommer du?").fill(lastMonth);
  await page.getByLabel("Hvor lenge skal du bo i Norge?").selectOption({ label: answers.stay });
  await page.getByLabel("Kommune").selectOption("5001");
  if (answers.education) await page.getByLabel(answers.education, { exact: true }).check();
  for (const [index, year] of (answers.children ?? []).entries()) await page.getByLabel(`Barn ${index + 1}: fødselsår`).fill(String(year));
  await page.getByRole("button", { name: "Vis planen min" }).click();
  await page.waitForURL(/\/nb\/min-plan\/resultat\?/);
}

describe("Min plan", () => {
  test("an EEA worker staying 4 months gets the EEA registration step and a D number", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan`);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Min plan");
    await expectAccessible(page, "questionnaire nb");
    await fillQuestionnaire(page, { basis: "Jeg er EU/EØS-borger og skal jobbe i Norge", birthYear: 1990, citizenship: "Litauen", stay: "3 til 6 måneder" });

    const url = new URL(page.url());
    assert.equal(url.searchParams.get("fodselsar"), "1990");
    assert.ok(![...url.searchParams.values()].some((value) => /^\d{4}-\d{2}-\d{2}$/.test(value)), "no full date in the address");

    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Planen din");
    await page.getByText("Du får d-nummer.").waitFor();
    await page.getByText(/Du må registrere deg innen/).waitFor();
    const steps = page.locator("ol.plan-steps > li");
    assert.ok((await steps.count()) > 2);
    const eeaStep = page.locator("li.plan-step", { has: page.locator("#step-eea-registration") });
    assert.equal(await eeaStep.count(), 1);
    assert.match((await eeaStep.locator("time").getAttribute("datetime")) ?? "", /^\d{4}-\d{2}-\d{2}$/);
    // The details open natively and show what to bring.
    await eeaStep.getByText("Les mer om dette steget").click();
    await eeaStep.getByRole("heading", { name: "Ta med" }).waitFor();
    await expectAccessible(page, "plan nb");
    await screenshot(page, "plan-eea-worker-nb-360");

    // The calendar file for the same answers.
    const ics = await page.request.get(`${e2e.server.baseUrl}/nb/min-plan/kalender.ics${url.search}`);
    assert.equal(ics.status(), 200);
    assert.match(ics.headers()["content-type"] ?? "", /^text\/calendar/);
    const body = await ics.text();
    assert.match(body, /UID:eea-registration@velkomst\r\n/);
    assert.match(body, /DTSTART;VALUE=DATE:\d{8}\r\n/);
    await context.close();
  });

  test("a Polish family with two children moving for good gets school enrolment, without JavaScript", async () => {
    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan`);
    await fillQuestionnaire(page, {
      basis: "Jeg er EU/EØS-borger og skal jobbe i Norge",
      birthYear: 1985,
      citizenship: "Polen",
      stay: "Lenger, eller jeg vet ikke",
      education: "Videregående skole",
      children: [thisYear - 9, thisYear - 12],
    });
    await page.getByText("Du får fødselsnummer.").waitFor();
    assert.equal(await page.locator("#step-school-enrolment").count(), 1);
    assert.equal(await page.locator(".plan-children-rights > li").count(), 2);
    assert.match((await page.locator(".plan-children-rights > li").first().textContent()) ?? "", /Rett og plikt til grunnskole/);
    // Back to change the answers: the questionnaire shows them again.
    await page.getByRole("link", { name: "Endre svarene" }).click();
    assert.equal(await page.getByLabel("Barn 2: fødselsår").inputValue(), String(thisYear - 12));
    assert.equal(await page.getByLabel("Statsborgerskap").inputValue(), "PL");
    await context.close();
  });

  test("a refugee of 30 with upper secondary school has the right and duty to the introduction programme, in Arabic too", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan`);
    await fillQuestionnaire(page, {
      basis: "Jeg er flyktning (asyl eller overføringsflyktning)",
      birthYear: thisYear - 30,
      citizenship: "Syria",
      stay: "Lenger, eller jeg vet ikke",
      education: "Videregående skole",
    });
    await page.getByText("Du har rett og plikt til introduksjonsprogram.").waitFor();
    assert.equal(await page.locator("#step-introduction-programme").count(), 1);
    const search = new URL(page.url()).search;

    await page.goto(`${e2e.server.baseUrl}/ar/min-plan/resultat${search}`);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "خطتك");
    await page.getByText("لديك الحق والواجب في المشاركة في برنامج التعريف.").waitFor();
    await expectAccessible(page, "plan ar");
    await screenshot(page, "plan-refugee-ar-360");
    await page.goto(`${e2e.server.baseUrl}/ar/min-plan${search}`);
    await expectAccessible(page, "questionnaire ar");
    await context.close();
  });

  test("a Ukrainian with collective protection gets a plan in Ukrainian", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    const query = new URLSearchParams({ grunnlag: "collective-protection", fodselsar: "1988", statsborgerskap: "UA", ankomst: lastMonth, opphold: "long", nummer: "5001" });
    const response = await page.goto(`${e2e.server.baseUrl}/uk/min-plan/resultat?${query}`);
    assert.equal(response?.status(), 200);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Ваш план");
    await page.locator("#right-introductionProgramme").waitFor();
    assert.ok((await page.locator("ol.plan-steps > li").count()) > 0);
    await expectAccessible(page, "plan uk");
    await context.close();
  });

  test("ticked steps are remembered on the device, per plan", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    const query = new URLSearchParams({ grunnlag: "eea-worker", fodselsar: "1990", statsborgerskap: "PL", ankomst: lastMonth, opphold: "3-6", nummer: "5014" });
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan/resultat?${query}`);
    const first = page.locator('input[name="ferdig"]').first();
    await first.check();
    await page.reload();
    assert.equal(await first.isChecked(), true);
    await page.goto(`${e2e.server.baseUrl}/en/min-plan/resultat?${query}`);
    assert.equal(await page.locator('input[name="ferdig"]').first().isChecked(), true, "the same plan in another language keeps its ticks");
    query.set("opphold", "long");
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan/resultat?${query}`);
    assert.equal(await page.locator('input[name="ferdig"]:checked').count(), 0);
    await context.close();
  });

  test("missing answers come back with the questionnaire, a summary and messages by the fields", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan`);
    await page.getByLabel("Fødselsår", { exact: true }).fill("19");
    const [response] = await Promise.all([page.waitForResponse(/\/min-plan\/resultat/), page.getByRole("button", { name: "Vis planen min" }).click()]);
    assert.equal(response.status(), 400);
    await page.getByRole("link", { name: /Hvorfor bor du i Norge\?: Svar på dette spørsmålet/ }).waitFor();
    await page.getByText(/Skriv et år med fire sifre/).first().waitFor();
    assert.equal(await page.getByLabel("Fødselsår", { exact: true }).inputValue(), "19");
    await expectAccessible(page, "questionnaire with errors nb");
    await screenshot(page, "plan-questionnaire-errors-nb-360");
    await context.close();
  });
});
