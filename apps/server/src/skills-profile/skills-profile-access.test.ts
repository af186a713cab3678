import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { roles } from "../staff/roles.ts";
import { withoutDemoProfile } from "../../test/without-demo-profile.ts";
import { cookiesOf, demoPassword, startTestApp, type TestApp } from "../../test/test-app.ts";
import { formRequests } from "../../test/form-requests.ts";
import { testEngines } from "../../test/test-database.ts";

const froya = "5014";

for (const engine of testEngines) {
  describe(`who reads a skills profile (${engine})`, () => {
    let t: TestApp;
    let form: ReturnType<typeof formRequests>;
    let county = "";
    let hitra = "";
    let participantId = "";
    before(async () => {
      t = await startTestApp(engine);
      form = formRequests(t);
      [county, hitra] = await Promise.all([signInAs("fylke.trondelag@demo.velkomst.no"), signInAs("koordinator.hitra@demo.velkomst.no")]);
      const created = await t.app.inject({
        method: "POST",
        url: "/api/v1/cases/participants",
        headers: { cookie: county },
        payload: { municipality: froya, name: "Taras Bondarenko", birthDate: "1985-04-02", residenceBasis: "collective-protection", settlementDate: "2025-11-01", education: "upper-secondary", languages: ["uk", "ru"] },
      });
      assert.equal(created.statusCode, 201, created.body);
      participantId = created.json().id;
      // The settlement skills mapping as the cases module copies it from a settled household's member.
      const skills = { mapping: "full", norwegianLevel: "basic", englishLevel: "good", digitalSkills: "basic", education: "vocational", workSector: "construction", workYears: 8, otherSkills: "Sveising", drivingLicence: true, hasCar: false };
      await t.test.database.db.updateTable("case_participants").set({ skills: JSON.stringify(skills) }).where("id", "=", participantId).execute();
    });
    after(() => t.close());

    async function signInAs(email: string): Promise<string> {
      const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password: demoPassword } });
      assert.equal(response.statusCode, 200, response.body);
      return cookiesOf(response);
    }
    const base = () => `/nb/ansatt/deltakere/${participantId}/kompetanse`;
    const logActions = async () => (await t.test.database.db.selectFrom("case_access_log").select("action").where("participant_id", "=", participantId).orderBy("id").execute()).map((row) => row.action);

    test("the adviser's form starts from the record and its skills mapping, and says so", async () => {
      const page = await form.get(county, base());
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /fylt ut fra kartleggingen/);
      assert.match(page.body, /name="fullName" value="Taras Bondarenko"/);
      assert.match(page.body, /name="norwegian-listening"[^>]*>(?:(?!<\/select>).)*<option value="A2" selected=""/s);
      assert.match(page.body, /name="languages-0-code"[^>]*>(?:(?!<\/select>).)*<option value="uk" selected=""/s);
      assert.match(page.body, /name="languages-2-code"[^>]*>(?:(?!<\/select>).)*<option value="en" selected=""/s);
      assert.match(page.body, /name="education-0-level"[^>]*>(?:(?!<\/select>).)*<option value="vocational" selected=""/s);
      assert.match(page.body, /name="drivingLicences" checked="" value="B"/);
      assert.match(page.body, />Sveising<\/textarea>/);
      assert.deepEqual((await logActions()).slice(-1), ["read"]);
    });

    test("saved with the participant's consent, every read and change is in the participant's access log", async () => {
      const fields = { fullName: "Taras Bondarenko", language: "uk", municipalityNumber: froya, "education-0-level": "vocational", "education-0-field": "Sveising", "education-0-country": "UA", "languages-0-code": "uk", "languages-0-level": "native", "experience-0-title": "sveiser", "experience-0-country": "UA", "experience-0-fromYear": "2010" };
      assert.equal((await form.post(county, base(), fields)).statusCode, 422);
      const saved = await form.post(county, base(), { ...fields, samtykke: "ja" });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
      assert.equal((await form.get(county, `${base()}/cv?sprak=en`)).statusCode, 200);
      const actions = await logActions();
      assert.ok(actions.includes("skills-profile-saved"), actions.join(","));
      assert.equal(actions.at(-1), "skills-profile-read");
      const record = await form.get(county, `/nb/ansatt/deltakere/${participantId}`);
      assert.match(record.body, new RegExp(`href="${base()}"`));
    });

    test("nobody but the participant's advisers in scope reads it: other roles are refused, another municipality's coordinator gets 404 and leaves no trace", async () => {
      const before = (await logActions()).length;
      const readers = new Set(["coordinator", "municipality-admin"]);
      for (const role of roles) {
        const cookie = await t.signIn(role);
        for (const url of [base(), `${base()}/cv?sprak=nb`, `${base()}/cv.pdf?sprak=nb`]) {
          const response = await form.get(cookie, url);
          // The demo coordinator works for Hitra only; Frøya's municipality-admin is in scope.
          const expected = role === "municipality-admin" ? 200 : role === "coordinator" ? 404 : [303, 403];
          if (Array.isArray(expected)) assert.ok(expected.includes(response.statusCode), `${role} ${url}: ${response.statusCode}`);
          else assert.equal(response.statusCode, expected, `${role} ${url}`);
          if (!readers.has(role)) assert.doesNotMatch(response.body, /Taras/);
        }
      }
      for (const url of [base(), `${base()}/cv?sprak=nb`]) assert.equal((await form.get(hitra, url)).statusCode, 404);
      // Frøya's admin read three times; the Hitra coordinators left nothing.
      assert.equal((await logActions()).length - before, 3);
    });

    test("a newcomer's own profile reaches only its owner: another newcomer and staff get none of it", async () => {
      const owner = await t.signIn("newcomer");
      await withoutDemoProfile(t);
      const body = { fullName: "Oksana Demo", language: "uk", education: [], experience: [], languages: [], norwegian: null, drivingLicences: [], certificates: [], wishes: { occupations: [], municipalities: [], hoursPerWeek: null }, consent: true };
      assert.equal((await t.app.inject({ method: "PUT", url: "/api/v1/skills-profile", headers: { cookie: owner }, payload: body })).statusCode, 201);
      // A second newcomer, with the demo password.
      const db = t.test.database.db;
      const demo = await db.selectFrom("users").select("password_hash").where("email", "=", t.emailOf("newcomer")).executeTakeFirstOrThrow();
      const other = await db.insertInto("users").values({ email: "annen.nykommer@example.com", name: "Annen", password_hash: demo.password_hash }).returning("id").executeTakeFirstOrThrow();
      await db.insertInto("role_assignments").values({ user_id: other.id, role: "newcomer", scope_kind: "national", scope_id: "", created_by: null }).execute();
      const stranger = await signInAs("annen.nykommer@example.com");
      assert.equal((await t.app.inject({ method: "GET", url: "/api/v1/skills-profile", headers: { cookie: stranger } })).statusCode, 404);
      assert.doesNotMatch((await form.get(stranger, "/nb/min-side/kompetanse")).body, /Oksana Demo/);
      assert.equal((await form.get(stranger, "/nb/min-side/kompetanse/cv?sprak=nb")).statusCode, 404);
      for (const role of roles.filter((r) => r !== "newcomer")) {
        const response = await t.app.inject({ method: "GET", url: "/api/v1/skills-profile", headers: { cookie: await t.signIn(role) } });
        assert.equal(response.statusCode, 403, role);
      }
      assert.equal((await t.app.inject({ method: "GET", url: "/api/v1/skills-profile", headers: { cookie: owner } })).json().fullName, "Oksana Demo");
    });

    test("the adviser withdraws the consent: the profile is gone at once and the deletion is logged", async () => {
      const withdrawn = await form.post(county, `${base()}/slett`, {});
      assert.equal(withdrawn.statusCode, 303);
      assert.equal(await t.test.database.db.selectFrom("skills_profiles").select("id").where("participant_id", "=", participantId).executeTakeFirst(), undefined);
      assert.ok((await logActions()).includes("skills-profile-deleted"));
      assert.equal((await form.get(county, `${base()}/cv?sprak=nb`)).statusCode, 404);
    });
  });
}
