import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import type { BrowserContext } from "playwright-core";
import { demoPassword } from "../test-app.ts";
import { readPdf } from "../pdf-reader.ts";
import { expectAccessible, phoneContext, screenshot, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();

const journeys = [
  { lang: "nb", title: "elektrikr", link: "Kompetanseprofil og CV", save: "Lagre profilen", saved: "Profilen er lagret.", consent: "Ja, Velkomst kan lagre kompetanseprofilen min.", pdfLink: "Last ned CV på norsk bokmål (PDF)", pdfHeading: "Arbeidserfaring", occupation: "Elektriker", docLang: "nb" },
  { lang: "uk", title: "електирк", link: "Профіль компетенцій і резюме", save: "Зберегти профіль", saved: "Профіль збережено.", consent: "Так, Velkomst може зберігати мій профіль компетенцій.", pdfLink: "Завантажити резюме мовою: українська (PDF)", pdfHeading: "Досвід роботи", occupation: "Електрик", docLang: "uk" },
  { lang: "ar", title: "كهربائى", link: "ملف المهارات والسيرة الذاتية", save: "احفظ الملف", saved: "تم حفظ الملف.", consent: "نعم، يمكن لـ Velkomst حفظ ملف مهاراتي.", pdfLink: "نزّل السيرة الذاتية باللغة: الإنجليزية (PDF)", pdfHeading: "Work experience", occupation: "Electrician", docLang: "en" },
] as const;

/** A newcomer account of its own for each journey (the demo password), signed in through the form. */
async function signedInNewcomer(context: BrowserContext, email: string) {
  const db = e2e.server.testApp.test.database.db;
  const demo = await db.selectFrom("users").select("password_hash").where("email", "=", "nykommer@demo.velkomst.no").executeTakeFirstOrThrow();
  const user = await db.insertInto("users").values({ email, name: "Olena", password_hash: demo.password_hash }).returning("id").executeTakeFirstOrThrow();
  await db.insertInto("role_assignments").values({ user_id: user.id, role: "newcomer", scope_kind: "national", scope_id: "", created_by: null }).execute();
  const page = await context.newPage();
  await page.goto(`${e2e.server.baseUrl}/nb/logg-inn`);
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Passord").fill(demoPassword);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(/\/nb\/min-side$/);
  return page;
}

describe("a Ukrainian electrician builds a skills profile and downloads a CV", () => {
  for (const journey of journeys) {
    test(`in ${journey.lang}: from Min side, types her occupation with a typo, consents, saves and downloads the CV PDF`, async () => {
      const context = await phoneContext(e2e.browser, { locale: journey.lang });
      const page = await signedInNewcomer(context, `elektriker-${journey.lang}@example.com`);
      await page.goto(`${e2e.server.baseUrl}/${journey.lang}/min-side`);
      await page.getByRole("link", { name: journey.link }).click();
      await page.waitForURL(new RegExp(`/${journey.lang}/min-side/kompetanse$`));
      await expectAccessible(page, `skills profile form ${journey.lang}`);
      await screenshot(page, `skills-profile-form-${journey.lang}-360`);

      await page.locator("#field-fullName").fill("Olena Kovalenko");
      await page.locator("#field-language").selectOption("uk");
      await page.locator("#field-education-0-level").selectOption("vocational");
      await page.locator("#field-education-0-field").fill("Elektroinstallasjon");
      await page.locator("#field-education-0-country").selectOption("UA");
      await page.locator("#field-education-0-completedYear").fill("2012");
      await page.locator("#field-experience-0-title").fill(journey.title);
      await page.locator("#field-experience-0-country").selectOption("UA");
      await page.locator("#field-experience-0-fromYear").fill("2013");
      await page.locator("#field-languages-0-code").selectOption("uk");
      await page.locator("#field-languages-0-level").selectOption("native");
      await page.locator("#field-norwegian-listening").selectOption("A2");
      await page.locator("#field-norwegian-speaking").selectOption("A2");
      await page.locator(`input[name="drivingLicences"][value="B"]`).check();
      await page.locator("#field-certificates-0-name").fill("Sikkerhetskurs FSE");
      await page.locator("#field-certificates-0-validUntil").fill("31.03.2027");
      await page.getByLabel(journey.consent).check();
      await page.getByRole("button", { name: journey.save }).click();
      await page.waitForURL(/kompetanse\?lagret=1$/);
      assert.equal((await page.getByRole("status").filter({ hasText: journey.saved }).count()), 1);
      assert.equal(await page.locator("#field-experience-0-occupationCode").inputValue(), "7411");
      assert.equal(await page.locator("#field-certificates-0-validUntil").inputValue(), "31.03.2027");
      if (journey.lang === "ar") assert.equal(await page.getAttribute("html", "dir"), "rtl");
      await expectAccessible(page, `skills profile saved ${journey.lang}`);
      await screenshot(page, `skills-profile-saved-${journey.lang}-360`);

      const downloading = page.waitForEvent("download");
      await page.getByRole("link", { name: journey.pdfLink }).click();
      const download = await downloading;
      assert.equal(download.suggestedFilename(), `cv-${journey.docLang}.pdf`);
      const pdf = readPdf(await readFile((await download.path())!));
      assert.match(pdf.raw, new RegExp(`/Lang \\(${journey.docLang}\\)`));
      const text = pdf.pages.join("\n");
      assert.ok(text.includes("Olena Kovalenko") && text.includes(journey.pdfHeading) && text.includes(journey.occupation) && /\bB\b/.test(text), text);

      await page.goto(`${e2e.server.baseUrl}/${journey.lang}/min-side/kompetanse/cv?sprak=${journey.docLang}`);
      await expectAccessible(page, `CV page ${journey.lang}`);
      await screenshot(page, `skills-profile-cv-${journey.lang}-${journey.docLang}-360`);
      await context.close();
    });
  }

  test("the form saves without JavaScript", async () => {
    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const page = await signedInNewcomer(context, "uten-skript@example.com");
    await page.goto(`${e2e.server.baseUrl}/nb/min-side/kompetanse`);
    await page.locator("#field-fullName").fill("Uten Skript");
    await page.getByLabel("Ja, Velkomst kan lagre kompetanseprofilen min.").check();
    await page.getByRole("button", { name: "Lagre profilen" }).click();
    await page.waitForURL(/kompetanse\?lagret=1$/);
    assert.ok(await page.getByText("Profilen er lagret.").isVisible());
    await context.close();
  });
});
