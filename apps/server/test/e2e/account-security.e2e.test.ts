import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { generateSync } from "otplib";
import { demoAccounts } from "../../src/demo/demo-seed.ts";
import { demoPassword } from "../test-app.ts";
import { expectAccessible, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
const email = demoAccounts.find((account) => account.role === "municipality-admin")?.email ?? "";
/** The next 30-second step's code: the app accepts one step ahead, and a code of a step already used is refused. */
const nextCode = (secret: string) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

describe("a staff member secures their account on a phone", () => {
  test("switches on two-factor sign-in, sees where they are signed in, and signs in with a code", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await signInAsStaff(context, e2e.server.baseUrl, email);
    await page.getByRole("link", { name: "Konto og sikkerhet" }).click();
    await page.getByRole("button", { name: "Slå på tofaktorinnlogging" }).click();
    const secret = (await page.locator("code.secret").textContent()) ?? "";
    assert.match(secret, /^[A-Z2-7]{16,}$/);
    await expectAccessible(page, "totp-setup-nb");
    await screenshot(page, "totp-setup-nb");
    await page.getByLabel("Passord").fill(demoPassword);
    await page.getByLabel("Sekssifret kode").fill(generateSync({ secret }));
    await page.getByRole("button", { name: "Bekreft og slå på" }).click();
    await page.getByText("Tofaktorinnlogging er slått på.").waitFor();
    await expectAccessible(page, "totp-on-nb");
    await screenshot(page, "totp-on-nb");

    await page.getByRole("link", { name: "Se hvor du er logget inn" }).click();
    await page.getByText("Denne nettleseren").waitFor();
    await expectAccessible(page, "sessions-nb");
    await screenshot(page, "sessions-nb");
    await page.goto(`${e2e.server.baseUrl}/ar/innlogginger`);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    await expectAccessible(page, "sessions-ar");
    await screenshot(page, "sessions-ar");
    await page.goto(`${e2e.server.baseUrl}/ar/ansatt/konto`);
    await expectAccessible(page, "totp-on-ar");
    await screenshot(page, "totp-on-ar");
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of ["/ar/innlogginger", "/nb/innlogginger", "/ar/ansatt/konto"]) {
      await page.goto(`${e2e.server.baseUrl}${path}`);
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, `${path} scrolls sideways at 320 px`);
    }
    await page.setViewportSize({ width: 360, height: 780 });

    const phone = await phoneContext(e2e.browser);
    const second = await phone.newPage();
    await second.goto(`${e2e.server.baseUrl}/ar/logg-inn`);
    await second.locator("#field-email").fill(email);
    await second.locator("#field-password").fill(demoPassword);
    await second.locator("form[action='/ar/logg-inn'] button[type=submit]").click();
    await second.waitForURL(/\/ar\/logg-inn\/kode$/);
    await second.locator("#field-code").fill("000000");
    await second.locator("form[action='/ar/logg-inn/kode'] button[type=submit]").click();
    await second.locator(".ds-validation-message").waitFor();
    await expectAccessible(second, "second-factor-wrong-ar");
    await screenshot(second, "second-factor-wrong-ar");
    await second.locator("#field-code").fill(nextCode(secret));
    await second.locator("form[action='/ar/logg-inn/kode'] button[type=submit]").click();
    await second.waitForURL(/\/ar\/ansatt$/);

    await page.goto(`${e2e.server.baseUrl}/nb/innlogginger`);
    assert.equal(await page.locator("li .ds-card").count(), 2, "the phone's session is listed too");
    await page.getByRole("button", { name: "Logg ut alle andre steder" }).click();
    await page.getByText("Du er logget ut alle andre steder.").waitFor();
    await screenshot(page, "sessions-signed-out-others-nb");
    assert.equal((await second.goto(`${e2e.server.baseUrl}/ar/ansatt`))?.url().includes("/logg-inn"), true, "the other session has ended");
    await phone.close();
    await context.close();
  });

  test("after a few wrong passwords the sign-in page says when to try again, in bokmål and Arabic", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    for (const lang of ["nb", "ar"]) {
      for (let attempt = 0; attempt < 4; attempt++) {
        await page.goto(`${e2e.server.baseUrl}/${lang}/logg-inn`);
        await page.locator("#field-email").fill(`ukjent.${lang}@example.no`);
        await page.locator("#field-password").fill("not the password");
        await page.locator(`form[action='/${lang}/logg-inn'] button[type=submit]`).click();
        await page.getByRole("alert").waitFor();
      }
      assert.match((await page.getByRole("alert").textContent()) ?? "", /\d\d:\d\d/);
      await expectAccessible(page, `sign-in-wait-${lang}`);
      await screenshot(page, `sign-in-wait-${lang}`);
    }
    await context.close();
  });
});
