import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import type { Mail } from "../../src/mail/mail-transport.ts";
import { propertyValue, readCalendar, unescapeText } from "../../src/calendar/icalendar-reader.ts";
import { expectAccessible, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();

/** The newest e-mail to an address, after running the test app's mail queue once. */
async function mailTo(address: string): Promise<Mail> {
  const mail = (await e2e.server.testApp.mailsTo(address)).at(-1);
  assert.ok(mail, `no e-mail to ${address}`);
  return mail;
}

/** The path of a link in an e-mail, on the e2e server (the test app writes http://localhost). */
function linkIn(mail: Mail, pattern: RegExp): string {
  const url = mail.text.match(pattern)?.[0];
  assert.ok(url, `no link like ${pattern} in: ${mail.text}`);
  return `${e2e.server.baseUrl}${new URL(url).pathname}${new URL(url).search}`;
}

async function openParty(page: Page, lang: "nb" | "ar") {
  await page.goto(`${e2e.server.baseUrl}/${lang}/kommune/5014/arrangementer`);
  await page.getByRole("link", { name: lang === "nb" ? "Innflytterfest på Frøya" : "حفلة ترحيب بالقادمين الجدد في فرويا" }).click();
  await page.waitForURL(/\/arrangementer\/[0-9a-f-]{36}$/);
}

describe("events: a reader signs up and cancels", () => {
  test("without JavaScript, in bokmål: from the municipality page to a seat, the e-mail and the cancel link", async () => {
    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/kommune/5014`);
    await page.getByRole("link", { name: /Arrangementer og møteplasser/ }).click();
    await page.waitForURL(/\/nb\/kommune\/5014\/arrangementer$/);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Arrangementer og møteplasser i Frøya");
    assert.ok(await page.getByText("Ingen påmelding – bare møt opp").first().isVisible(), "the language café needs no sign-up");
    assert.ok(await page.getByText("Fullt – venteliste").first().isVisible(), "the welcome meeting is full");
    await screenshot(page, "events-list-5014-nb-360");

    await page.getByRole("link", { name: "Innflytterfest på Frøya" }).click();
    await page.waitForURL(/\/arrangementer\/[0-9a-f-]{36}$/);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Innflytterfest på Frøya");
    assert.ok(await page.getByText("57 ledige plasser").isVisible());
    await screenshot(page, "events-party-nb-360");

    await page.getByRole("link", { name: /^Meld deg på/ }).click();
    await page.waitForURL(/\/pamelding$/);
    await page.getByRole("button", { name: "Meld meg på" }).click();
    await page.getByText("For å gå videre må du rette opp dette:").waitFor();
    assert.ok(await page.getByText("Du må samtykke for å melde deg på.").first().isVisible());
    await screenshot(page, "events-signup-errors-nb-360");

    await page.getByLabel("Navn", { exact: true }).fill("Marta Nowak");
    await page.getByLabel("E-postadresse", { exact: true }).fill("marta.nowak@example.com");
    await page.getByLabel("Hvor mange kommer?").fill("3");
    await page.getByLabel(/Jeg samtykker i at Frøya kommune lagrer/).check();
    await page.getByRole("button", { name: "Meld meg på" }).click();
    await page.waitForURL(/\/pamelding\/takk\?status=confirmed$/);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Du er påmeldt!");
    await screenshot(page, "events-signup-done-nb-360");

    const mail = await mailTo("marta.nowak@example.com");
    assert.equal(mail.subject, "Påmeldt: Innflytterfest på Frøya");
    assert.match(mail.text, /Antall personer: 3/);
    await page.goto(linkIn(mail, /http:\/\/localhost\/nb\/kommune\/5014\/arrangementer\/[0-9a-f-]+/));
    assert.ok(await page.getByText("54 ledige plasser").isVisible(), "three seats are taken");

    await page.goto(linkIn(mail, /http:\/\/localhost\/nb\/avmelding\/[A-Za-z0-9_-]+/));
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Meld deg av");
    await screenshot(page, "events-cancel-nb-360");
    await page.getByRole("button", { name: "Ja, meld meg av" }).click();
    await page.waitForURL(/avmeldt=1$/);
    assert.ok(await page.getByText("Du er meldt av").isVisible());
    assert.ok(await page.getByText("57 ledige plasser").isVisible(), "the seats are free again");
    await page.goto(linkIn(mail, /http:\/\/localhost\/nb\/avmelding\/[A-Za-z0-9_-]+/));
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Lenken virker ikke");
    await context.close();
  });

  test("with JavaScript, in Arabic: accessible pages right to left, the calendar file, sign-up and cancel", async () => {
    const context = await phoneContext(e2e.browser, { locale: "ar" });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/ar/kommune/5014/arrangementer`);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "الفعاليات وأماكن اللقاء في Frøya");
    await expectAccessible(page, "events list ar");
    await screenshot(page, "events-list-5014-ar-360");

    await openParty(page, "ar");
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "حفلة ترحيب بالقادمين الجدد في فرويا");
    const box = await page.getByRole("heading", { level: 1 }).boundingBox();
    assert.ok(box && box.x + box.width > 300, "the title sits on the right");
    await expectAccessible(page, "event page ar");
    await screenshot(page, "events-party-ar-360");

    // The calendar file, downloaded as a reader would.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "تنزيل ملف التقويم (iCal)" }).click()]);
    const ics = await readFile((await download.path())!, "utf8");
    const calendar = readCalendar(ics);
    const event = calendar.components.find((c) => c.name === "VEVENT")!;
    assert.equal(unescapeText(propertyValue(event, "SUMMARY")!), "حفلة ترحيب بالقادمين الجدد في فرويا");
    assert.match(propertyValue(event, "DTSTART")!, /^\d{8}T180000$/);
    assert.equal(event.properties.find((p) => p.name === "DTSTART")?.params.TZID, "Europe/Oslo");
    assert.match(propertyValue(event, "UID")!, /^event-[0-9a-f-]{36}@velkomst$/);
    assert.ok(calendar.components.some((c) => c.name === "VTIMEZONE"));

    await page.getByRole("link", { name: /^سجّل/ }).click();
    await page.waitForURL(/\/pamelding$/);
    await expectAccessible(page, "sign-up form ar");
    await screenshot(page, "events-signup-ar-360");
    await page.getByLabel("الاسم").fill("أحمد نوري");
    await page.getByLabel("عنوان البريد الإلكتروني").fill("ahmad.nouri@example.com");
    await page.getByLabel(/أوافق على أن تحفظ الجهة المنظِّمة/).check();
    await page.getByRole("button", { name: "سجّلني" }).click();
    await page.waitForURL(/\/pamelding\/takk\?status=confirmed$/);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "تم تسجيلك!");
    await expectAccessible(page, "sign-up done ar");
    await screenshot(page, "events-signup-done-ar-360");

    const mail = await mailTo("ahmad.nouri@example.com");
    assert.equal(mail.subject, "تم التسجيل: حفلة ترحيب بالقادمين الجدد في فرويا");
    await page.goto(linkIn(mail, /http:\/\/localhost\/ar\/avmelding\/[A-Za-z0-9_-]+/));
    await expectAccessible(page, "cancel page ar");
    await screenshot(page, "events-cancel-ar-360");
    await page.getByRole("button", { name: "نعم، ألغِ تسجيلي" }).click();
    await page.waitForURL(/avmeldt=1$/);
    assert.ok(await page.getByText("أُلغي تسجيلك").isVisible());
    await context.close();
  });

  test("with JavaScript, in bokmål: the pages pass axe, and a full event offers the waiting list", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/kommune/5014/arrangementer`);
    await expectAccessible(page, "events list nb");
    await page.getByRole("link", { name: "Velkomstmøte for nye innbyggere" }).click();
    await page.waitForURL(/\/arrangementer\/[0-9a-f-]{36}$/);
    await expectAccessible(page, "full event nb");
    await screenshot(page, "events-welcome-meeting-full-nb-360");
    await page.getByRole("link", { name: /^Sett deg på venteliste/ }).click();
    await page.waitForURL(/\/pamelding$/);
    assert.ok(await page.getByText("Fullt – sett deg på venteliste").isVisible());
    await expectAccessible(page, "waiting-list form nb");
    await page.getByLabel("Navn", { exact: true }).fill("Jonas Petrauskas");
    await page.getByLabel("E-postadresse", { exact: true }).fill("jonas.p@example.com");
    await page.getByLabel(/Jeg samtykker/).check();
    await page.getByRole("button", { name: "Sett meg på ventelisten" }).click();
    await page.waitForURL(/\/pamelding\/takk\?status=waiting&plass=4$/);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Du står på ventelisten");
    // The place on the list, and no calendar file for a seat that is not confirmed.
    assert.ok(await page.getByText("Du er nummer 4 på ventelisten.").isVisible());
    assert.equal(await page.getByRole("link", { name: "Last ned kalenderfil (iCal)" }).count(), 0);
    assert.equal(await page.locator('a[href*=".ics"]').count(), 0);
    await screenshot(page, "events-waiting-list-nb-360");
    assert.match((await mailTo("jonas.p@example.com")).text, /Du står som nummer 4 på ventelisten/);
    await context.close();
  });

  test("an editor opens the staff pages: the event list, the form and the sign-up list", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signInAsStaff(context, e2e.server.baseUrl, e2e.server.testApp.emailOf("editor"));
    await page.getByRole("link", { name: /^Arrangementer/ }).click();
    await page.waitForURL(/\/nb\/ansatt\/arrangementer$/);
    await expectAccessible(page, "staff events nb");
    await screenshot(page, "events-staff-list-nb-360");
    await page.getByRole("link", { name: "Nytt arrangement" }).click();
    await page.waitForURL(/\/ny$/);
    await expectAccessible(page, "staff event form nb");
    await screenshot(page, "events-staff-form-nb-360");

    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/arrangementer`);
    await page.getByRole("link", { name: "Velkomstmøte for nye innbyggere" }).click();
    await page.waitForURL(/\/ansatt\/arrangementer\/[0-9a-f-]{36}$/);
    await expectAccessible(page, "staff event nb");
    await screenshot(page, "events-staff-event-nb-360");
    await page.getByRole("link", { name: /^Påmeldte/ }).first().click();
    await page.waitForURL(/\/pameldte$/);
    assert.ok(await page.getByText("Dette er personopplysninger.").isVisible());
    assert.ok(await page.getByText("20 av 20 plasser er tatt.", { exact: false }).isVisible());
    await expectAccessible(page, "sign-up list nb");
    await screenshot(page, "events-staff-signups-nb-360");
    await context.close();
  });
  test("without JavaScript, in Arabic: an editor writes the date as dd.mm.åååå and the times on the 24-hour clock", async () => {
    const withScript = await phoneContext(e2e.browser, { locale: "ar" });
    const shown = await signInAsStaff(withScript, e2e.server.baseUrl, e2e.server.testApp.emailOf("editor"));
    await shown.goto(`${e2e.server.baseUrl}/ar/ansatt/arrangementer/ny`);
    await expectAccessible(shown, "staff event form ar");
    await screenshot(shown, "events-staff-form-ar-360");
    await withScript.close();

    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false, locale: "ar" });
    const page = await signInAsStaff(context, e2e.server.baseUrl, e2e.server.testApp.emailOf("editor"));
    await page.goto(`${e2e.server.baseUrl}/ar/ansatt/arrangementer/ny`);
    // Text fields with a number keypad, not Chromium's pickers (mm/dd/yyyy and AM/PM whatever the page language).
    for (const id of ["field-date", "field-startTime", "field-endTime", "field-repeatUntil"]) {
      assert.equal(await page.locator(`#${id}`).getAttribute("type"), "text", id);
      assert.equal(await page.locator(`#${id}`).getAttribute("inputmode"), "numeric", id);
    }
    assert.ok(await page.getByText("اليوم ثم الشهر ثم السنة بالأرقام، مثلًا 17.05.2026.").first().isVisible());
    const day = new Date(e2e.server.testApp.app.services.clock.now().getTime() + 20 * 86_400_000).toISOString().slice(0, 10);
    await page.locator("#field-title_nb").fill("Språkkafé på lørdag");
    await page.locator("#field-date").fill(`${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`);
    await page.locator("#field-startTime").fill("11.00");
    await page.locator("#field-endTime").fill("13:30");
    await page.locator("#field-address").fill("Sistranda skole, 7260 Sistranda");
    await page.locator("#field-organiserName").fill("Frøya frivilligsentral");
    await page.locator('main form button[type="submit"]').last().click();
    await page.waitForURL(/\/ar\/ansatt\/arrangementer\/[0-9a-f-]{36}\?melding=created$/);
    const id = /arrangementer\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    const event = await e2e.server.testApp.app.services.db.selectFrom("events").select(["starts_at", "ends_at"]).where("id", "=", id).executeTakeFirstOrThrow();
    assert.equal(event.ends_at.getTime() - event.starts_at.getTime(), 150 * 60_000);
    await context.close();
  });
});
