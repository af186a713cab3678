import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { BrowserContext, Page } from "playwright-core";
import { addDays } from "../../src/events/oslo-time.ts";
import { demoPassword } from "../test-app.ts";
import { checkRtlPages, expectAccessible, expectNoSidewaysScroll, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
const froyaAdmin = "admin.froya@demo.velkomst.no";
const contactEmail = "hanne.berg@example.no";
const password = "a long password for the employer";

/** Days after the app's today, `YYYY-MM-DD`. */
const inDays = (days: number) => addDays(e2e.server.testApp.app.services.clock.today(), days);

async function signInWithPassword(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${e2e.server.baseUrl}/nb/logg-inn`);
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(/\/nb\/ansatt$/);
  return page;
}

const noticeCount = async () =>
  Number(
    (
      await e2e.server.testApp.test.database.db
        .selectFrom("worker_notices")
        .innerJoin("employers", "employers.id", "worker_notices.employer_id")
        .select((eb) => eb.fn.countAll<number>().as("count"))
        .where("employers.organisation_number", "=", "990000042")
        .executeTakeFirstOrThrow()
    ).count,
  );

describe("employer front door: sign up, approval, a CSV with one bad row, the coordinator's list, the worker's letter and plan", () => {
  test("an employer signs up at 360 px (axe clean); the sign-up form reads right to left in Arabic", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/arbeidsgiver/registrer`);
    await expectAccessible(page, "employer sign-up nb");
    await screenshot(page, "employers-signup-nb-360");
    await page.getByLabel("Organisasjonsnummer").fill("990 000 042");
    await page.getByLabel("Navn på virksomheten").fill("Frøya Fiskemottak AS");
    await page.getByLabel("Kommuner der dere har arbeidsplasser", { exact: true }).selectOption("5014");
    await page.getByLabel("Kontaktperson", { exact: true }).fill("Hanne Berg");
    await page.getByLabel("E-postadresse til kontaktpersonen").fill(contactEmail);
    await page.getByRole("button", { name: "Send registreringen" }).click();
    await page.waitForURL(/\/nb\/arbeidsgiver\/registrer\/takk$/);
    assert.ok(await page.getByText("Kommunen ser på registreringen.").isVisible());
    await checkRtlPages(page, e2e.server.baseUrl, [["/ar/arbeidsgiver/registrer", "employers-signup-ar-360"]]);
    await context.close();
  });

  test("Frøya's administrator approves it and names the fixed contact; the contact person chooses a password", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signInAsStaff(context, e2e.server.baseUrl, froyaAdmin);
    await page.getByRole("link", { name: /Arbeidsgivere og nye arbeidstakere/ }).click();
    await page.waitForURL(/\/nb\/ansatt\/arbeidsgivere$/);
    const card = page.locator(".ds-card", { hasText: "Frøya Fiskemottak AS" });
    assert.ok(await card.getByText("Venter på godkjenning").isVisible());
    await expectAccessible(page, "employers staff list nb");
    await screenshot(page, "employers-staff-list-nb-360");
    await card.getByLabel("Fast kontaktperson i Frøya").selectOption({ label: "Mona Strand" });
    await card.getByRole("button", { name: "Godkjenn og velg kontaktperson" }).click();
    await page.waitForURL(/godkjent=1$/);
    assert.ok(await page.getByText("Arbeidsgiveren er godkjent i kommunen.").isVisible());
    await context.close();

    const mail = (await e2e.server.testApp.mailsTo(contactEmail)).at(-1);
    const link = /http:\/\/localhost(\/nb\/nytt-passord\/[A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1];
    assert.ok(link, "the contact person is mailed a link");
    const invited = await phoneContext(e2e.browser);
    const setPage = await invited.newPage();
    await setPage.goto(`${e2e.server.baseUrl}${link}`);
    await setPage.getByLabel("Nytt passord").fill(password);
    await setPage.getByLabel("Gjenta passordet").fill(password);
    await setPage.getByRole("button", { name: "Lagre passord" }).click();
    assert.ok(await setPage.getByText("Passordet er lagret.").isVisible());
    await invited.close();
  });

  test("the employer uploads a CSV with one bad row: a clear report and nothing imported; the corrected file goes in whole", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signInWithPassword(context, contactEmail);
    await page.getByRole("link", { name: /Arbeidsgiversiden/ }).click();
    await page.waitForURL(/\/nb\/arbeidsgiver$/);
    assert.ok(await page.getByText("Mona Strand").isVisible());
    await page.getByRole("link", { name: "Last opp en liste (CSV)" }).click();
    const header = "navn;epost;telefon;statsborgerskap;grunnlag;startdato;opphold;kommune;språk;familie";
    const rows = [
      `Kateryna Melnyk;kateryna@example.com;;UA;work-permit;${inDays(10)};long;5014;uk;ja`,
      `Wojciech Lewandowski;wojciech@example.com;;PL;eea-worker;${inDays(10)};6-12;5014;pl;nei`,
      `Rasa Kazlauskienė;;+37061234567;LT;eea-worker;${inDays(17)};3-6;5014;en;nei`,
    ];
    const bad = `Jonas Jonaitis;;+37069999999;LT;eea-worker;${inDays(17)};halvår;5014;lt;nei`;
    await page.getByLabel("CSV-fil").setInputFiles({ name: "arbeidstakere.csv", mimeType: "text/csv", buffer: Buffer.from([header, rows[0], bad, rows[1], rows[2]].join("\n")) });
    await page.getByRole("button", { name: "Kontroller og importer" }).click();
    assert.ok(await page.getByText("Ingenting er importert. Rett disse radene og last opp fila på nytt.").isVisible());
    assert.ok(await page.getByRole("cell", { name: "én av disse: Under 3 måneder (under-3), 3–6 måneder (3-6), 6–12 måneder (6-12) eller Mer enn et år (long)" }).isVisible());
    assert.ok(await page.getByRole("cell", { name: "nb, nn, en, uk, pl eller ar" }).isVisible());
    assert.equal(await noticeCount(), 0, "nothing is half-imported");
    await expectAccessible(page, "csv errors nb");
    await screenshot(page, "employers-csv-errors-nb-360");
    await page.getByLabel("CSV-fil").setInputFiles({ name: "arbeidstakere.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...rows].join("\n")) });
    await page.getByRole("button", { name: "Kontroller og importer" }).click();
    await page.waitForURL(/\/nb\/arbeidsgiver\?meldt=3$/);
    assert.ok(await page.getByText("3 arbeidstakere er importert.").isVisible());
    assert.equal(await noticeCount(), 3);
    await expectAccessible(page, "employer home nb");
    await screenshot(page, "employers-home-nb-360");
    // The one-worker form's first working day is typed dd.mm.åååå (a text field in every language).
    await page.goto(`${e2e.server.baseUrl}/nb/arbeidsgiver/arbeidstakere/ny`);
    assert.equal(await page.getByLabel("Første arbeidsdag").getAttribute("type"), "text");
    await expectAccessible(page, "worker form nb");
    await screenshot(page, "employers-worker-form-nb-360");
    await checkRtlPages(page, e2e.server.baseUrl, [
      ["/ar/arbeidsgiver", "employers-home-ar-360"],
      ["/ar/arbeidsgiver/arbeidstakere/import", "employers-import-ar-360"],
      ["/ar/arbeidsgiver/arbeidstakere/ny", "employers-worker-form-ar-360"],
    ]);
    await context.close();
  });

  test("the coordinator sees the notices; the worker's letter in Ukrainian and Polish opens the prefilled plan", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signInAsStaff(context, e2e.server.baseUrl, froyaAdmin);
    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/arbeidstakere`);
    for (const name of ["Kateryna Melnyk", "Wojciech Lewandowski", "Rasa Kazlauskienė"]) assert.ok(await page.getByText(name).isVisible(), name);
    await expectAccessible(page, "coordinator notices nb");
    await screenshot(page, "employers-notices-nb-360");
    await checkRtlPages(page, e2e.server.baseUrl, [["/ar/ansatt/arbeidstakere", "employers-notices-ar-360"]]);

    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/arbeidstakere`);
    await page.getByRole("link", { name: "Вітальний лист (Українська)" }).first().click();
    await page.waitForURL(/\/uk\/arbeidsgiver\/arbeidstakere\/[0-9a-f-]+\/brev$/);
    assert.ok(await page.getByRole("img", { name: "Скануйте код телефоном, щоб відкрити план" }).isVisible());
    await expectAccessible(page, "letter uk");
    await screenshot(page, "employers-letter-uk-360");

    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/arbeidstakere`);
    const polish = page.getByRole("row", { name: /Wojciech Lewandowski/ });
    await polish.getByRole("link", { name: "List powitalny (Polski)" }).click();
    await page.waitForURL(/\/pl\/arbeidsgiver\/arbeidstakere\/[0-9a-f-]+\/brev$/);
    assert.ok(await page.getByText("Witamy w gminie Frøya").isVisible());
    await expectAccessible(page, "letter pl");
    await screenshot(page, "employers-letter-pl-360");
    await checkRtlPages(page, e2e.server.baseUrl, [[page.url().replace("/pl/", "/ar/"), "employers-letter-ar-360"]]);

    // The worker opens the link on the letter (the letter's address is this server's PUBLIC_URL, localhost).
    await page.goBack();
    const href = await page.getByRole("link", { name: "Otwórz mój plan" }).getAttribute("href");
    assert.ok(href);
    const worker = await phoneContext(e2e.browser, { locale: "pl-PL" });
    const plan = await worker.newPage();
    await plan.goto(`${e2e.server.baseUrl}${new URL(href).pathname}${new URL(href).search}`);
    assert.equal(await plan.locator('input[name="grunnlag"][value="eea-worker"]').isChecked(), true);
    assert.equal(await plan.locator('select[name="statsborgerskap"]').inputValue(), "PL");
    assert.equal(await plan.locator('select[name="nummer"]').inputValue(), "5014");
    assert.equal(await plan.locator('input[name="ankomst"]').inputValue(), inDays(10).slice(0, 7));
    await expectAccessible(plan, "prefilled plan pl");
    await screenshot(plan, "employers-prefilled-plan-pl-360");
    await worker.close();
    await context.close();
  });
});

describe("outreach days: the coordinator plans a day with the police and tax office, the employer books an ID check", () => {
  test("Frøya's administrator requests a day and publishes its times; the employer books one; the day's list (axe clean, nb and ar)", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signInAsStaff(context, e2e.server.baseUrl, froyaAdmin);
    await page.getByRole("link", { name: /Besøksdager med politiet og Skatteetaten/ }).click();
    await page.waitForURL(/\/nb\/ansatt\/sua$/);
    assert.ok(await page.getByRole("heading", { name: "Meldte arbeidstakere per uke" }).isVisible());
    await page.getByLabel("Dato").fill(inDays(8));
    await page.getByLabel("Sted", { exact: true }).fill("Frøya rådhus, Sistranda");
    await page.getByRole("button", { name: "Be om besøksdag" }).click();
    await page.waitForURL(/\/nb\/ansatt\/sua$/);
    await expectAccessible(page, "outreach overview nb");
    await screenshot(page, "employers-outreach-nb-360");
    await page.getByLabel("Antall tider").fill("6");
    await page.getByRole("button", { name: "Publiser tidene" }).click();
    await page.waitForURL(/\/nb\/ansatt\/sua\/[0-9a-f-]+$/);
    const dayUrl = page.url();
    await context.close();

    const employerContext = await phoneContext(e2e.browser);
    const employerPage = await signInAsStaff(employerContext, e2e.server.baseUrl, "arbeidsgiver@demo.velkomst.no");
    await employerPage.goto(`${e2e.server.baseUrl}/nb/arbeidsgiver`);
    await employerPage.getByRole("row", { name: /Olena Koval/ }).getByRole("link", { name: "ID-kontroll" }).click();
    await employerPage.getByRole("button", { name: "Book tiden" }).click();
    assert.ok(await employerPage.getByText(/^Booket:.*09:00/).isVisible());
    assert.ok(await employerPage.getByRole("link", { name: "Legg timen i kalenderen" }).isVisible());
    await expectAccessible(employerPage, "id check booked nb");
    await screenshot(employerPage, "employers-id-check-nb-360");
    // The employer moves the booking it made to another time; the worker is told by mail.
    await employerPage.getByLabel("Ny tid").selectOption({ index: 1 });
    await employerPage.getByRole("button", { name: "Flytt timen" }).click();
    await employerPage.waitForURL(/\/id-kontroll\?melding=flyttet$/);
    assert.ok(await employerPage.getByText("Timen er flyttet.", { exact: false }).isVisible());
    assert.ok(await employerPage.getByText(/^Booket:.*09:30/).isVisible());
    await expectAccessible(employerPage, "id check moved nb");
    await screenshot(employerPage, "employers-id-check-moved-nb-360");
    const idCheckUrl = employerPage.url().replace(/\?.*$/, "");
    await employerContext.close();

    const again = await phoneContext(e2e.browser);
    const staffPage = await signInAsStaff(again, e2e.server.baseUrl, froyaAdmin);
    await staffPage.goto(dayUrl);
    assert.ok(await staffPage.getByText("Olena Koval").isVisible());
    // The coordinator moves the booking to another free time of the day from the list, without script; the worker is told by mail.
    await staffPage.getByLabel("Ny tid").selectOption({ index: 0 });
    await staffPage.getByRole("button", { name: "Flytt timen" }).click();
    await staffPage.waitForURL(/\/nb\/ansatt\/sua\/[0-9a-f-]+\?melding=flyttet$/);
    assert.ok(await staffPage.getByText("Timen er flyttet.", { exact: false }).isVisible());
    await expectNoSidewaysScroll(staffPage, "outreach day moved nb");
    await screenshot(staffPage, "employers-outreach-day-moved-nb-360");
    const byMunicipality = (await e2e.server.testApp.mailsTo("olena.koval@demo.velkomst.no")).find((m) => /Комуна перенесла/.test(m.text));
    assert.match(byMunicipality?.text ?? "", /09:00/);
    await staffPage.getByRole("button", { name: "Marker som ikke møtt" }).click();
    assert.ok(await staffPage.getByRole("button", { name: "Angre: møtte" }).isVisible());
    await expectAccessible(staffPage, "outreach day nb");
    await screenshot(staffPage, "employers-outreach-day-nb-360");
    await checkRtlPages(staffPage, e2e.server.baseUrl, [
      [dayUrl.replace("/nb/", "/ar/"), "employers-outreach-day-ar-360"],
      ["/ar/ansatt/sua", "employers-outreach-ar-360"],
    ]);
    await again.close();

    // In Arabic, the employer cancels the booking; the time is free again.
    const arabic = await phoneContext(e2e.browser);
    const arabicPage = await signInAsStaff(arabic, e2e.server.baseUrl, "arbeidsgiver@demo.velkomst.no");
    await checkRtlPages(arabicPage, e2e.server.baseUrl, [[idCheckUrl.replace("/nb/", "/ar/"), "employers-id-check-ar-360"]]);
    await arabicPage.getByRole("button", { name: "ألغِ الموعد" }).click();
    await arabicPage.waitForURL(/\/ar\/arbeidsgiver\/arbeidstakere\/[0-9a-f-]+\/id-kontroll\?melding=avbestilt$/);
    assert.ok(await arabicPage.getByText("أُلغي الموعد وأصبح الوقت متاحًا من جديد", { exact: false }).isVisible());
    assert.ok(await arabicPage.getByRole("button", { name: "احجز الموعد" }).isVisible());
    await expectAccessible(arabicPage, "id check cancelled ar");
    await expectNoSidewaysScroll(arabicPage, "id check cancelled ar");
    await screenshot(arabicPage, "employers-id-check-cancelled-ar-360");
    const mails = await e2e.server.testApp.mailsTo("olena.koval@demo.velkomst.no");
    assert.ok(mails.some((m) => m.subject === "Новий час перевірки особи") && mails.some((m) => m.subject === "Запис на перевірку особи скасовано"), "the worker is told in Ukrainian");
    await arabic.close();
  });
});

describe("the worker books an ID check and shares plan steps; the coordinator finds the notices in the guidance queue", () => {
  test("the guidance queue, the worker's own page (pl, ar), linking with consent, and the employer's column of steps (nb, ar)", async () => {
    const staff = await phoneContext(e2e.browser);
    const staffPage = await signInAsStaff(staff, e2e.server.baseUrl, froyaAdmin);
    await staffPage.goto(`${e2e.server.baseUrl}/nb/ansatt/veiledning`);
    assert.ok(await staffPage.getByRole("row").filter({ hasText: "Wojciech Lewandowski" }).getByText("Melding fra arbeidsgiver").isVisible());
    await expectAccessible(staffPage, "guidance queue with notices nb");
    await screenshot(staffPage, "employers-guidance-queue-nb-360");
    await checkRtlPages(staffPage, e2e.server.baseUrl, [["/ar/ansatt/veiledning", "employers-guidance-queue-ar-360"]]);
    await staff.close();

    // The employer prints Wojciech's letter; its second link opens his own page.
    const employer = await phoneContext(e2e.browser);
    const employerPage = await signInWithPassword(employer, contactEmail);
    await employerPage.goto(`${e2e.server.baseUrl}/nb/arbeidsgiver`);
    await employerPage.getByRole("row", { name: /Wojciech Lewandowski/ }).getByRole("link", { name: "List powitalny (Polski)" }).click();
    assert.ok(await employerPage.getByRole("img", { name: "Zeskanuj kod telefonem, aby umówić kontrolę tożsamości" }).isVisible());
    const href = await employerPage.getByRole("link", { name: "Umów kontrolę tożsamości" }).getAttribute("href");
    assert.ok(href);
    const workerPath = new URL(href).pathname;

    const worker = await phoneContext(e2e.browser, { locale: "pl-PL" });
    const page = await worker.newPage();
    await page.goto(`${e2e.server.baseUrl}${workerPath}`);
    await expectAccessible(page, "worker page pl");
    await screenshot(page, "employers-worker-page-pl-360");
    await page.getByRole("button", { name: "Zarezerwuj termin" }).click();
    assert.ok(await page.getByText(/^Zarezerwowano:/).isVisible());
    assert.ok(await page.getByRole("link", { name: "Dodaj termin do kalendarza" }).isVisible());
    await expectAccessible(page, "worker booked pl");
    await screenshot(page, "employers-worker-booked-pl-360");
    await checkRtlPages(page, e2e.server.baseUrl, [[workerPath.replace("/pl/", "/ar/"), "employers-worker-page-ar-360"]]);

    // He signs in from the page (the demo newcomer stands in for his account) and links it with consent.
    await page.goto(`${e2e.server.baseUrl}${workerPath}`);
    await page.locator("#main").getByRole("link", { name: "Zaloguj się" }).click();
    await page.locator('input[name="email"]').fill("nykommer@demo.velkomst.no");
    await page.locator('input[name="password"]').fill(demoPassword);
    await page.locator('input[name="password"]').press("Enter");
    await page.waitForURL((url) => url.pathname === workerPath);
    await page.getByLabel(/może widzieć, które kroki mojego planu/).check();
    await page.getByRole("button", { name: "Połącz z moim kontem" }).click();
    await page.waitForURL(/\/pl\/min-side\/arbeid\?melding=koblet$/);
    assert.ok(await page.getByText(/Udostępniasz .* które kroki planu wykonałeś/).isVisible());
    await expectAccessible(page, "my work pl");
    await screenshot(page, "employers-my-work-pl-360");

    // He saves the prefilled plan and ticks a step.
    const answers = new URLSearchParams({ grunnlag: "eea-worker", statsborgerskap: "PL", ankomst: inDays(10).slice(0, 7), opphold: "6-12", nummer: "5014", fodselsar: "1991" });
    await page.goto(`${e2e.server.baseUrl}/nb/min-plan/resultat?${answers}`);
    await page.getByLabel(/Jeg vil at Velkomst lagrer svarene mine/).check();
    await page.getByRole("button", { name: "Lagre planen på Min side" }).click();
    await page.getByText("Dette er planen du har lagret.").waitFor();
    const ticked = page.waitForResponse((response) => response.url().endsWith("/nb/min-side/fremdrift"));
    await page.locator('input[name="ferdig"]').first().check();
    await ticked;
    await page.goto(`${e2e.server.baseUrl}/nb/min-side/arbeid`);
    await expectAccessible(page, "my work nb");
    await screenshot(page, "employers-my-work-nb-360");
    await checkRtlPages(page, e2e.server.baseUrl, [["/ar/min-side/arbeid", "employers-my-work-ar-360"]]);

    // The employer now sees the step he has done, in its column; withdrawn, it is gone again.
    await employerPage.goto(`${e2e.server.baseUrl}/nb/arbeidsgiver`);
    const row = employerPage.getByRole("row", { name: /Wojciech Lewandowski/ });
    assert.ok(await row.getByText(/1 av \d+ steg gjort/).isVisible());
    assert.ok(await employerPage.getByRole("row", { name: /Kateryna Melnyk/ }).getByText("Ikke delt").isVisible());
    await expectAccessible(employerPage, "employer home with steps nb");
    await screenshot(employerPage, "employers-home-steps-nb-360");
    await checkRtlPages(employerPage, e2e.server.baseUrl, [["/ar/arbeidsgiver", "employers-home-steps-ar-360"]]);

    await page.goto(`${e2e.server.baseUrl}/nb/min-side/arbeid`);
    await page.getByRole("button", { name: "Trekk tilbake samtykket" }).click();
    await page.getByText("Samtykket er trukket tilbake.", { exact: false }).waitFor();
    await employerPage.goto(`${e2e.server.baseUrl}/nb/arbeidsgiver`);
    assert.ok(await employerPage.getByRole("row", { name: /Wojciech Lewandowski/ }).getByText("Ikke delt").isVisible());
    await worker.close();
    await employer.close();
  });
});
