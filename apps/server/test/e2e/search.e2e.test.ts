import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { expectAccessible, phoneContext, screenshot, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();

describe("a reader searches", () => {
  test("types «helsestasjon» as «helsestasjn» in the box on Frøya's page and finds the health page, in bokmål", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/kommune/5014`);
    await screenshot(page, "search-box-municipality-5014-nb-360");
    const box = page.getByRole("search").getByRole("searchbox", { name: "Søk i informasjon, tjenester og arrangementer" });
    await box.fill("helsestasjn");
    await box.press("Enter");
    await page.waitForURL(/\/nb\/kommune\/5014\/sok\?q=helsestasjn$/);
    assert.match((await page.title()) ?? "", /^\d+ treff for «helsestasjn» – Frøya/);
    assert.match((await page.getByRole("heading", { level: 2 }).first().textContent()) ?? "", /^\d+ treff for «helsestasjn»$/);
    assert.ok(await page.getByRole("heading", { level: 3, name: /^Informasjon \(\d+\)$/ }).isVisible());
    assert.ok(await page.getByRole("link", { name: "Søk etter «helsestasjon»" }).isVisible(), "did you mean");
    assert.equal(await page.getByRole("searchbox").inputValue(), "helsestasjn");
    await expectAccessible(page, "search results nb");
    await screenshot(page, "search-5014-nb-360");

    await page.getByRole("link", { name: "Helse og lege" }).click();
    await page.waitForURL(/\/nb\/kommune\/5014\/info\/health$/);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Helse og lege");
    await context.close();
  });

  test("an Arabic reader finds the same page in Arabic, right to left", async () => {
    const context = await phoneContext(e2e.browser, { locale: "ar" });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/ar/kommune/5014/sok`);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    const box = page.getByRole("searchbox", { name: "ابحث في المعلومات والخدمات والفعاليات" });
    await box.fill("helsestasjn");
    await page.getByRole("button", { name: "بحث" }).click();
    await page.waitForURL(/\/ar\/kommune\/5014\/sok\?q=helsestasjn$/);
    const hit = page.getByRole("link", { name: "الصحة والطبيب" });
    assert.ok(await hit.isVisible());
    assert.equal(await hit.getAttribute("href"), "/ar/kommune/5014/info/health");
    assert.match((await page.getByRole("heading", { level: 2 }).first().textContent()) ?? "", /للبحث عن «\u2068helsestasjn\u2069»/);
    // Mirrored: the results heading starts at the right edge of the phone.
    const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
    assert.ok(heading && heading.x + heading.width > 300, `the heading should sit on the right, x=${heading?.x} w=${heading?.width}`);
    await expectAccessible(page, "search results ar");
    await screenshot(page, "search-5014-ar-360");

    // Bokmål hits are marked as such; a search with no hits gives tips.
    await page.goto(`${e2e.server.baseUrl}/ar/kommune/5014/sok?q=sistranda`);
    assert.ok(await page.getByText("بالنرويجية (بوكمول)").first().isVisible());
    await expectAccessible(page, "search bokmål hits ar");
    await screenshot(page, "search-5014-ar-bokmal-hits-360");
    await page.goto(`${e2e.server.baseUrl}/ar/kommune/5014/sok?q=xyzzyqq`);
    assert.ok(await page.getByRole("heading", { name: "نصائح" }).isVisible());
    await expectAccessible(page, "search no hits ar");
    await context.close();
  });

  test("works without JavaScript: the box is a plain form", async () => {
    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/kommune/5056/sok`);
    await page.getByRole("searchbox").fill("forerkort skattekort");
    await page.getByRole("button", { name: "Søk" }).click();
    await page.waitForURL(/\/nb\/kommune\/5056\/sok\?q=forerkort\+skattekort$/);
    assert.ok(await page.getByRole("link", { name: "Skattekort og skatt" }).isVisible());
    await page.goto(`${e2e.server.baseUrl}/nb/kommune/5014/sok?q=xyzzyqq`);
    assert.match((await page.getByRole("heading", { level: 2 }).first().textContent()) ?? "", /^Ingen treff for «xyzzyqq»$/);
    await screenshot(page, "search-5014-nb-no-hits-360");
    await context.close();
  });
});
