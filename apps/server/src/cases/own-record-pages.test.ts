import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { hashPassword } from "../auth/passwords.ts";
import { cookiesOf, demoPassword, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { createParticipantRepository } from "./participant-repository.ts";
import { createConsentRepository } from "./consent-repository.ts";
import { ownLogPageSize } from "./own-record.ts";

const froyaAdmin = "admin.froya@demo.velkomst.no";
const hitra = "koordinator.hitra@demo.velkomst.no";
const newcomer = "nykommer@demo.velkomst.no";

type Session = { cookie: string; csrf: string };

for (const engine of testEngines) {
  describe(`the participant's own page, invitations and health notes (${engine})`, () => {
    let t: TestApp;
    const sessions = new Map<string, Session>();
    const get = (who: string, url: string) => t.app.inject({ method: "GET", url, headers: { cookie: sessions.get(who)!.cookie } });
    const post = (who: string, url: string, fields: Record<string, string> = {}, ip = "10.9.0.1") =>
      t.app.inject({ method: "POST", url, remoteAddress: ip, payload: new URLSearchParams({ _csrf: sessions.get(who)!.csrf, ...fields }).toString(), headers: { cookie: sessions.get(who)!.cookie, "content-type": "application/x-www-form-urlencoded" } });
    const db = () => t.test.database.db;
    const logOf = (id: string) => db().selectFrom("case_access_log").select(["action", "actor_role", "reason"]).where("participant_id", "=", id).orderBy("id").execute();

    async function signIn(email: string) {
      const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password: demoPassword } });
      assert.equal(response.statusCode, 200, response.body);
      sessions.set(email, await t.formSession(cookiesOf(response)));
    }

    async function participant(cookieOf: string, municipality: string, name: string): Promise<string> {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/v1/cases/participants",
        headers: { cookie: sessions.get(cookieOf)!.cookie },
        payload: { municipality, name, birthDate: "1991-02-03", residenceBasis: "refugee", settlementDate: "2025-11-01", education: "primary", languages: ["ar"] },
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json().id;
    }

    /** Makes a code on the record page as the adviser and reads it from the answer. */
    async function codeFor(adviser: string, id: string): Promise<string> {
      const response = await post(adviser, `/nb/ansatt/deltakere/${id}/invitasjon`);
      assert.equal(response.statusCode, 200, response.body.slice(0, 500));
      const code = /dir="ltr" translate="no">([A-Z0-9-]{19})</.exec(response.body)?.[1];
      assert.ok(code, "the code is shown once");
      return code;
    }

    const otherNewcomer = `annen.nykommer.${engine}@example.test`;
    let froyaParticipant = "";
    let hitraParticipant = "";
    let consentId = "";

    before(async () => {
      t = await startTestApp(engine);
      const users = t.app.services.users;
      const id = await users.create({ email: otherNewcomer, name: "Annen Nykommer", passwordHash: await hashPassword(demoPassword) });
      await users.assignRole(id, { role: "newcomer", scope: { kind: "national", id: "" } }, null);
      for (const email of [froyaAdmin, hitra, newcomer, otherNewcomer]) await signIn(email);
      froyaParticipant = await participant(froyaAdmin, "5014", `Amal Egen ${engine}`);
      hitraParticipant = await participant(hitra, "5056", `Hassan Annen ${engine}`);
      const consent = await t.app.inject({ method: "POST", url: `/api/v1/cases/participants/${froyaParticipant}/consents`, headers: { cookie: sessions.get(froyaAdmin)!.cookie }, payload: { recipient: "nav", purpose: "Opplysninger om stønaden til NAV", givenOn: "2025-11-02" } });
      assert.equal(consent.statusCode, 201, consent.body);
      consentId = consent.json().id;
    });
    after(() => t.close());

    test("health notes are hidden with the record, shown only with a reason, and each showing is logged", async () => {
      assert.equal((await post(froyaAdmin, `/nb/ansatt/deltakere/${froyaParticipant}/helsenotater`, { note: "x" })).statusCode, 400, "too short a note is refused");
      const written = await post(froyaAdmin, `/nb/ansatt/deltakere/${froyaParticipant}/helsenotater`, { note: "Astma; trenger pauser i arbeidspraksis" });
      assert.equal(written.statusCode, 303);
      const record = await get(froyaAdmin, `/nb/ansatt/deltakere/${froyaParticipant}`);
      assert.ok(!record.body.includes("Astma"), "hidden by default");
      assert.match(record.body, /Helsenotater: 1\. De er skjult\./);
      const before = (await logOf(froyaParticipant)).length;
      const noReason = await post(froyaAdmin, `/nb/ansatt/deltakere/${froyaParticipant}/helsenotater/vis`, { healthReason: " " });
      assert.equal(noReason.statusCode, 400);
      assert.match(noReason.body, /id="field-healthReason-error"[^>]*>Skriv en grunn med minst 3 tegn/);
      assert.ok(!noReason.body.includes("Astma"));
      assert.ok(!(await logOf(froyaParticipant)).slice(before).some((entry) => entry.action === "reveal-health-notes"), "a refused showing is not a showing");
      const shown = await post(froyaAdmin, `/nb/ansatt/deltakere/${froyaParticipant}/helsenotater/vis`, { healthReason: "Tilrettelegge praksisplassen" });
      assert.equal(shown.statusCode, 200);
      assert.match(shown.body, /Astma; trenger pauser i arbeidspraksis/);
      const reveal = (await logOf(froyaParticipant)).find((entry) => entry.action === "reveal-health-notes");
      assert.deepEqual(reveal, { action: "reveal-health-notes", actor_role: "municipality-admin", reason: "Tilrettelegge praksisplassen" });
      assert.equal((await post(hitra, `/nb/ansatt/deltakere/${froyaParticipant}/helsenotater/vis`, { healthReason: "Nysgjerrig" })).statusCode, 404, "another municipality's adviser");
    });

    test("an invitation code is stored only as a hash, links the signed-in newcomer once, and unknown, used and expired codes get the same answer", async () => {
      const code = await codeFor(froyaAdmin, froyaParticipant);
      const stored = await db().selectFrom("case_participant_invitations").selectAll().where("participant_id", "=", froyaParticipant).executeTakeFirstOrThrow();
      assert.ok(!JSON.stringify(stored).includes(code.replace(/-/g, "")), "only the hash is at rest");

      const before = await get(newcomer, "/nb/min-side/introduksjonsprogram");
      assert.equal(before.statusCode, 200);
      assert.match(before.body, /Kode fra programrådgiveren/);

      const unknown = await post(newcomer, "/nb/min-side/introduksjonsprogram/kode", { code: "ABCD-EFGH-JKMN-PQRS" });
      assert.equal(unknown.statusCode, 400);
      assert.match(unknown.body, /id="field-code-error"[^>]*>Koden er ikke gyldig/);

      const accepted = await post(newcomer, "/nb/min-side/introduksjonsprogram/kode", { code: ` ${code.toLowerCase()} ` });
      assert.equal(accepted.statusCode, 303, accepted.body.slice(0, 500));
      assert.equal((await db().selectFrom("case_participants").select("user_id").where("id", "=", froyaParticipant).executeTakeFirstOrThrow()).user_id, (await db().selectFrom("users").select("id").where("email", "=", newcomer).executeTakeFirstOrThrow()).id);
      assert.equal((await db().selectFrom("case_participant_invitations").select("code_hash").where("participant_id", "=", froyaParticipant).execute()).length, 0, "revoked once used");
      assert.deepEqual((await logOf(froyaParticipant)).at(-1), { action: "account-linked", actor_role: "participant", reason: "" });

      const used = await post(otherNewcomer, "/nb/min-side/introduksjonsprogram/kode", { code });
      const stranger = await post(otherNewcomer, "/nb/min-side/introduksjonsprogram/kode", { code: "ABCD-EFGH-JKMN-PQRS" });
      const expiredCode = await codeFor(hitra, hitraParticipant);
      await db().updateTable("case_participant_invitations").set({ created_at: new Date(Date.parse(t.app.services.clock.now().toISOString()) - 20 * 86_400_000), expires_at: new Date(Date.parse(t.app.services.clock.now().toISOString()) - 86_400_000) }).where("participant_id", "=", hitraParticipant).execute();
      const expired = await post(otherNewcomer, "/nb/min-side/introduksjonsprogram/kode", { code: expiredCode });
      const errorOf = (body: string) => /id="field-code-error"[^>]*>([^<]*)</.exec(body)?.[1];
      assert.deepEqual([used, stranger, expired].map((r) => [r.statusCode, errorOf(r.body)]), Array(3).fill([400, "Koden er ikke gyldig. Be programrådgiveren om en ny kode."]));
      assert.equal((await db().selectFrom("case_participants").select("user_id").where("id", "=", hitraParticipant).executeTakeFirstOrThrow()).user_id, null);

      // One record per account: a linked account is refused before the code is looked at, so the code stays usable.
      const fresh = await codeFor(hitra, hitraParticipant);
      assert.equal((await post(newcomer, "/nb/min-side/introduksjonsprogram/kode", { code: fresh })).statusCode, 409);
      assert.equal((await db().selectFrom("case_participants").select("user_id").where("id", "=", hitraParticipant).executeTakeFirstOrThrow()).user_id, null);

      // The same code links the other newcomer, for the tests below.
      assert.equal((await post(otherNewcomer, "/nb/min-side/introduksjonsprogram/kode", { code: fresh })).statusCode, 303);
    });

    test("the linked participant sees who read the record (name, role, municipality, why), newest first, paginated; their own reading is not logged", async () => {
      const before = (await logOf(froyaParticipant)).length;
      const page = await get(newcomer, "/nb/min-side/introduksjonsprogram");
      assert.equal(page.statusCode, 200);
      assert.equal((await logOf(froyaParticipant)).length, before, "reading one's own page is not an access by someone else");
      assert.match(page.body, /Kommuneadministrator, Frøya/);
      assert.match(page.body, /Så helsenotatene/);
      assert.match(page.body, /Tilrettelegge praksisplassen/);
      assert.match(page.body, /Opplysninger om stønaden til NAV/);
      const table = page.body.slice(page.body.indexOf("own-log"));
      assert.ok(table.indexOf("Koblet opplysningene til egen konto") < table.indexOf("Registrerte deltakeren"), "newest first");
      assert.ok(!page.body.includes(`Hassan Annen ${engine}`));

      // Older entries up to exactly two pages.
      const rows = Array.from({ length: 2 * ownLogPageSize - (await logOf(froyaParticipant)).length }, (_, i) => ({ participant_id: froyaParticipant, at: new Date(Date.parse("2020-01-01T00:00:00Z") + i * 1000), actor_user_id: null, actor_name: "Eldre Leser", action: "read" as const }));
      await db().insertInto("case_access_log").values(rows).execute();
      const first = await get(newcomer, "/nb/min-side/introduksjonsprogram");
      assert.ok(first.body.includes("Side 1 av 2") && first.body.includes('href="/nb/min-side/introduksjonsprogram?side=2#own-log"'));
      const second = await get(newcomer, "/nb/min-side/introduksjonsprogram?side=2");
      assert.equal(second.statusCode, 200);
      assert.ok(second.body.includes("Side 2 av 2"));
      assert.ok(second.body.includes("Eldre Leser") && !second.body.includes("Koblet opplysningene"), "the oldest entries are on the last page");
      assert.equal((await get(newcomer, "/nb/min-side/introduksjonsprogram?side=3")).statusCode, 404);
      assert.equal((await get(newcomer, "/nb/min-side/introduksjonsprogram?side=0")).statusCode, 404, "no page 0");
    });

    test("a newcomer cannot see or withdraw another participant's consents, log or data", async () => {
      const other = await get(otherNewcomer, "/nb/min-side/introduksjonsprogram");
      assert.equal(other.statusCode, 200);
      assert.match(other.body, /Programrådgiver, Hitra/);
      for (const leak of [`Amal Egen ${engine}`, "Opplysninger om stønaden til NAV", "Tilrettelegge praksisplassen", "Frøya"]) assert.ok(!other.body.includes(leak), leak);
      const refused = await post(otherNewcomer, `/nb/min-side/introduksjonsprogram/samtykker/${consentId}/trekk`);
      assert.equal(refused.statusCode, 404);
      assert.equal((await db().selectFrom("case_consents").select("withdrawn_at").where("id", "=", consentId).executeTakeFirstOrThrow()).withdrawn_at, null);
      const data = JSON.parse((await get(otherNewcomer, "/nb/min-side/introduksjonsprogram/mine-data.json")).body);
      assert.equal(data.participant.name, `Hassan Annen ${engine}`);
      assert.equal(data.consents.length, 0);
      assert.equal((await get(froyaAdmin, "/nb/min-side/introduksjonsprogram")).statusCode, 403, "staff have no Min side");
    });

    test("withdrawing a consent is a POST that stops the sharing and lands in the access log; the download holds everything stored", async () => {
      const consents = createConsentRepository(db(), t.app.services.clock, createParticipantRepository(db(), t.app.services.clock).logAccess);
      assert.equal(await consents.mayShareWith(froyaParticipant, "nav"), true);
      const withdrawn = await post(newcomer, `/nb/min-side/introduksjonsprogram/samtykker/${consentId}/trekk`);
      assert.equal(withdrawn.statusCode, 303);
      assert.equal(withdrawn.headers.location, "/nb/min-side/introduksjonsprogram?melding=trukket");
      assert.equal(await consents.mayShareWith(froyaParticipant, "nav"), false);
      assert.deepEqual((await logOf(froyaParticipant)).at(-1), { action: "consent-withdrawn", actor_role: "participant", reason: "nav" });
      const page = await get(newcomer, "/nb/min-side/introduksjonsprogram?melding=trukket");
      assert.match(page.body, /Samtykket er trukket tilbake, og delingen er stoppet\./);
      assert.match(page.body, /Trukket tilbake/);
      assert.ok(page.body.includes('data-label="Grunn"><span dir="auto">NAV</span>') && !page.body.includes('<span dir="auto">nav</span>'), "the recipient by its name, not its code");
      assert.equal((await post(newcomer, `/nb/min-side/introduksjonsprogram/samtykker/${consentId}/trekk`)).statusCode, 303, "a second click changes nothing");

      const download = await get(newcomer, "/nb/min-side/introduksjonsprogram/mine-data.json");
      assert.equal(download.statusCode, 200);
      assert.match(String(download.headers["content-disposition"]), /attachment/);
      const data = JSON.parse(download.body);
      assert.equal(data.participant.name, `Amal Egen ${engine}`);
      assert.equal(data.healthNotes[0].note, "Astma; trenger pauser i arbeidspraksis");
      assert.equal(data.consents[0].recipient, "nav");
      assert.ok(data.accessLog.some((entry: { action: string }) => entry.action === "consent-withdrawn"));
      assert.ok(!("user_id" in data.participant) && !("created_by" in data.participant));

      const adviserExport = await t.app.inject({ method: "POST", url: `/api/v1/cases/participants/${froyaParticipant}/export`, headers: { cookie: sessions.get(froyaAdmin)!.cookie }, payload: { reason: "Innsynskrav" } });
      assert.equal(adviserExport.json().healthNotes.length, 1, "the adviser's export has the health notes too");
    });

    test("Min side links to the participant's page", async () => {
      const myPage = await get(newcomer, "/nb/min-side");
      assert.match(myPage.body, /href="\/nb\/min-side\/introduksjonsprogram"/);
    });
  });
}
