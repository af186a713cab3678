import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { expectAccessible, phoneContext, screenshot, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();

const journeys = [
  { lang: "nb", typed: "sykepleir", country: "Filippinene", submit: "Vis veien min", heading: "Veien din som Sykepleier", authorisation: "Autorisasjon eller godkjenning for yrket" },
  { lang: "uk", typed: "медсестра", country: "Філіппіни", submit: "Показати мій шлях", heading: "Ваш шлях: Медична сестра (медсестра)", authorisation: "Авторизація або визнання для професії" },
  { lang: "ar", typed: "ممرضة", country: "الفلبين", submit: "اعرض طريقي", heading: "طريقك في مهنة ممرض", authorisation: "ترخيص أو اعتماد للمهنة" },
] as const;

describe("a nurse from the Philippines finds her path", () => {
  for (const journey of journeys) {
    test(`in ${journey.lang}: types her title with a typo, picks the country, and sees Helsedirektoratet's authorisation first`, async () => {
      const context = await phoneContext(e2e.browser, { locale: journey.lang });
      const page = await context.newPage();
      await page.goto(`${e2e.server.baseUrl}/${journey.lang}/godkjenning`);
      await expectAccessible(page, `navigator ${journey.lang}`);
      await screenshot(page, `recognition-navigator-${journey.lang}-360`);
      await page.locator("#field-q").fill(journey.typed);
      await page.locator("#field-country").selectOption({ label: journey.country });
      await page.getByRole("button", { name: journey.submit }).click();
      await page.waitForURL(/\/godkjenning\?q=/);
      assert.equal(await page.getByRole("heading", { level: 2, name: journey.heading }).count(), 1, `heading ${journey.heading}`);
      const first = page.locator(".recognition-route").first();
      assert.equal((await first.getByRole("heading", { level: 3 }).textContent())?.trim(), journey.authorisation);
      assert.equal(await first.locator(`a[href^="https://www.helsedirektoratet.no/tema"]`).count(), 1);
      if (journey.lang === "ar") assert.equal(await page.getAttribute("html", "dir"), "rtl");
      await expectAccessible(page, `navigator answer ${journey.lang}`);
      await screenshot(page, `recognition-nurse-philippines-${journey.lang}-360`);
      await context.close();
    });
  }

  test("works without JavaScript", async () => {
    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/godkjenning`);
    await page.locator("#field-q").fill("sykepleier");
    await page.locator("#field-country").selectOption("PH");
    await page.getByRole("button", { name: "Vis veien min" }).click();
    await page.waitForURL(/\/nb\/godkjenning\?q=sykepleier/);
    assert.ok(await page.getByRole("heading", { name: "Veien din som Sykepleier" }).isVisible());
    await context.close();
  });
});
