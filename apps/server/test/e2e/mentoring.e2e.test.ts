import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { demoAccounts } from "../../src/demo/demo-seed.ts";
import { checkRtlPages, expectAccessible, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
const volunteerEmail = demoAccounts.find((a) => a.role === "volunteer")!.email;
const hitraCoordinator = demoAccounts.find((a) => a.role === "coordinator" && a.scope.kind === "municipality")!.email;

describe("the mentor programme on a phone", () => {
  test("a mentor logs a meeting from a phone, in bokmål and in Arabic", async () => {
    const { baseUrl } = e2e.server;
    const page = await signInAsStaff(await phoneContext(e2e.browser), baseUrl, volunteerEmail);
    await page.getByRole("link", { name: /Mentor/ }).first().click();
    await page.waitForURL(/\/nb\/frivillig\/mentor$/);
    await assert.doesNotReject(page.getByText("Yusuf", { exact: true }).waitFor());
    await expectAccessible(page, "mentor home nb");
    await screenshot(page, "mentoring-mentor-home-nb");

    await page.getByRole("link", { name: "Før opp et møte" }).click();
    await page.getByLabel("Timer").fill("1,5");
    await page.getByLabel("Hva snakket dere om?").fill("Intervju på fiskefabrikken");
    await expectAccessible(page, "log meeting nb");
    await screenshot(page, "mentoring-log-meeting-nb");
    await page.getByRole("button", { name: "Lagre møtet" }).click();
    await page.waitForURL(/melding=meeting-logged/);
    await assert.doesNotReject(page.getByText("Møtet er ført opp.").waitFor());
    await assert.doesNotReject(page.getByText(/1,5 t · Intervju på fiskefabrikken/).waitFor());
    await screenshot(page, "mentoring-meeting-logged-nb");

    // Arabic: the same journey right to left, hours typed in Arabic-Indic digits.
    await page.goto(`${baseUrl}/ar/frivillig/mentor`);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    await expectAccessible(page, "mentor home ar");
    await screenshot(page, "mentoring-mentor-home-ar");
    await page.getByRole("link", { name: "سجّل لقاءً" }).click();
    await page.getByLabel("الساعات").fill("٢");
    await page.getByLabel("عمّ تحدثتما؟").fill("نزهة");
    await expectAccessible(page, "log meeting ar");
    await screenshot(page, "mentoring-log-meeting-ar");
    await page.getByRole("button", { name: "احفظ اللقاء" }).click();
    await page.waitForURL(/\/ar\/frivillig\/mentor\?melding=meeting-logged/);
    await assert.doesNotReject(page.getByText("تم تسجيل اللقاء.").waitFor());
    const logged = await e2e.server.testApp.app.services.db.selectFrom("mentor_meetings").select(["minutes"]).where("topic", "=", "نزهة").execute();
    assert.deepEqual(logged, [{ minutes: 120 }]);
  });

  test("the coordinator sees the cohort, the pair that has gone quiet and the explained proposal", async () => {
    const { baseUrl } = e2e.server;
    const page = await signInAsStaff(await phoneContext(e2e.browser), baseUrl, hitraCoordinator);
    await page.getByRole("link", { name: /Mentorprogram/ }).click();
    await page.getByRole("link", { name: "Mentornettverket Hitra" }).click();
    await assert.doesNotReject(page.getByText("1 par har ikke møttes på over tre uker").waitFor());
    await expectAccessible(page, "cohort nb");
    await screenshot(page, "mentoring-cohort-nb");
    await page.getByRole("link", { name: "Foreslå par" }).click();
    await assert.doesNotReject(page.getByText("Til sammen 20 av 100").or(page.getByText(/Til sammen \d+ av 100/)).first().waitFor());
    await expectAccessible(page, "proposal nb");
    await screenshot(page, "mentoring-proposal-nb");
    const cohortPath = new URL(page.url()).pathname.replace(/^\/nb/, "/ar").replace(/\/forslag$/, "");
    await checkRtlPages(page, baseUrl, [
      [cohortPath, "mentoring-cohort-ar"],
      [`${cohortPath}/forslag`, "mentoring-proposal-ar"],
      ["/ar/ansatt/mentorprogram", "mentoring-cohorts-ar"],
    ]);
  });
});
