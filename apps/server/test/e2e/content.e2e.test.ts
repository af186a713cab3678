import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { expectAccessible, phoneContext, screenshot, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();

describe("a newcomer reads the national information", () => {
  test("opens Frøya's topics in bokmål, then the page on registration, with its sources", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await page.goto(`${e2e.server.baseUrl}/nb/kommune/5014/info`);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Informasjon for nye innbyggere");
    assert.ok(await page.getByText(/Her er informasjon om livet i Norge og i Frøya/).isVisible());
    // The demo: Frøya's own meeting-places page replaces the national one, and the region adds its welcome centre.
    assert.equal(await page.getByRole("heading", { level: 2 }).count(), 16);
    assert.equal(await page.getByText("Nasjonal informasjon", { exact: true }).count(), 14);
    assert.equal(await page.getByText("Lokal informasjon fra Frøya kommune", { exact: true }).count(), 1);
    assert.equal(await page.getByText("Lokal informasjon fra Frøya og Hitra", { exact: true }).count(), 1);
    await expectAccessible(page, "info list nb");
    await screenshot(page, "content-list-5014-nb-360");

    await page.getByRole("link", { name: "Registrering og ID-nummer" }).click();
    await page.waitForURL(/\/nb\/kommune\/5014\/info\/registration-and-id-numbers$/);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Registrering og ID-nummer");
    assert.ok(await page.getByText("Nasjonal informasjon", { exact: true }).isVisible());
    assert.ok(await page.getByRole("heading", { name: "Kilder" }).isVisible());
    const source = page.getByRole("link", { name: "UDI – Utlendingsdirektoratet" }).last();
    assert.equal(await source.getAttribute("href"), "https://www.udi.no");
    assert.equal(await page.getByRole("alert").count(), 0, "a translated page shows no fallback notice");
    // The text's own headings are neither heavier nor larger than the page's h1.
    const weightAndSize = (selector: string) => page.locator(selector).first().evaluate((element) => [Number(getComputedStyle(element).fontWeight), parseFloat(getComputedStyle(element).fontSize)]);
    const [h1Weight, h1Size] = await weightAndSize("h1");
    for (const level of ["h2", "h3"]) {
      if ((await page.locator(`.content-body ${level}`).count()) === 0) continue;
      const [weight, size] = await weightAndSize(`.content-body ${level}`);
      assert.ok(weight! <= h1Weight! && size! < h1Size!, `${level}: weight ${weight} size ${size} against h1 ${h1Weight} ${h1Size}`);
    }
    await expectAccessible(page, "info page nb");
    await screenshot(page, "content-page-registration-nb-360");
    await context.close();
  });

  test("reads the same page in Arabic, right to left", async () => {
    const context = await phoneContext(e2e.browser, { locale: "ar" });
    const page = await context.newPage();
    const response = await page.goto(`${e2e.server.baseUrl}/ar/kommune/5014/info/registration-and-id-numbers`);
    assert.equal(response?.status(), 200);
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.equal(await page.getAttribute("html", "lang"), "ar");
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "التسجيل وأرقام الهوية");
    assert.ok(await page.getByText("معلومات وطنية", { exact: true }).isVisible());
    assert.ok(await page.getByRole("heading", { name: "المصادر" }).isVisible());
    // Mirrored: the heading's text starts at the right edge of the phone.
    const box = await page.getByRole("heading", { level: 1 }).boundingBox();
    assert.ok(box && box.x + box.width > 300, `the title should sit on the right in RTL, x=${box?.x} w=${box?.width}`);
    await expectAccessible(page, "info page ar");
    await screenshot(page, "content-page-registration-ar-360");
    await page.goto(`${e2e.server.baseUrl}/ar/kommune/5014/info`);
    await expectAccessible(page, "info list ar");
    await screenshot(page, "content-list-5014-ar-360");
    await context.close();
  });

  test("an unknown topic or municipality is a 404 page with a way back", async () => {
    const context = await phoneContext(e2e.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    let response = await page.goto(`${e2e.server.baseUrl}/nb/kommune/5014/info/no-such-topic`);
    assert.equal(response?.status(), 404);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Fant ikke siden");
    assert.ok(await page.getByRole("link", { name: "Alle temaer" }).isVisible());
    response = await page.goto(`${e2e.server.baseUrl}/en/kommune/9999/info`);
    assert.equal(response?.status(), 404);
    assert.ok(await page.getByText("We found no municipality with number 9999.").isVisible());
    await context.close();
  });
});
