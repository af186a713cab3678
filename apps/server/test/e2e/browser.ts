import assert from "node:assert/strict";
import { after, before } from "node:test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { demoPassword, startTestApp, type TestApp } from "../test-app.ts";
import { testClock } from "../test-clock.ts";

/** Debian's Chromium; nothing downloads a browser of its own. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const screenshotDir = join(import.meta.dirname, "../../../../test-results/screenshots");

export interface E2eServer {
  testApp: TestApp;
  baseUrl: string;
  close(): Promise<void>;
}

/** The real app listening on a loopback port, on a fresh seeded PGlite database. */
export async function startE2eServer(): Promise<E2eServer> {
  const testApp = await startTestApp("pglite");
  const address = await testApp.app.listen({ port: 0, host: "127.0.0.1" });
  return { testApp, baseUrl: address, close: () => testApp.close() };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // The machine has no outside network; these keep Chromium from trying to reach Google.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A phone-sized context (360 px, as a cheap Android phone), optionally without JavaScript. */
export async function phoneContext(browser: Browser, options: { javaScriptEnabled?: boolean; locale?: string } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 1,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: options.locale ?? "nb-NO",
  });
  // A step that cannot happen should fail the test with its reason, not hang it.
  context.setDefaultTimeout(15_000);
  return context;
}

/** Signs a demo staff account in through the sign-in form (bokmål) and waits for the staff home. */
export async function signInAsStaff(context: BrowserContext, baseUrl: string, email: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/nb/logg-inn`);
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Passord").fill(demoPassword);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(/\/nb\/ansatt$/);
  return page;
}

/**
 * Opens each right-to-left page (a path on the server, or a whole URL) and checks that it answers
 * 200 laid out right to left, passes axe and is screenshot under its name.
 */
export async function checkRtlPages(page: Page, baseUrl: string, pages: ReadonlyArray<readonly [string, string]>): Promise<void> {
  for (const [path, name] of pages) {
    const response = await page.goto(path.startsWith("http") ? path : `${baseUrl}${path}`);
    assert.equal(response?.status(), 200, path);
    assert.equal(await page.getAttribute("html", "dir"), "rtl", path);
    await expectAccessible(page, name);
    await screenshot(page, name);
  }
}

/** The narrowest width WCAG 1.4.10 (reflow) asks a page to work at without scrolling sideways. */
export const reflowWidth = 320;

/**
 * Fails when the page as it is now scrolls sideways at 320 px (WCAG 1.4.10), naming the widest
 * elements that stick out; the viewport is set back afterwards. Works with JavaScript off too.
 */
export async function expectNoSidewaysScroll(page: Page, label: string = page.url()): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 360, height: 780 };
  await page.setViewportSize({ width: reflowWidth, height: viewport.height });
  try {
    const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
      const root = document.documentElement;
      const sticking = [...document.body.querySelectorAll("*")]
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(
          ({ element, box }) =>
            box.width > 0 &&
            (box.right > root.clientWidth + 1 || box.left < -1 || (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === "visible")),
        )
        // The innermost offenders say what to fix; their ancestors only follow them.
        .filter(({ element }, _, all) => !all.some((other) => other.element !== element && element.contains(other.element)))
        .slice(0, 3)
        .map(({ element, box }) => `<${element.tagName.toLowerCase()}${element.className ? ` class="${String(element.className)}"` : ""}> ${Math.round(box.width)} px "${(element.textContent ?? "").trim().slice(0, 40)}"`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits: sticking };
    });
    assert.ok(scrollWidth <= clientWidth, `${label}: ${scrollWidth} px wide at ${clientWidth} px, scrolls sideways; ${culprits.join("; ")}`);
  } finally {
    await page.setViewportSize(viewport);
  }
}

/**
 * Runs axe with the WCAG 2.1 A and AA rules and fails with the violations listed; every page
 * checked here is also checked for sideways scrolling at 320 px. Needs a page with JavaScript on.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await expectNoSidewaysScroll(page, label);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  assert.deepEqual(summary, [], `${label}: accessibility violations`);
}

/** Saves a full-page screenshot to test-results/screenshots for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Last month, `YYYY-MM`: a person who has just arrived, so the plan's deadlines lie ahead. */
export const lastMonth = (() => {
  const date = testClock.now();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - 1);
  return date.toISOString().slice(0, 7);
})();

/** One server and one browser for a whole test file, started before its tests and closed after. */
export function useE2eSession(): { readonly server: E2eServer; readonly browser: Browser } {
  const session = {} as { server: E2eServer; browser: Browser };
  before(async () => {
    session.server = await startE2eServer();
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

async function mailedLink(server: E2eServer, email: string): Promise<string> {
  const mail = (await server.testApp.mailsTo(email)).at(-1);
  const link = /https?:\/\/\S+\/nytt-passord\/[A-Za-z0-9_-]+/.exec(mail?.text ?? "")?.[0];
  assert.ok(link, `a link was mailed to ${email}`);
  return new URL(link).pathname;
}

/** Creates a newcomer account the way a person does, from a plan: the form, the mailed link, a password, sign-in (bokmål). */
export async function registerNewcomer(page: Page, server: E2eServer, email: string, planQuery: URLSearchParams): Promise<void> {
  await page.goto(`${server.baseUrl}/nb/min-plan/resultat?${planQuery}`);
  await page.getByRole("link", { name: "Lag en konto" }).click();
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByRole("button", { name: "Send meg lenken" }).click();
  await page.getByText("Hvis adressen kan brukes").waitFor();
  await page.goto(`${server.baseUrl}${await mailedLink(server, email)}`);
  await page.getByLabel("Nytt passord", { exact: true }).fill("et langt passord for meg");
  await page.getByLabel("Gjenta passordet").fill("et langt passord for meg");
  await page.getByRole("button", { name: "Lagre passord" }).click();
  await page.goto(`${server.baseUrl}/nb/logg-inn`);
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Passord").fill("et langt passord for meg");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL(/\/nb\/min-side$/);
}
