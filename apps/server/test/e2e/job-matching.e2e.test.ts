import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { BrowserContext, Page } from "playwright-core";
import { demoPassword } from "../test-app.ts";
import { checkRtlPages, expectAccessible, phoneContext, reflowWidth, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
const candidateEmail = "nykommer@demo.velkomst.no";
const contact = { name: "Oksana Demo", email: "oksana.kovalenko@example.com", phone: "+47 987 65 432" };

/** The demo newcomer's skills profile (instead of the seeded one), as the profile pages (built in parallel) would store it: an electrician from Ukraine. */
async function giveCandidateAProfile(): Promise<void> {
  const { db, clock } = e2e.server.testApp.app.services;
  const user = await db.selectFrom("users").select("id").where("email", "=", candidateEmail).executeTakeFirstOrThrow();
  const now = clock.now();
  // Replaces the demo seed's profile: this journey starts from one that has not opted in.
  await db.deleteFrom("skills_profiles").where("user_id", "=", user.id).execute();
  await db
    .insertInto("skills_profiles")
    .values({
      user_id: user.id,
      participant_id: null,
      full_name: contact.name,
      email: contact.email,
      phone: contact.phone,
      language: "uk",
      municipality_number: "5014",
      education: JSON.stringify([{ level: "vocational", field: "Електромонтаж", country: "UA", completedYear: 2012, recognition: "recognised" }]),
      experience: JSON.stringify([{ occupationCode: "7411", title: "Електрик", employer: "Київенерго", country: "UA", fromYear: 2012, toYear: 2022 }]),
      languages: JSON.stringify([{ code: "uk", level: "native" }, { code: "en", level: "B1" }]),
      norwegian: JSON.stringify({ listening: "B1", reading: "B1", writing: "A2", speaking: "A2" }),
      driving_licences: ["B"],
      certificates: JSON.stringify([]),
      wishes: JSON.stringify({ occupations: ["7411"], municipalities: ["5014"], hoursPerWeek: 37.5 }),
      consent_given_at: now,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** A job fair in Frøya in two weeks, as the events module's staff pages would make it. */
async function addJobFair(): Promise<string> {
  const { db, clock } = e2e.server.testApp.app.services;
  const starts = new Date(clock.now().getTime() + 14 * 86_400_000);
  const event = await db
    .insertInto("events")
    .values({ municipality_number: "5014", region_id: null, kind: "job-fair", meeting_place_id: null, place_name: "Frøya kultursenter", address: "Sistranda", starts_at: starts, ends_at: new Date(starts.getTime() + 3 * 3_600_000), recurrence: null, languages: ["nb", "uk"], target_group: "job-seekers", organiser_name: "Frøya kommune", organiser_kind: "municipality", capacity: null, created_by: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("event_texts").values([{ event_id: event.id, language: "nb", title: "Jobbmesse på Frøya", description: "Møt arbeidsgivere i havbruk og fiskeindustri." }, { event_id: event.id, language: "ar", title: "معرض توظيف في فرويا", description: "" }]).execute();
  return event.id;
}

/** A screenshot at 320 px too (WCAG reflow width), the viewport set back after. */
async function screenshotAt320(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: reflowWidth, height: viewport.height });
  await screenshot(page, name);
  await page.setViewportSize(viewport);
}

async function signInAsNewcomer(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${e2e.server.baseUrl}/nb/logg-inn`);
  await page.getByLabel("E-postadresse").fill(candidateEmail);
  await page.getByLabel("Passord").fill(demoPassword);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/logg-inn"));
  return page;
}

describe("job matching: an employer posts an opening, sees a pseudonymous match, the candidate accepts, the employer sees the contact", () => {
  let openingUrl = "";

  test("the candidate opts in on Min side (Ukrainian, 360 px, axe clean)", async () => {
    await giveCandidateAProfile();
    const context = await phoneContext(e2e.browser, { locale: "uk-UA" });
    const page = await signInAsNewcomer(context);
    await page.goto(`${e2e.server.baseUrl}/uk/min-side`);
    await page.getByRole("link", { name: /Підбір роботи/ }).click();
    await page.waitForURL(/\/uk\/min-side\/jobb$/);
    assert.ok(await page.getByText("Роботодавці не можуть вас знайти.").isVisible());
    await page.getByRole("button", { name: "Так, дозволити роботодавцям знайти мене" }).click();
    await page.waitForURL(/\/uk\/min-side\/jobb\?melding=inn$/);
    assert.ok(await page.getByText("Тепер роботодавці можуть вас знайти.").isVisible());
    await expectAccessible(page, "my jobs uk");
    await screenshot(page, "job-matching-mine-uk-360");
    await context.close();
  });

  test("the employer posts an opening and sees the candidate without name or contact, with the explanation (nb and ar)", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signInAsStaff(context, e2e.server.baseUrl, "arbeidsgiver@demo.velkomst.no");
    await page.getByRole("link", { name: /Stillinger og kandidater/ }).click();
    await page.waitForURL(/\/nb\/arbeidsgiver\/stillinger$/);
    await page.getByRole("link", { name: "Legg ut en stilling" }).click();
    await page.getByLabel("Stillingstittel").fill("Elektriker til fiskeforedling");
    await page.getByLabel("Yrke", { exact: true }).fill("elektrikr");
    await page.getByLabel("lytte").selectOption("B1");
    await page.getByLabel("snakke").selectOption("B1");
    await expectAccessible(page, "opening form nb");
    await screenshot(page, "job-matching-form-nb-360");
    await page.getByRole("button", { name: "Lagre stillingen" }).click();
    await page.waitForURL(/\/nb\/arbeidsgiver\/stillinger\/[0-9a-f-]+\?melding=created$/);
    openingUrl = page.url().replace(/\?.*$/, "");
    assert.ok(await page.getByText("Stillingen er lagt ut.").isVisible());
    assert.ok(await page.getByText(/lovregulert yrke/).isVisible(), "the electrician's authorisation is required");
    const card = page.locator("li", { hasText: /Kandidat K-/ }).first();
    assert.ok(await card.getByText("Samme yrke – 40 av 40 poeng").isVisible());
    assert.ok(await card.getByText("Norsk (snakke): trenger B1, har A2").isVisible(), "the shortfall is named per skill");
    const html = await page.content();
    for (const secret of [contact.name, contact.email, "987 65 432", "Київенерго"]) assert.ok(!html.includes(secret), `the opening page shows ${secret}`);
    await expectAccessible(page, "opening with matches nb");
    await screenshot(page, "job-matching-opening-nb-360");
    await screenshotAt320(page, "job-matching-opening-nb-320");

    await card.getByRole("link", { name: /Kandidat K-/ }).click();
    await page.waitForURL(/\/kandidater\/[0-9a-f-]+$/);
    assert.ok(await page.getByText("Du ser ikke navn eller kontaktinformasjon.", { exact: false }).isVisible());
    for (const secret of [contact.name, contact.email, "987 65 432"]) assert.ok(!(await page.content()).includes(secret), `the candidate page shows ${secret}`);
    await expectAccessible(page, "candidate nb");
    await screenshot(page, "job-matching-candidate-nb-360");
    const candidateUrl = page.url();
    await checkRtlPages(page, e2e.server.baseUrl, [
      [openingUrl.replace("/nb/", "/ar/"), "job-matching-opening-ar-360"],
      [candidateUrl.replace("/nb/", "/ar/"), "job-matching-candidate-ar-360"],
    ]);
    await screenshotAt320(page, "job-matching-candidate-ar-320");
    await page.goto(candidateUrl);
    await page.getByRole("button", { name: "Be kandidaten ta kontakt" }).click();
    await page.waitForURL(/\?melding=requested$/);
    assert.ok(await page.getByText("Forespørselen er sendt.", { exact: false }).first().isVisible());
    await context.close();
  });

  test("the employer takes a stand at Frøya's job fair with the opening; the fair's page shows it (nb and ar)", async () => {
    const eventId = await addJobFair();
    const context = await phoneContext(e2e.browser);
    const page = await signInAsStaff(context, e2e.server.baseUrl, "arbeidsgiver@demo.velkomst.no");
    await page.goto(`${e2e.server.baseUrl}/nb/arbeidsgiver/stillinger`);
    const fair = page.locator(".ds-card", { hasText: "Jobbmesse på Frøya" });
    await fair.getByLabel("Elektriker til fiskeforedling").check();
    await fair.getByRole("button", { name: "Lagre standen" }).click();
    await page.waitForURL(/\?melding=stand$/);
    assert.ok(await fair.getByText("Dere har stand her.").isVisible());
    await expectAccessible(page, "openings and fairs nb");
    await screenshot(page, "job-matching-openings-nb-360");
    await checkRtlPages(page, e2e.server.baseUrl, [["/ar/arbeidsgiver/stillinger", "job-matching-openings-ar-360"]]);
    await page.goto(`${e2e.server.baseUrl}/nb/kommune/5014/arrangementer/${eventId}`);
    assert.ok(await page.getByRole("heading", { name: "Arbeidsgivere på jobbmessen" }).isVisible());
    assert.ok(await page.getByText("Elektriker til fiskeforedling").isVisible());
    await expectAccessible(page, "job fair nb");
    await screenshot(page, "job-matching-fair-nb-360");
    await checkRtlPages(page, e2e.server.baseUrl, [[`/ar/kommune/5014/arrangementer/${eventId}`, "job-matching-fair-ar-360"]]);
    await context.close();
  });

  test("the candidate accepts the request on Min side (uk, then ar); the employer sees name and contact", async () => {
    const context = await phoneContext(e2e.browser, { locale: "uk-UA" });
    const page = await signInAsNewcomer(context);
    await page.goto(`${e2e.server.baseUrl}/uk/min-side/jobb`);
    assert.ok(await page.getByText("Kari Fiskeindustri AS хоче поговорити з вами про вакансію «Elektriker til fiskeforedling» у Frøya.").isVisible());
    await expectAccessible(page, "request uk");
    await screenshot(page, "job-matching-request-uk-360");
    await screenshotAt320(page, "job-matching-request-uk-320");
    await checkRtlPages(page, e2e.server.baseUrl, [["/ar/min-side/jobb", "job-matching-mine-ar-360"]]);
    await page.goto(`${e2e.server.baseUrl}/uk/min-side/jobb`);
    await page.getByRole("button", { name: "Так, передати моє ім’я та контактні дані" }).click();
    await page.waitForURL(/\?melding=ja$/);
    assert.ok(await page.getByText("Тепер роботодавець бачить ваше ім’я та контактні дані.").isVisible());
    await context.close();

    const employerContext = await phoneContext(e2e.browser);
    const employerPage = await signInAsStaff(employerContext, e2e.server.baseUrl, "arbeidsgiver@demo.velkomst.no");
    await employerPage.goto(openingUrl);
    await employerPage.getByRole("link", { name: /Oksana Demo/ }).click();
    assert.ok(await employerPage.getByRole("heading", { name: "Kontaktinformasjon" }).isVisible());
    assert.ok(await employerPage.getByRole("link", { name: contact.email }).isVisible());
    assert.ok(await employerPage.getByRole("link", { name: contact.phone }).isVisible());
    assert.ok(await employerPage.getByText("37,5 timer per uke").isVisible(), "hours as Norwegian write them");
    await expectAccessible(employerPage, "candidate after acceptance nb");
    await screenshot(employerPage, "job-matching-contact-nb-360");
    await employerContext.close();
  });
});
