import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Socket } from "node:net";
import type { Page } from "playwright-core";
import { expectAccessible, lastMonth, phoneContext, registerNewcomer, screenshot, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();

// An EEA worker staying a few months: a plan with deadlines, so it has a calendar file too.
const planQuery = new URLSearchParams({ grunnlag: "eea-worker", fodselsar: "1990", ankomst: lastMonth, opphold: "3-6", statsborgerskap: "LT", nummer: "5014" });

/** Every byte the server has written to any connection (headers and bodies, as they went on the wire). */
function wireMeter() {
  const sockets = new Set<Socket>();
  e2e.server.testApp.app.server.on("connection", (socket: Socket) => sockets.add(socket));
  return () => [...sockets].reduce((sum, socket) => sum + socket.bytesWritten, 0);
}

/** Opens a page and waits until the page, its service worker and what the worker saves are done. */
async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${e2e.server.baseUrl}${path}`, { waitUntil: "networkidle" });
  assert.equal(response?.status(), 200, path);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForLoadState("networkidle");
  // The worker saves in the background (waitUntil); give it a moment to finish its requests.
  await page.waitForTimeout(300);
}

/** Waits until the service worker has saved this address for reading offline. */
async function savedOffline(page: Page, path: string): Promise<void> {
  const url = `${e2e.server.baseUrl}${path}`;
  await page.waitForFunction((wanted) => caches.open("velkomst-pages").then((cache) => cache.match(wanted)).then(Boolean), url, { timeout: 15_000 });
}

async function offlineNotice(page: Page) {
  const notice = page.locator("[data-offline-notice]");
  await notice.waitFor({ state: "visible" });
  return (await notice.textContent()) ?? "";
}

describe("light pages and reading offline", () => {
  test("byte budget: every public page ≤ 60 KB on a first visit and ≤ 15 KB on a repeat visit, in nb and ar", async () => {
    const bytes = wireMeter();
    const probe = await phoneContext(e2e.browser);
    const probePage = await probe.newPage();
    await probePage.goto(`${e2e.server.baseUrl}/nb/kommune/5014/tjenester`);
    const servicePath = new URL(await probePage.locator('a[href*="/tjenester/"]').first().getAttribute("href") ?? "", e2e.server.baseUrl).pathname.replace(/^\/nb/, "");
    await probe.close();

    const pages: Array<[string, string]> = [
      ["landing", "/"],
      ["municipality", "/kommune/5014"],
      ["information page", "/kommune/5014/info/health"],
      ["service page", servicePath],
      ["Min plan, step 1", "/min-plan/steg/1"],
      ["Min plan, result", `/min-plan/resultat?${planQuery}`],
      ["search", "/kommune/5014/sok?q=fastlege"],
      ["events", "/kommune/5014/arrangementer"],
      ["directory", "/kommune/5014/tjenester"],
    ];
    const rows: string[] = [];
    const overBudget: string[] = [];
    const fonts: string[] = [];
    for (const lang of ["nb", "ar"] as const) {
      for (const [name, path] of pages) {
        // A fresh browser profile each time: nothing cached, no service worker yet.
        const context = await phoneContext(e2e.browser, { locale: lang });
        const page = await context.newPage();
        // No web font: the scripts of all six languages are on every phone (see the README).
        page.on("request", (request) => {
          if (request.resourceType() === "font") fonts.push(`${lang} ${name}: ${request.url()}`);
        });
        let before = bytes();
        await visit(page, `/${lang}${path}`);
        const first = bytes() - before;
        before = bytes();
        await visit(page, `/${lang}${path}`);
        const repeat = bytes() - before;
        rows.push(`${lang}  ${name.padEnd(18)} ${(first / 1024).toFixed(1).padStart(6)} KB first  ${(repeat / 1024).toFixed(1).padStart(5)} KB repeat`);
        if (first > 60 * 1024 || repeat > 15 * 1024) overBudget.push(`${lang} ${name}: ${first} / ${repeat} bytes`);
        await context.close();
      }
    }
    console.log(`bytes on the wire (server side, headers included; first visit includes the service worker and what it saves):\n${rows.join("\n")}`);
    assert.deepEqual(overBudget, []);
    assert.deepEqual(fonts, []);
  });

  test("installable: Chromium finds the manifest and a service worker that controls the page", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await visit(page, "/nb/");
    const cdp = await context.newCDPSession(page);
    const { url, errors } = (await cdp.send("Page.getAppManifest")) as { url: string; errors: Array<{ message: string }> };
    assert.equal(new URL(url).pathname, "/nb/manifest.webmanifest");
    assert.deepEqual(errors, []);
    // Playwright's contexts are incognito profiles, where Chromium never offers to install; nothing else may stand in the way.
    const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors" as "Page.getAppManifest")) as unknown as { installabilityErrors: Array<{ errorId: string }> };
    assert.deepEqual(installabilityErrors.map((error) => error.errorId).filter((id) => id !== "in-incognito"), []);
    await page.reload();
    assert.equal(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true);
    await context.close();
  });

  test("offline after one visit: the plan with its ticks and calendar file, a visited information page and service page; the offline page for the rest", async () => {
    const context = await phoneContext(e2e.browser);
    try {
      const page = await context.newPage();
      const result = `/nb/min-plan/resultat?${planQuery}`;
      await visit(page, result);
      await savedOffline(page, result);
      // The PDF is saved once it has been opened (it is 100–170 KB: not fetched unasked).
      const pdfPath = `/nb/min-plan/plan.pdf?${planQuery}`;
      const icsPath = `/nb/min-plan/kalender.ics?${planQuery}`;
      assert.equal(await page.evaluate((url) => fetch(url).then((r) => r.status), pdfPath), 200);
      await savedOffline(page, icsPath);
      await savedOffline(page, pdfPath);

      await visit(page, "/nb/kommune/5014/info/health");
      await visit(page, "/nb/kommune/5014/tjenester");
      const servicePath = new URL((await page.locator('a[href*="/tjenester/"]').first().getAttribute("href")) ?? "", e2e.server.baseUrl).pathname;
      await visit(page, servicePath);
      for (const path of ["/nb/kommune/5014/info/health", servicePath]) await savedOffline(page, path);

      await context.setOffline(true);
      await openOffline(page, result);
      assert.match(await offlineNotice(page), /^Lagret \d{1,2}\. \w+ \d{4}.*\d{2}:\d{2}\. Du er ikke på nett/);
      await page.getByRole("heading", { level: 1, name: "Planen din" }).waitFor();
      // Ticks made offline stay on this phone.
      const box = page.locator('input[name="ferdig"]').first();
      await box.check();
      await openOffline(page, result);
      assert.equal(await page.locator('input[name="ferdig"]').first().isChecked(), true);
      await expectAccessible(page, "plan offline nb");
      await screenshot(page, "offline-plan-nb-360");
      for (const [path, type] of [[icsPath, /^text\/calendar/], [pdfPath, /^application\/pdf/]] as const) {
        const answer = await page.evaluate((url) => fetch(url).then((r) => ({ status: r.status, type: r.headers.get("content-type") ?? "" })), path);
        assert.equal(answer.status, 200, path);
        assert.match(answer.type, type, path);
      }

      await openOffline(page, "/nb/kommune/5014/info/health");
      await offlineNotice(page);
      await expectAccessible(page, "information page offline nb");
      await openOffline(page, servicePath);
      await offlineNotice(page);
      await screenshot(page, "offline-service-nb-360");

      await openOffline(page, "/nb/kommune/5056/info");
      await page.getByRole("heading", { level: 1, name: "Du er ikke på nett" }).waitFor();
      await expectAccessible(page, "offline page nb");
      await screenshot(page, "offline-page-nb-360");
    } finally {
      await context.close();
    }
  });

  test("an account holder's ticks made offline are sent when the phone is online again", async () => {
    const context = await phoneContext(e2e.browser);
    try {
      const page = await context.newPage();
      await registerNewcomer(page, e2e.server, "e2e.frakoblet@example.no", planQuery);
      const result = `/nb/min-plan/resultat?${planQuery}`;
      await visit(page, result);
      await page.getByLabel(/Jeg vil at Velkomst lagrer svarene mine/).check();
      await page.getByRole("button", { name: "Lagre planen på Min side" }).click();
      await page.getByText("Dette er planen du har lagret.").waitFor();
      await visit(page, result);
      await savedOffline(page, result);

      await context.setOffline(true);
      await openOffline(page, result);
      await offlineNotice(page);
      await page.locator("#done-bank-account").check();
      // Listen before going online: the ticks may be sent the moment the phone is back.
      const ticksSent = page.waitForResponse((response) => response.url().endsWith("/nb/min-side/fremdrift"));
      await context.setOffline(false);
      await ticksSent;
      await page.goto(`${e2e.server.baseUrl}${result}`);
      assert.equal(await page.locator("[data-offline-notice]").isHidden(), true);
      assert.equal(await page.locator("#done-bank-account").isChecked(), true);
    } finally {
      await context.close();
    }
  });

  test("signing out forgets the saved pages: on a shared phone the next person cannot read the plan offline", async () => {
    const context = await phoneContext(e2e.browser);
    try {
      const page = await context.newPage();
      await registerNewcomer(page, e2e.server, "e2e.delt.telefon@example.no", planQuery);
      const result = `/nb/min-plan/resultat?${planQuery}`;
      await visit(page, result);
      await savedOffline(page, result);

      // The service worker forgets the saved pages (the server's Clear-Site-Data is checked in sessions.test.ts).
      await page.getByRole("button", { name: "Logg ut" }).click();
      await page.waitForLoadState("networkidle");
      const stillSaved = await page.evaluate((wanted) => caches.open("velkomst-pages").then((cache) => cache.keys()).then((keys) => keys.some((key) => key.url === wanted)), `${e2e.server.baseUrl}${result}`);
      assert.equal(stillSaved, false, "the plan is no longer saved on the phone");

      await context.setOffline(true);
      await openOffline(page, result);
      await page.getByRole("heading", { level: 1, name: "Du er ikke på nett" }).waitFor();
      assert.equal(await page.getByRole("heading", { level: 1, name: "Planen din" }).count(), 0);
    } finally {
      await context.close();
    }
  });

  test("in Arabic: the notice and the offline page in Arabic, right to left", async () => {
    const context = await phoneContext(e2e.browser, { locale: "ar" });
    try {
      const page = await context.newPage();
      await visit(page, "/ar/kommune/5014/info/health");
      await savedOffline(page, "/ar/kommune/5014/info/health");
      await context.setOffline(true);
      await openOffline(page, "/ar/kommune/5014/info/health");
      assert.match(await offlineNotice(page), /^حُفظت في .*أنت غير متصل بالإنترنت/);
      assert.equal(await page.getAttribute("html", "dir"), "rtl");
      await expectAccessible(page, "information page offline ar");
      await screenshot(page, "offline-information-ar-360");
      await openOffline(page, "/ar/kommune/5056/arrangementer");
      await page.getByRole("heading", { level: 1, name: "أنت غير متصل بالإنترنت" }).waitFor();
      await expectAccessible(page, "offline page ar");
      await screenshot(page, "offline-page-ar-360");
    } finally {
      await context.close();
    }
  });
});

/** Opens an address with the network off: the service worker answers. */
async function openOffline(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${e2e.server.baseUrl}${path}`);
  assert.equal(response?.status(), 200, `${path} offline`);
}

