import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { demoAccounts } from "../../src/demo/demo-seed.ts";
import { createEvent } from "../../src/events/event-admin.ts";
import { addDays, fromOslo } from "../../src/events/oslo-time.ts";
import { checkRtlPages, expectAccessible, phoneContext, screenshot, signInAsStaff, useE2eSession } from "./browser.ts";

const e2e = useE2eSession();
const hitraCoordinator = demoAccounts.find((a) => a.role === "coordinator" && a.scope.kind === "municipality")!.email;

describe("the newcomer team on a phone", () => {
  test("a coordinator starts a team, adds a member agency, refers a consenting person, and the team page shows the agency", async () => {
    const { baseUrl, testApp } = e2e.server;
    const db = testApp.app.services.db;
    const page = await signInAsStaff(await phoneContext(e2e.browser), baseUrl, hitraCoordinator);

    await page.getByRole("link", { name: /^Tilflytterteam/ }).click();
    await page.getByLabel("Kommune eller region").selectOption({ label: "Hitra kommune" });
    await page.getByLabel("Navn på teamet").fill("Tilflytterteamet i Hitra");
    await expectAccessible(page, "newcomer teams nb");
    await screenshot(page, "newcomer-teams-nb");
    await page.getByRole("button", { name: "Start teamet" }).click();
    await page.waitForURL(/\/nb\/ansatt\/tilflytterteam\/[0-9a-f-]{36}\?melding=created/);
    const teamId = new URL(page.url()).pathname.split("/").at(-1)!;

    await page.getByLabel("Type etat").selectOption({ label: "NAV" });
    await page.getByLabel("Navn på etaten").fill("NAV Hitra");
    await page.getByLabel("Kontaktperson", { exact: true }).fill("Kari Nordmann");
    await page.getByLabel("E-post til kontaktpersonen").fill("kari.nordmann@nav.example");
    await page.getByLabel("Telefon til kontaktpersonen").fill("+47 72 44 00 00");
    await page.getByLabel("Hva etaten hjelper nye innbyggere med").fill("Jobbklubb hver tirsdag.");
    await page.getByRole("button", { name: "Legg til etaten" }).click();
    await page.waitForURL(/melding=member-added/);
    await assert.doesNotReject(page.getByRole("heading", { name: "NAV Hitra" }).waitFor());

    // A member publishes through the coordinator: an event of the municipality, linked to the agency.
    const viewer = (await testApp.app.services.users.findByEmail(hitraCoordinator))!;
    const date = addDays(testApp.app.services.clock.today(), 14);
    const eventId = await createEvent(
      testApp.app.services,
      { id: viewer.id, email: viewer.email, name: viewer.name, totpEnabled: viewer.totpEnabled, assignments: viewer.assignments },
      {
        owner: { kind: "municipality", id: "5056" },
        kind: "other",
        targetGroup: "newcomers",
        texts: { nb: { title: "Jobbklubb for nye i Hitra", description: "Hjelp med CV og jobbsøknader." }, ar: { title: "نادي العمل للقادمين الجدد في هيترا", description: "مساعدة في السيرة الذاتية." } },
        startsAt: fromOslo({ date, time: "18:00" }),
        endsAt: fromOslo({ date, time: "19:30" }),
        recurrence: null,
        meetingPlaceId: null,
        placeName: "NAV-kontoret",
        address: "Fillan",
        languages: ["nb", "ar"],
        organiserName: "NAV Hitra",
        organiserKind: "municipality",
        signupEnabled: false,
        capacity: null,
      },
      null,
    );
    await page.reload();
    await page.getByLabel("Arrangement", { exact: true }).selectOption(eventId);
    await page.getByRole("button", { name: "Knytt til etaten" }).click();
    await page.waitForURL(/melding=tagged/);
    await assert.doesNotReject(page.getByText("Holdes av NAV Hitra").first().waitFor());

    // A walk-in who agreed to be referred: from the guidance case to the referral form.
    const guidanceCase = await db
      .insertInto("guidance_cases")
      .values({ municipality_number: "5056", source: "walk-in", name: "Oleh Testperson", contact: "+47 400 11 222", language: "uk", plan_answers: JSON.stringify({}), received_at: testApp.app.services.clock.now(), created_by: null, coordinator_id: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    await page.goto(`${baseUrl}/nb/ansatt/veiledning/${guidanceCase.id}`);
    await page.getByRole("link", { name: "Henvis til en etat i tilflytterteamet" }).click();
    // The demo region's team is around Hitra too: choose this team's NAV.
    await page.getByLabel("Etat", { exact: true }).selectOption({ label: "NAV Hitra (NAV)" });
    await page.getByLabel("Formål med henvisningen").fill("Registrering som arbeidssøker");
    // Without the consent ticked, the form refuses at the consent field.
    await page.getByRole("button", { name: "Send henvisningen" }).click();
    await assert.doesNotReject(page.getByText("Personen må samtykke før du kan henvise til etaten.").first().waitFor());
    await expectAccessible(page, "referral refused nb");
    await screenshot(page, "newcomer-team-referral-refused-nb");
    await page.getByLabel("Personen har samtykket i at navn, kontaktinformasjon og formål sendes til etaten.").check();
    await page.getByRole("button", { name: "Send henvisningen" }).click();
    await page.waitForURL(new RegExp(`/nb/ansatt/tilflytterteam/${teamId}\\?melding=referral-sent`));
    await assert.doesNotReject(page.getByText("Oleh Testperson").first().waitFor());
    await expectAccessible(page, "newcomer team nb");
    await screenshot(page, "newcomer-team-nb");
    const mail = await db.selectFrom("mail_queue").select(["recipient", "body"]).where("recipient", "=", "kari.nordmann@nav.example").executeTakeFirstOrThrow();
    assert.match(mail.body ?? "", /Formål: Registrering som arbeidssøker/);

    // The public page: the agency, whom to contact, and nothing about Oleh.
    await page.goto(`${baseUrl}/nb/tilflytterteam/${teamId}`);
    await assert.doesNotReject(page.getByRole("heading", { name: "NAV Hitra" }).waitFor());
    assert.equal(await page.getByText("Oleh").count(), 0);
    await expectAccessible(page, "newcomer team public nb");
    await screenshot(page, "newcomer-team-public-nb");
    await page.getByRole("link", { name: "Arrangementer fra teamet" }).click();
    await assert.doesNotReject(page.getByRole("link", { name: "Jobbklubb for nye i Hitra" }).waitFor());
    await expectAccessible(page, "newcomer team calendar nb");
    await screenshot(page, "newcomer-team-calendar-nb");

    await checkRtlPages(page, baseUrl, [
      [`/ar/ansatt/tilflytterteam/${teamId}`, "newcomer-team-ar"],
      [`/ar/ansatt/tilflytterteam/henvisning?veiledningssak=${guidanceCase.id}`, "newcomer-team-referral-ar"],
      [`/ar/tilflytterteam/${teamId}`, "newcomer-team-public-ar"],
      [`/ar/tilflytterteam/${teamId}/kalender`, "newcomer-team-calendar-ar"],
    ]);
  });

  test("a coordinator changes a member agency, then removes it, and takes an event out of the calendar (nb and ar, axe)", async () => {
    const { baseUrl, testApp } = e2e.server;
    const db = testApp.app.services.db;
    const team = await db.selectFrom("newcomer_teams").select("id").where("municipality_number", "=", "5056").executeTakeFirstOrThrow();
    const member = await db
      .insertInto("newcomer_team_members")
      .values({ team_id: team.id, agency: "volunteer-centre", name: "Frivilligsentralen Hitra", contact_name: "Liv Berg", contact_email: "liv@frivillig.example", added_by: null, added_at: testApp.app.services.clock.now() })
      .returning("id")
      .executeTakeFirstOrThrow();
    const page = await signInAsStaff(await phoneContext(e2e.browser), baseUrl, hitraCoordinator);
    await page.goto(`${baseUrl}/nb/ansatt/tilflytterteam/${team.id}`);
    await page.getByRole("link", { name: "Endre eller fjern Frivilligsentralen Hitra" }).click();
    await page.getByLabel("Kontaktperson", { exact: true }).fill("Per Hansen");
    await page.getByLabel("E-post til kontaktpersonen").fill("per.hansen");
    await page.getByRole("button", { name: "Lagre endringene" }).click();
    await assert.doesNotReject(page.getByText("Skriv en gyldig e-postadresse.").first().waitFor());
    await expectAccessible(page, "newcomer team member refused nb");
    await screenshot(page, "newcomer-team-member-nb");
    await page.getByLabel("E-post til kontaktpersonen").fill("per.hansen@frivillig.example");
    await page.getByRole("button", { name: "Lagre endringene" }).click();
    await page.waitForURL(/melding=member-saved/);
    await assert.doesNotReject(page.getByText("Per Hansen").first().waitFor());

    await checkRtlPages(page, baseUrl, [[`/ar/ansatt/tilflytterteam/${team.id}/medlemmer/${member.id}`, "newcomer-team-member-ar"]]);
    await page.goto(`${baseUrl}/nb/ansatt/tilflytterteam/${team.id}/medlemmer/${member.id}`);
    await page.getByRole("button", { name: "Fjern Frivilligsentralen Hitra fra teamet" }).click();
    await page.waitForURL(/melding=member-removed/);
    await assert.doesNotReject(page.getByText("Etaten er fjernet fra teamet.").waitFor());
    assert.equal(await page.getByRole("heading", { name: "Frivilligsentralen Hitra" }).count(), 0);

    await page.getByRole("button", { name: "Ta ut av kalenderen: Jobbklubb for nye i Hitra" }).click();
    await page.waitForURL(/melding=untagged/);
    assert.equal(await page.getByText("Holdes av NAV Hitra").count(), 0);
    await expectAccessible(page, "newcomer team after removal nb");
    await screenshot(page, "newcomer-team-member-removed-nb");
    await page.goto(`${baseUrl}/nb/tilflytterteam/${team.id}`);
    assert.equal(await page.getByText("Frivilligsentralen Hitra").count(), 0);
  });

  test("a municipality's page leads a visitor to the team that works there", async () => {
    const { baseUrl } = e2e.server;
    const page = await (await phoneContext(e2e.browser)).newPage();
    await page.goto(`${baseUrl}/nb/kommune/5056`);
    await expectAccessible(page, "municipality with newcomer team nb");
    await screenshot(page, "municipality-newcomer-team-nb");
    await page.getByRole("link", { name: "Tilflytterteamet Frøya og Hitra" }).click();
    await assert.doesNotReject(page.getByRole("heading", { name: "NAV Frøya og Hitra" }).waitFor());
    await checkRtlPages(page, baseUrl, [["/ar/kommune/5056", "municipality-newcomer-team-ar"]]);
  });
});
