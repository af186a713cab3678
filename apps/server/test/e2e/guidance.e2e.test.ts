import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { addDays } from "../../src/events/oslo-time.ts";
import { testClock } from "../test-clock.ts";
import { expectAccessible, lastMonth, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
const meetingDay = addDays(testClock.today(), 7);

describe("guidance: a labour migrant's enquiry becomes a closed guidance case with an interpreter", () => {
  let caseUrl = "";

  test("in Arabic, from the municipality page: the contact form refuses what is missing, then takes the enquiry", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/ar/kommune/5056`);
    await page.getByRole("link", { name: /تحدّث مع مرشد/ }).click();
    await page.waitForURL(/\/ar\/kommune\/5056\/veiledning$/);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    await expectAccessible(page, "guidance-contact-ar");
    await screenshot(page, "guidance-contact-ar-360");

    await page.getByLabel("اسمك").fill("Khaled Haddad");
    await page.getByRole("button", { name: "إرسال" }).click();
    await page.waitForURL(/veiledning$/);
    assert.ok(await page.getByText("يجب أن توافق حتى نتمكن من حفظ السؤال.").first().isVisible());
    await expectAccessible(page, "guidance-contact-errors-ar");
    await screenshot(page, "guidance-contact-errors-ar-360");

    await page.getByLabel("الهاتف أو البريد الإلكتروني").fill("+47 911 22 333");
    await page.getByLabel("بأي لغة تريد أن تتحدث؟").selectOption("ar");
    await page.getByLabel("بماذا تحتاج المساعدة؟").fill("أحتاج مساعدة في الضرائب والسكن");
    await page.locator('select[name="grunnlag"]').selectOption("work-permit");
    await page.locator('input[name="fodselsar"]').fill("1991");
    await page.locator('input[name="ankomst"]').fill(lastMonth);
    await page.locator('select[name="statsborgerskap"]').selectOption("XX");
    await page.getByLabel(/أوافق على أن تحفظ البلدية/).check();
    await page.getByRole("button", { name: "إرسال" }).click();
    await page.waitForURL(/\/ar\/kommune\/5056\/veiledning\/takk$/);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "شكرًا، وصلنا سؤالك");
    await expectAccessible(page, "guidance-contact-done-ar");
    await screenshot(page, "guidance-contact-done-ar-360");
    await context.close();
  });

  test("in bokmål, the coordinator finds it in the queue with the language needed, and refuses an interpreter aged 16 at the field", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signInAsStaff(context, e2e.server.baseUrl, "koordinator.hitra@demo.velkomst.no");
    await page.getByRole("link", { name: "Veiledning" }).first().click();
    await page.waitForURL(/\/nb\/ansatt\/veiledning$/);
    const row = page.getByRole("row").filter({ hasText: "Khaled Haddad" });
    assert.ok(await row.getByText("arabisk").isVisible(), "the queue shows the language needed");
    await expectAccessible(page, "guidance-queue-nb");
    await screenshot(page, "guidance-queue-nb-360");
    await row.getByRole("link", { name: "Khaled Haddad" }).click();
    await page.waitForURL(/\/nb\/ansatt\/veiledning\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    await page.getByRole("button", { name: "Ta saken" }).click();
    await page.getByText("Lagret.").waitFor();
    assert.ok(await page.locator("#plan + ol li, section[aria-labelledby=plan] ol li").first().isVisible(), "the arrival plan's steps");

    await page.goto(`${e2e.server.baseUrl}/nb/ansatt/tolker/ny`);
    await page.getByLabel("Navn", { exact: true }).fill("Yusuf Haddad");
    await page.getByLabel("Fødselsdato").fill(addDays(testClock.today(), -16 * 366));
    await page.getByLabel("arabisk").check();
    await page.getByLabel("Kategori i Nasjonalt tolkeregister").selectOption("category-3");
    await page.getByRole("button", { name: "Lagre tolken" }).click();
    await page.waitForURL(/\/nb\/ansatt\/tolker$/);
    const error = page.locator("#field-fodselsdato-error");
    assert.equal(await error.textContent(), "Tolken er under 18 år. Barn kan ikke brukes som tolk (tolkeloven § 4).");
    assert.equal(await page.getByLabel("Fødselsdato").getAttribute("aria-invalid"), "true");
    await expectAccessible(page, "interpreter-child-refused-nb");
    await screenshot(page, "interpreter-child-refused-nb-360");

    await page.getByLabel("Navn", { exact: true }).fill("Layla Mansour");
    await page.getByLabel("Fødselsdato").fill("17.05.1983");
    await page.getByRole("button", { name: "Lagre tolken" }).click();
    await page.waitForURL(/\/nb\/ansatt\/tolker\?lagt=1$/);
    assert.ok(await page.getByText("Layla Mansour").isVisible());
    await expectAccessible(page, "interpreters-nb");
    await screenshot(page, "interpreters-nb-360");
    await context.close();
  });

  test("in bokmål, a meeting with an interpreter booked, a note and the outcome close the case", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signInAsStaff(context, e2e.server.baseUrl, "koordinator.hitra@demo.velkomst.no");
    await page.goto(caseUrl);
    // Typed as on paper in Norway: dd.mm.åååå and 10.00, in text fields.
    assert.equal(await page.getByLabel("Dato", { exact: true }).getAttribute("type"), "text");
    await page.getByLabel("Dato", { exact: true }).fill(`${meetingDay.slice(8, 10)}.${meetingDay.slice(5, 7)}.${meetingDay.slice(0, 4)}`);
    await page.getByLabel("Fra (tt:mm)").fill("10.00");
    await page.getByLabel("Til (tt:mm)").fill("11:00");
    await page.getByLabel("Sted").fill("Hitra rådhus");
    await page.getByRole("button", { name: "Lagre møtet" }).click();
    await page.getByText("Lagret.").waitFor();
    assert.ok(await page.getByRole("link", { name: /Last ned møtet til kalenderen/ }).isVisible());

    await page.getByRole("link", { name: "Bestill tolk til møtet" }).click();
    await page.waitForURL(/\/nb\/ansatt\/tolker\/bestill\?sak=/);
    const interpreter = await page.locator('select[name="tolk"] option', { hasText: "Layla Mansour" }).getAttribute("value");
    await page.getByLabel("Tolk", { exact: true }).selectOption(interpreter!);
    await page.getByLabel("Språk", { exact: true }).selectOption("ar");
    // The booking's date and times typed the Norwegian way: dd.mm.åååå and 10.00.
    await page.getByLabel("Dato", { exact: true }).fill(`${meetingDay.slice(8, 10)}.${meetingDay.slice(5, 7)}.${meetingDay.slice(0, 4)}`);
    await page.getByLabel("Fra (tt:mm)").fill("10.00");
    await page.getByLabel("Til (tt:mm)").fill("11.00");
    await expectAccessible(page, "interpreter-booking-nb");
    await screenshot(page, "interpreter-booking-nb-360");
    await page.getByRole("button", { name: "Bestill" }).click();
    await page.waitForURL(/\/nb\/ansatt\/veiledning\/[0-9a-f-]{36}\?lagret=1$/);
    assert.ok(await page.getByText(/Layla Mansour \(arabisk\)/).isVisible(), "the interpreter is on the case");

    await page.getByLabel("Nytt notat").fill("Forklart skattekort og husleiekontrakt.");
    await page.getByRole("button", { name: "Lagre notat" }).click();
    await page.getByText("Lagret.").waitFor();
    await page.getByLabel("Resultat", { exact: true }).selectOption("resolved");
    await page.getByRole("button", { name: "Avslutt saken" }).click();
    await page.getByText(/^Avsluttet .*: Spørsmålet er besvart$/).waitFor();
    await expectAccessible(page, "guidance-case-closed-nb");
    await screenshot(page, "guidance-case-closed-nb-360");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Last ned alt om personen (JSON)" }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, "utf8"));
    assert.equal(exported.guidanceCase.outcome, "resolved");
    assert.ok(exported.notes.some((note: { text: string }) => note.text === "Forklart skattekort og husleiekontrakt."));
    assert.ok(exported.interpreterBookings.some((booking: { language: string }) => booking.language === "ar"), "the interpreter booked for the meeting");

    await page.goto(caseUrl.replace("/nb/", "/ar/"));
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.ok(await page.getByText(/أُغلقت في .*: تمت الإجابة عن السؤال/).isVisible());
    await expectAccessible(page, "guidance-case-closed-ar");
    await screenshot(page, "guidance-case-closed-ar-360");
    await page.goto(`${e2e.server.baseUrl}/ar/ansatt/tolker`);
    await expectAccessible(page, "interpreters-ar");
    await screenshot(page, "interpreters-ar-360");
    await context.close();
  });
});
