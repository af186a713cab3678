import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { identityNumberCheckDigits } from "@velkomst/validation";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { createConsentRepository } from "./consent-repository.ts";
import { createParticipantRepository } from "./participant-repository.ts";

/** Valid fødselsnumre for 1 January 1990 built from their parts (no real person's number in tests), one per participant. */
function identityNumberFor(seed: number): string {
  for (let individual = 100 + seed * 20; ; individual++) {
    const checkDigits = identityNumberCheckDigits(`010190${individual}`);
    if (checkDigits) return `010190${individual}${checkDigits}`;
  }
}
const engineSeed = { pglite: 0, postgres: 10 } as const;
const froya = "5014";

for (const engine of testEngines) {
  describe(`participants and their access log (${engine})`, () => {
    let t: TestApp;
    let county = "";
    let hitra = "";
    let froyaAdmin = "";
    before(async () => {
      t = await startTestApp(engine);
      // The county coordinator works for every municipality in Trøndelag; Hitra's only for Hitra.
      [county, hitra] = await Promise.all([signInAs("fylke.trondelag@demo.velkomst.no"), signInAs("koordinator.hitra@demo.velkomst.no")]);
      froyaAdmin = await t.signIn("municipality-admin");
    });
    after(() => t.close());

    async function signInAs(email: string): Promise<string> {
      const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password: "demo-password-for-tests" } });
      assert.equal(response.statusCode, 200, response.body);
      return response.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    }

    const call = (cookie: string, method: "GET" | "POST", url: string, payload?: object) =>
      t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload: payload as Record<string, unknown> } : {}) });

    let created = 0;
    const identityNumber = identityNumberFor(engineSeed[engine]);
    const participant = (name: string, number = identityNumberFor(engineSeed[engine] + 1 + created)) => ({
      municipality: froya,
      name,
      birthDate: "1990-01-01",
      identityNumber: number,
      residenceBasis: "refugee",
      settlementDate: "2025-11-01",
      education: "primary",
      languages: ["ar", "en"],
      interpreterLanguage: "ar",
    });

    async function create(name: string, number?: string): Promise<string> {
      const response = await call(county, "POST", "/api/v1/cases/participants", participant(name, number));
      assert.equal(response.statusCode, 201, response.body);
      created += 1;
      return response.json().id;
    }

    async function logOf(id: string) {
      return t.test.database.db.selectFrom("case_access_log").select(["action", "actor_name", "reason"]).where("participant_id", "=", id).orderBy("id").execute();
    }

    test("a coordinator registers a participant; the identity number is hidden until asked for with a reason, and every read is logged", async () => {
      const id = await create(`Test Deltaker ${engine} A`, identityNumber);
      const read = await call(froyaAdmin, "GET", `/api/v1/cases/participants/${id}`);
      assert.equal(read.statusCode, 200, read.body);
      const details = read.json();
      assert.equal(details.hasIdentityNumber, true);
      assert.ok(!JSON.stringify(details).includes(identityNumber), "the number is not in the record as read");
      assert.deepEqual(details.languages, ["ar", "en"]);

      assert.equal((await call(froyaAdmin, "POST", `/api/v1/cases/participants/${id}/identity-number`, {})).statusCode, 400, "a reason is required");
      const shown = await call(froyaAdmin, "POST", `/api/v1/cases/participants/${id}/identity-number`, { reason: "Søknad om stønad til NAV" });
      assert.equal(shown.statusCode, 200, shown.body);
      assert.equal(shown.json().identityNumber, identityNumber);

      assert.deepEqual(
        (await logOf(id)).map((row) => [row.action, row.reason]),
        [["create", ""], ["read", ""], ["reveal-identity-number", "Søknad om stønad til NAV"]],
      );
    });

    test("a coordinator of another municipality can neither see, list, read nor reveal the participant, and nothing is logged for them", async () => {
      const id = await create(`Test Deltaker ${engine} B`);
      const before = (await logOf(id)).length;
      assert.equal((await call(hitra, "GET", `/api/v1/cases/participants/${id}`)).statusCode, 404);
      assert.equal((await call(hitra, "POST", `/api/v1/cases/participants/${id}/identity-number`, { reason: "Nysgjerrig" })).statusCode, 404);
      assert.equal((await call(hitra, "GET", `/api/v1/cases/participants/${id}/access-log`)).statusCode, 404);
      const list = await call(hitra, "GET", "/api/v1/cases/participants");
      assert.equal(list.statusCode, 200);
      assert.ok(!list.json().some((p: { id: string }) => p.id === id));
      assert.equal((await logOf(id)).length, before);
      const refused = await call(hitra, "POST", "/api/v1/cases/participants", participant(`Test Deltaker ${engine} C`));
      assert.equal(refused.statusCode, 403);
    });

    test("listing logs each participant listed, and the auditor's reading of the log is logged too", async () => {
      const id = await create(`Test Deltaker ${engine} D`);
      const list = await call(froyaAdmin, "GET", "/api/v1/cases/participants");
      assert.equal(list.statusCode, 200);
      assert.ok(list.json().some((p: { id: string; name: string }) => p.id === id && p.name === `Test Deltaker ${engine} D`));
      const auditor = await t.signIn("national-admin");
      const log = await call(auditor, "GET", `/api/v1/cases/participants/${id}/access-log`);
      assert.equal(log.statusCode, 200, log.body);
      assert.deepEqual(log.json().map((entry: { action: string }) => entry.action), ["read-access-log", "list", "create"]);
      assert.equal((await call(auditor, "GET", `/api/v1/cases/participants/${id}`)).statusCode, 403, "the auditor reads the log, not the record");
    });

    test("a wrong check digit, a number for another birth date, dates out of order and a person already registered get an error at the field and store nothing", async () => {
      const name = `Test Deltaker ${engine} E`;
      const wrongDigit = identityNumber.slice(0, 10) + String((Number(identityNumber[10]) + 1) % 10);
      const cases: Array<[object, string[]]> = [
        [{ identityNumber: wrongDigit }, ["identityNumber"]],
        [{ birthDate: "1990-01-02" }, ["identityNumber"]],
        [{ residenceFrom: "2025-06-01", residenceUntil: "2025-05-31" }, ["residenceUntil"]],
        [{ identityNumber: "0101904991" }, ["identityNumber"]],
        [{ identityNumber }, ["identityNumber"]],
      ];
      for (const [change, paths] of cases) {
        const response = await call(county, "POST", "/api/v1/cases/participants", { ...participant(name), ...change });
        assert.ok([400, 409, 422].includes(response.statusCode), `${JSON.stringify(change)}: ${response.statusCode}`);
        assert.deepEqual(response.json().errors.map((e: { path: string }) => e.path), paths, JSON.stringify(change));
      }
      const stored = await t.test.database.db.selectFrom("case_participants").select("id").where("name", "=", name).execute();
      assert.equal(stored.length, 0);
    });

    test("a consent to share with NAV opens sharing with NAV only, until it is withdrawn; each step is logged", async () => {
      const id = await create(`Test Deltaker ${engine} F`);
      const { db, clock } = t.app.services;
      const consents = createConsentRepository(db, clock, createParticipantRepository(db, clock).logAccess);
      const recorded = await call(froyaAdmin, "POST", `/api/v1/cases/participants/${id}/consents`, { recipient: "nav", purpose: "Opplysninger om introduksjonsstønad til NAV", givenOn: "2025-11-02" });
      assert.equal(recorded.statusCode, 201, recorded.body);
      const consentId = recorded.json().id;
      assert.equal(await consents.mayShareWith(id, "nav"), true);
      assert.equal(await consents.mayShareWith(id, "school"), false);
      const listed = await call(froyaAdmin, "GET", `/api/v1/cases/participants/${id}/consents`);
      assert.deepEqual(listed.json().map((c: { recipient: string; withdrawnAt: string | null }) => [c.recipient, c.withdrawnAt]), [["nav", null]]);

      assert.equal((await call(hitra, "POST", `/api/v1/cases/participants/${id}/consents/${consentId}/withdraw`)).statusCode, 404);
      assert.equal((await call(froyaAdmin, "POST", `/api/v1/cases/participants/${id}/consents/${consentId}/withdraw`)).statusCode, 204);
      assert.equal(await consents.mayShareWith(id, "nav"), false);
      assert.equal((await call(froyaAdmin, "POST", `/api/v1/cases/participants/${id}/consents/${consentId}/withdraw`)).statusCode, 409);
      assert.deepEqual(
        (await logOf(id)).map((row) => row.action),
        ["create", "consent-recorded", "read-consents", "consent-withdrawn"],
      );
    });

    test("a consent dated in the future or to an unknown agency is refused at its field and stores nothing", async () => {
      const id = await create(`Test Deltaker ${engine} G`);
      const future = await call(froyaAdmin, "POST", `/api/v1/cases/participants/${id}/consents`, { recipient: "nav", purpose: "Stønad", givenOn: "2999-01-01" });
      assert.equal(future.statusCode, 422);
      assert.deepEqual(future.json().errors.map((e: { path: string }) => e.path), ["givenOn"]);
      const unknown = await call(froyaAdmin, "POST", `/api/v1/cases/participants/${id}/consents`, { recipient: "police", purpose: "Stønad", givenOn: "2025-01-01" });
      assert.equal(unknown.statusCode, 400);
      assert.deepEqual(unknown.json().errors.map((e: { path: string }) => e.path), ["recipient"]);
      const stored = await t.test.database.db.selectFrom("case_consents").select("id").where("participant_id", "=", id).execute();
      assert.equal(stored.length, 0);
    });

    test("the export holds everything stored about the participant, needs a reason, and is logged; another municipality gets 404", async () => {
      const number = identityNumberFor(engineSeed[engine] + 9);
      const id = await create(`Test Deltaker ${engine} H`, number);
      assert.equal((await call(froyaAdmin, "POST", `/api/v1/cases/participants/${id}/export`, {})).statusCode, 400);
      assert.equal((await call(hitra, "POST", `/api/v1/cases/participants/${id}/export`, { reason: "Innsynskrav" })).statusCode, 404);
      const exported = await call(froyaAdmin, "POST", `/api/v1/cases/participants/${id}/export`, { reason: "Innsynskrav fra deltakeren" });
      assert.equal(exported.statusCode, 200, exported.body);
      assert.match(String(exported.headers["content-disposition"]), /attachment/);
      const data = exported.json();
      assert.equal(data.participant.identity_number, number);
      assert.equal(data.participant.name, `Test Deltaker ${engine} H`);
      assert.deepEqual(data.accessLog.map((row: { action: string }) => row.action), ["create", "export"]);
      assert.equal(data.accessLog[1].reason, "Innsynskrav fra deltakeren");
    });
  });
}
