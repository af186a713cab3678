import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { demoPassword } from "../test-app.ts";
import { demoAccounts } from "../../src/demo/demo-seed.ts";
import { expectAccessible, phoneContext, screenshot, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();

describe("a visitor", () => {
  test("sees the landing page in bokmål, accessible, on a phone", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/`);
    assert.match(page.url(), /\/nb\/$/);
    assert.equal(await page.getAttribute("html", "lang"), "nb");
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Ny i Norge?");
    await expectAccessible(page, "landing nb");
    await screenshot(page, "landing-nb-360");
    await context.close();
  });

  test("switches to Arabic and gets a right-to-left page", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/`);
    await page.getByRole("link", { name: "العربية" }).click();
    await page.waitForURL(/\/ar\/$/);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.equal(await page.getAttribute("html", "lang"), "ar");
    // The mirrored layout: the site name starts at the right edge.
    const box = await page.locator(".site-name").boundingBox();
    assert.ok(box && box.x > 180, `site name should sit on the right in RTL, x=${box?.x}`);
    await expectAccessible(page, "landing ar");
    await screenshot(page, "landing-ar-360");
    await context.close();
  });

  test("the browser's language chooses the first page", async () => {
    const context = await phoneContext(e2e.browser, { locale: "uk-UA" });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/`);
    assert.match(page.url(), /\/uk\/$/);
    await context.close();
  });

  test("picks a municipality without JavaScript and lands on its page", async () => {
    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/`);
    await page.getByRole("searchbox", { name: "Finn kommunen din" }).fill("Frøya");
    await page.getByRole("button", { name: "Finn" }).click();
    await page.waitForURL(/\/nb\/kommune\/5014$/);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Frøya");
    assert.ok(await page.getByText("Velkomstsenteret Frøya og Hitra").isVisible());
    await screenshot(page, "municipality-5014-nb-360");
    await context.close();
  });

  test("a municipality without a welcome service says so and points to one elsewhere in its county, also in Arabic", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/kommune/5001`);
    assert.ok(await page.getByRole("heading", { name: /Trondheim.* har ikke et velkomsttilbud ennå/ }).isVisible());
    assert.ok(await page.getByText("Velkomstsenteret Frøya og Hitra").isVisible());
    await expectAccessible(page, "municipality nb");
    await page.goto(`${e2e.server.baseUrl}/ar/kommune/5001`);
    await expectAccessible(page, "municipality ar");
    await screenshot(page, "municipality-5001-ar-360");
    await context.close();
  });

  test("a municipality with nothing listed promises no empty lists and no centre in another county", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/kommune/0301`);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Oslo");
    assert.equal(await page.getByRole("link", { name: /Tjenester og kontaktpunkter/ }).count(), 0, "no card to an empty list of services");
    assert.equal(await page.locator('a[href$="/kommune/0301/arrangementer"]').count(), 0, "no card to an empty list of events");
    assert.ok(await page.getByRole("link", { name: "Oslo har ikke lagt inn tjenester eller arrangementer i Velkomst ennå. Nasjonale tjenester finner du under." }).isVisible());
    assert.equal(await page.getByText("Velkomstsenteret Frøya og Hitra").count(), 0, "a centre in another county is not offered");
    assert.equal(await page.getByText(/[Nn]ærmeste/).count(), 0);
    assert.ok(await page.getByText(/Bruk den nasjonale informasjonen under/).isVisible());
    assert.ok(await page.getByRole("link", { name: "NAV" }).isVisible());
    await expectAccessible(page, "municipality 0301 nb");
    await screenshot(page, "municipality-0301-nb-360");
    // Frøya has both, and keeps both cards.
    await page.goto(`${e2e.server.baseUrl}/nb/kommune/5014`);
    assert.equal(await page.locator('a[href$="/kommune/5014/tjenester"]').count(), 1);
    assert.equal(await page.locator('a[href$="/kommune/5014/arrangementer"]').count(), 1);
    await context.close();
  });
});

describe("staff", () => {
  const expectations: Record<string, { usersLink: boolean }> = {
    "national-admin": { usersLink: true },
    "municipality-admin": { usersLink: true },
    editor: { usersLink: false },
    coordinator: { usersLink: false },
    employer: { usersLink: false },
    volunteer: { usersLink: false },
  };

  for (const account of demoAccounts) {
    // axe runs inside the page, so the account whose pages it checks signs in with JavaScript on.
    const withAxe = account.role === "national-admin";
    test(`${account.role} signs in${withAxe ? "" : " without JavaScript"} and sees only what the role allows`, async () => {
      const context = await phoneContext(e2e.browser, { javaScriptEnabled: withAxe });
      const page = await context.newPage();
      await page.goto(`${e2e.server.baseUrl}/nb/logg-inn`);
      await page.getByLabel("E-postadresse").fill(account.email);
      await page.getByLabel("Passord").fill(demoPassword);
      await page.getByRole("button", { name: "Logg inn" }).click();
      if (account.role === "newcomer") {
        // A newcomer's own account lands on "Min side", and the staff area stays closed to it.
        await page.waitForURL(/\/nb\/min-side$/);
        assert.ok(await page.getByRole("heading", { level: 1, name: "Min side" }).isVisible());
        assert.equal((await page.goto(`${e2e.server.baseUrl}/nb/ansatt`))?.status(), 403);
        await context.close();
        return;
      }
      await page.waitForURL(/\/nb\/ansatt$/);
      assert.ok(await page.getByRole("heading", { name: "Ansattsider" }).isVisible());
      const usersLink = page.getByRole("link", { name: /Brukere og roller/ });
      assert.equal(await usersLink.count(), expectations[account.role]?.usersLink ? 1 : 0);
      const response = await page.goto(`${e2e.server.baseUrl}/nb/ansatt/brukere`);
      assert.equal(response?.status(), expectations[account.role]?.usersLink ? 200 : 403);
      if (withAxe) {
        await expectAccessible(page, "users page");
        await screenshot(page, "staff-users-nb-360");
      }
      await context.close();
    });
  }

  test("a wrong password is refused with a message, in Arabic too", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/ar/logg-inn`);
    await page.locator("#field-email").fill("nobody@example.no");
    await page.locator("#field-password").fill("wrong password");
    await page.locator("form button[type=submit]").click();
    assert.ok(await page.getByRole("alert").isVisible());
    await expectAccessible(page, "sign-in error ar");
    await screenshot(page, "sign-in-error-ar-360");
    await context.close();
  });

  test("an invalid e-mail is named next to its field, with a summary", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/logg-inn`);
    await page.getByLabel("E-postadresse").fill("not-an-address");
    await page.getByRole("button", { name: "Logg inn" }).click();
    assert.ok(await page.getByText("Skriv en gyldig e-postadresse").first().isVisible());
    await expectAccessible(page, "sign-in validation");
    await context.close();
  });
});
