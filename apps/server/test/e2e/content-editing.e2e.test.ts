import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { BrowserContext, Page } from "playwright-core";
import { expectAccessible, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
const editorEmail = "redaktor@demo.velkomst.no";
const froyaAdminEmail = "admin.froya@demo.velkomst.no";

const signIn = (context: BrowserContext, email: string) => signInAsStaff(context, e2e.server.baseUrl, email);

/** The Frøya administrator opens the review queue and approves the text with this title. */
async function approve(admin: Page, title: RegExp) {
  await admin.goto(`${e2e.server.baseUrl}/nb/ansatt/innhold/godkjenning`);
  await admin.getByRole("link", { name: title }).click();
  const previewFirst = await admin.getByRole("button", { name: "Godkjenn og publiser" }).evaluate((button) => {
    const preview = document.querySelector(".content-preview");
    return !!preview && (preview.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  assert.ok(previewFirst, "the approver sees the text before the button that publishes it");
  await admin.getByRole("button", { name: "Godkjenn og publiser" }).click();
  await admin.getByText("Teksten er godkjent og publisert.").waitFor();
}

describe("an editor writes a local page, an administrator approves it, readers see it as local", () => {
  test("the whole journey, with the translation going out of date when the bokmål text changes", async () => {
    const editorContext = await phoneContext(e2e.browser);
    const adminContext = await phoneContext(e2e.browser);
    const readerContext = await phoneContext(e2e.browser, { locale: "en" });
    const editor = await signIn(editorContext, editorEmail);
    const admin = await signIn(adminContext, froyaAdminEmail);

    // The editor finds the content area from the staff home.
    await editor.getByRole("link", { name: /Innhold og oversettelser/ }).click();
    await editor.waitForURL(/\/nb\/ansatt\/innhold$/);
    assert.ok(await editor.getByRole("link", { name: "Møteplasser på Frøya" }).isVisible());
    await expectAccessible(editor, "content overview nb");
    await screenshot(editor, "content-staff-overview-nb-360");

    // A new page for Frøya, sent straight for review.
    await editor.getByRole("link", { name: "Ny side" }).click();
    await editor.getByLabel("Område").selectOption({ label: "Frøya kommune" });
    await editor.getByLabel("Adresse").fill("jobb-i-fiskeindustrien");
    await editor.getByLabel("Tittel").fill("Jobb i fiskeindustrien");
    await editor.getByLabel("Kort sammendrag").fill("Hva du bør vite når du begynner å jobbe på et fiskeanlegg på Frøya.");
    await editor.getByLabel("Tekst", { exact: true }).fill("## Før første arbeidsdag\n\nTa med pass og arbeidskontrakt. <script>alert(1)</script>\n\n- Skattekort\n- Bankkonto\n");
    await editor.getByLabel("Kilder").fill("Arbeidstilsynet | https://www.arbeidstilsynet.no");
    // Steps are offered by the titles readers see in their plan, not by internal ids.
    assert.equal(await editor.locator(".content-step-options code").count(), 0);
    await editor.getByLabel("Skaff skattekort").check();
    await expectAccessible(editor, "new page form nb");
    await editor.getByRole("button", { name: "Lagre og send til godkjenning" }).click();
    await editor.getByText("Teksten er sendt til godkjenning.").waitFor();
    const pageUrl = editor.url().replace(/\?.*$/, "");

    // The editor may not approve their own text; the Frøya administrator does.
    await editor.goto(`${e2e.server.baseUrl}/nb/ansatt/innhold/godkjenning`);
    assert.ok(await editor.getByText("Din tekst: noen andre må godkjenne den").first().isVisible());
    await approve(admin, /Jobb i fiskeindustrien \(norsk bokmål, 1\)/);

    // The English translation.
    await editor.goto(pageUrl);
    await editor.getByRole("link", { name: "Oversett: engelsk" }).click();
    await editor.waitForURL(/\/en$/);
    await expectAccessible(editor, "translation form nb");
    await editor.getByLabel("Tittel").fill("Working in the fish industry");
    await editor.getByLabel("Kort sammendrag").fill("What to know when you start working at a fish plant on Frøya.");
    await editor.getByLabel("Tekst", { exact: true }).fill("## Before your first day\n\nBring your passport and employment contract.\n\n- Tax deduction card\n- Bank account\n");
    await editor.getByRole("button", { name: "Lagre og send til godkjenning" }).click();
    await editor.getByText("Teksten er sendt til godkjenning.").waitFor();
    await approve(admin, /Working in the fish industry \(engelsk, 1\)/);

    // A reader in Frøya sees the local page, labelled, in bokmål and in English; the script is gone.
    const reader = await readerContext.newPage();
    await reader.goto(`${e2e.server.baseUrl}/nb/kommune/5014/info/jobb-i-fiskeindustrien`);
    assert.equal(await reader.getByRole("heading", { level: 1 }).textContent(), "Jobb i fiskeindustrien");
    assert.ok(await reader.getByText("Lokal informasjon fra Frøya kommune", { exact: true }).isVisible());
    assert.equal(await reader.locator(".content-body script").count(), 0);
    await expectAccessible(reader, "local page nb");
    await screenshot(reader, "content-local-page-nb-360");
    await reader.goto(`${e2e.server.baseUrl}/en/kommune/5014/info/jobb-i-fiskeindustrien`);
    assert.equal(await reader.getByRole("heading", { level: 1 }).textContent(), "Working in the fish industry");
    assert.ok(await reader.getByText("Local information from Frøya municipality", { exact: true }).isVisible());
    assert.equal(await reader.getByText("The translation may be out of date").count(), 0);
    // Hitra is not Frøya: the page is not there.
    const hitra = await reader.goto(`${e2e.server.baseUrl}/nb/kommune/5056/info/jobb-i-fiskeindustrien`);
    assert.equal(hitra?.status(), 404);

    // The editor changes the bokmål text; once approved, the English text is outdated.
    await editor.goto(pageUrl);
    await editor.getByRole("link", { name: "Rediger: norsk bokmål" }).click();
    await editor.getByLabel("Tekst", { exact: true }).fill("## Før første arbeidsdag\n\nTa med pass, arbeidskontrakt og registreringsbevis.\n\n- Skattekort\n- Bankkonto\n- Verneutstyr får du av arbeidsgiveren\n");
    await editor.getByRole("button", { name: "Lagre og send til godkjenning" }).click();
    await editor.getByText("Teksten er sendt til godkjenning.").waitFor();
    await approve(admin, /Jobb i fiskeindustrien \(norsk bokmål, 2\)/);

    await editor.goto(`${e2e.server.baseUrl}/nb/ansatt/innhold/oversettelser`);
    const row = editor.getByRole("row").filter({ hasText: "Jobb i fiskeindustrien" });
    assert.ok(await row.getByRole("link", { name: /engelsk: Utdatert/ }).isVisible());
    assert.ok(await row.getByRole("link", { name: /polsk: Mangler/ }).isVisible());
    await expectAccessible(editor, "translation dashboard nb");
    await screenshot(editor, "content-translations-nb-360");

    await reader.goto(`${e2e.server.baseUrl}/en/kommune/5014/info/jobb-i-fiskeindustrien`);
    assert.ok(await reader.getByText("The translation may be out of date").isVisible());
    await expectAccessible(reader, "outdated page en");
    await screenshot(reader, "content-local-page-outdated-en-360");

    // The translator sees what changed in the bokmål text.
    await editor.goto(pageUrl);
    await editor.getByRole("link", { name: "Oppdater oversettelsen: engelsk" }).click();
    assert.ok(await editor.getByText(/Endringer i den norske teksten siden oversettelsen/).isVisible());
    assert.ok(await editor.locator(".content-diff ins", { hasText: "Verneutstyr" }).isVisible());
    await screenshot(editor, "content-translation-update-nb-360");

    // Feedback without JavaScript: the form posts and thanks the reader.
    const noScript = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
    const plain = await noScript.newPage();
    await plain.goto(`${e2e.server.baseUrl}/nb/kommune/5014/info/jobb-i-fiskeindustrien`);
    await plain.getByLabel("Nei").check();
    await plain.getByLabel("Hva kan vi gjøre bedre? (valgfritt)").fill("Skriv hvor garderoben er.");
    await plain.getByRole("button", { name: "Send" }).click();
    await plain.getByText("Takk! Svaret ditt hjelper oss å gjøre sidene bedre.").waitFor();
    await noScript.close();
    await editor.goto(`${e2e.server.baseUrl}/nb/ansatt/innhold/tilbakemeldinger`);
    assert.ok(await editor.getByText("Skriv hvor garderoben er.").isVisible());
    await expectAccessible(editor, "feedback nb");

    await editorContext.close();
    await adminContext.close();
    await readerContext.close();
  });

  test("the editors' pages and a local page in Arabic, right to left (axe clean)", async () => {
    const context = await phoneContext(e2e.browser, { locale: "ar" });
    const editor = await signIn(context, editorEmail);
    for (const [path, name] of [
      ["/ar/ansatt/innhold", "content-staff-overview-ar-360"],
      ["/ar/ansatt/innhold/oversettelser", "content-translations-ar-360"],
      ["/ar/ansatt/innhold/tilbakemeldinger", "content-feedback-ar-360"],
    ] as const) {
      await editor.goto(`${e2e.server.baseUrl}${path}`);
      assert.equal(await editor.getAttribute("html", "dir"), "rtl");
      await expectAccessible(editor, path);
      await screenshot(editor, name);
    }
    // The demo's page with an English text made from an older bokmål text, and the region's page without Arabic.
    await editor.goto(`${e2e.server.baseUrl}/ar/ansatt/innhold`);
    await editor.getByRole("link", { name: "Møteplasser på Frøya" }).click();
    await expectAccessible(editor, "page detail ar");
    await screenshot(editor, "content-page-detail-ar-360");
    await editor.getByRole("link", { name: /^تحرير: / }).first().click();
    await expectAccessible(editor, "edit form ar");
    await screenshot(editor, "content-edit-form-ar-360");

    const reader = await context.newPage();
    await reader.goto(`${e2e.server.baseUrl}/ar/kommune/5014/info/velkomstsenteret`);
    assert.ok(await reader.getByText("معلومات محلية من Frøya og Hitra", { exact: true }).isVisible());
    assert.ok(await reader.getByText("لم تُترجم بعد").isVisible());
    await expectAccessible(reader, "local page ar");
    await screenshot(reader, "content-local-page-ar-360");
    await reader.goto(`${e2e.server.baseUrl}/ar/kommune/5014/info`);
    await expectAccessible(reader, "list ar");
    await screenshot(reader, "content-list-local-ar-360");
    await context.close();
  });
});
