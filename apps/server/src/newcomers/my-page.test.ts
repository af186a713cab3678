import type { Mail } from "../mail/mail-transport.ts";
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cookiesOf, mergeCookies, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { registrationsPerAddress } from "./newcomer-accounts.ts";

const planAnswers = { grunnlag: "eea-worker", fodselsar: "1990", ankomst: "2026-10", opphold: "long", statsborgerskap: "PL", nummer: "5014" };
const planQuery = `?${new URLSearchParams(planAnswers)}`;

/** The plan page's step checkboxes: which step each is for and whether it is ticked. */
function stepBoxes(html: string): Array<{ id: string; checked: boolean }> {
  return [...html.matchAll(/<input[^>]*name="ferdig"[^>]*>/g)].map(([tag]) => ({ id: /value="([^"]+)"/.exec(tag)![1]!, checked: /\schecked=/.test(tag) }));
}

for (const engine of testEngines) {
  describe(`a newcomer's own page (${engine})`, () => {
    let t: TestApp;
    before(async () => (t = await startTestApp(engine)));
    after(() => t.close());

    async function mailTo(email: string): Promise<Mail | undefined> {
      return (await t.mailsTo(email)).at(-1);
    }

    async function post(url: string, session: { cookie: string; csrf: string }, fields: Record<string, string | string[]>, ip = "10.1.0.1") {
      const body = new URLSearchParams({ _csrf: session.csrf });
      for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
      return t.app.inject({ method: "POST", url, headers: { cookie: session.cookie, "content-type": "application/x-www-form-urlencoded" }, payload: body.toString(), remoteAddress: ip });
    }

    /** Registers through the web form, follows the mailed link to choose a password, and signs in. */
    async function registerAndSignIn(email: string): Promise<{ cookie: string; csrf: string }> {
      const anonymous = await t.formSession();
      const registered = await post("/nb/min-side/ny-konto", anonymous, { email }, `10.2.${email.length}.1`);
      assert.equal(registered.statusCode, 200);
      const token = /nytt-passord\/([A-Za-z0-9_-]+)/.exec((await mailTo(email))?.text ?? "")?.[1];
      assert.ok(token, "the link to choose a password is mailed");
      const chosen = await post(`/nb/nytt-passord/${token}`, anonymous, { password: "a long newcomer password", confirm: "a long newcomer password" });
      assert.ok(chosen.statusCode < 400, chosen.body.slice(0, 300));
      const signedIn = await post("/nb/logg-inn", anonymous, { email, password: "a long newcomer password" });
      assert.equal(signedIn.statusCode, 303);
      assert.equal(signedIn.headers.location, "/nb/min-side", "a newcomer lands on their own page");
      return t.formSession(mergeCookies(anonymous.cookie, cookiesOf(signedIn)));
    }

    test("registering, saving a plan with consent, ticking steps, downloading and deleting it all", async () => {
      const email = "ny.innbygger@example.no";
      const session = await registerAndSignIn(email);
      const empty = await t.app.inject({ url: "/nb/min-side", headers: { cookie: session.cookie } });
      assert.match(empty.body, /Du har ikke lagret en plan ennå/);

      const offered = await t.app.inject({ url: `/nb/min-plan/resultat${planQuery}`, headers: { cookie: session.cookie } });
      assert.match(offered.body, /name="samtykke"/, "the plan page offers to save, asking for consent");

      const withoutConsent = await post("/nb/min-side/plan", session, planAnswers);
      assert.equal(withoutConsent.statusCode, 400);
      assert.match(withoutConsent.body, /Kryss av hvis du vil at vi lagrer planen/);
      assert.equal(await t.test.database.db.selectFrom("saved_plans").select("user_id").executeTakeFirst(), undefined, "nothing is stored without consent");

      const saved = await post("/nb/min-side/plan", session, { ...planAnswers, samtykke: "ja" });
      assert.equal(saved.statusCode, 303);
      const page = await t.app.inject({ url: `/nb/min-plan/resultat${planQuery}`, headers: { cookie: session.cookie } });
      assert.match(page.body, /id="plan-progress-form"/);
      const stepIds = stepBoxes(page.body).map((box) => box.id);
      assert.ok(stepIds.length >= 3);

      const ticked = await post("/nb/min-side/fremdrift", session, { ferdig: [stepIds[0]!, stepIds[2]!] });
      assert.equal(ticked.statusCode, 303);
      const after = await t.app.inject({ url: `/nb/min-plan/resultat${planQuery}`, headers: { cookie: session.cookie } });
      const checked = stepBoxes(after.body).filter((box) => box.checked).map((box) => box.id);
      assert.deepEqual(checked.sort(), [stepIds[0], stepIds[2]].sort(), "the ticks come back from the server");
      const mine = await t.app.inject({ url: "/nb/min-side", headers: { cookie: session.cookie } });
      assert.match(mine.body, new RegExp(`Du har gjort 2 av ${stepIds.length} steg`));

      const foreign = await post("/nb/min-side/fremdrift", session, { ferdig: "not-a-step" });
      assert.equal(foreign.statusCode, 422, "a step that is not in the plan is refused");

      const data = await t.app.inject({ url: "/nb/min-side/mine-data.json", headers: { cookie: session.cookie } });
      assert.equal(data.statusCode, 200);
      const exported = data.json();
      assert.equal(exported.account.email, email);
      assert.deepEqual(exported.savedPlan.answers, planAnswers);
      assert.equal(exported.progress.length, 2);

      const unconfirmed = await post("/nb/min-side/slett-konto", session, {});
      assert.equal(unconfirmed.statusCode, 400);
      const deleted = await post("/nb/min-side/slett-konto", session, { bekreft: "ja" });
      assert.equal(deleted.statusCode, 200);
      const { db } = t.test.database;
      assert.equal(await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst(), undefined);
      assert.equal((await db.selectFrom("plan_progress").select("step_id").execute()).length, 0, "progress goes with the account");
      const gone = await t.app.inject({ url: "/nb/min-side", headers: { cookie: session.cookie } });
      assert.equal(gone.statusCode, 303, "the old session no longer signs in");
    });

    test("saving another plan replaces the first and drops ticks of steps it does not have", async () => {
      const session = await registerAndSignIn("to.planer@example.no");
      await post("/nb/min-side/plan", session, { ...planAnswers, samtykke: "ja" });
      const first = await t.app.inject({ url: `/nb/min-plan/resultat${planQuery}`, headers: { cookie: session.cookie } });
      const firstSteps = stepBoxes(first.body).map((box) => box.id);
      await post("/nb/min-side/fremdrift", session, { ferdig: firstSteps });
      const refugee = { grunnlag: "refugee", fodselsar: "1994", ankomst: "2026-09", opphold: "long", statsborgerskap: "SY", nummer: "5014", utdanning: "upper-secondary" };
      const other = await t.app.inject({ url: `/nb/min-plan/resultat?${new URLSearchParams(refugee)}`, headers: { cookie: session.cookie } });
      assert.match(other.body, /Du har en annen plan lagret fra før/);
      const savedRefugee = await post("/nb/min-side/plan", session, { ...refugee, samtykke: "ja" });
      assert.equal(savedRefugee.headers.location, `/nb/min-plan/resultat?${new URLSearchParams(refugee)}`);
      const kept = await t.test.database.db.selectFrom("plan_progress").innerJoin("users", "users.id", "plan_progress.user_id").select("step_id").where("users.email", "=", "to.planer@example.no").execute();
      const refugeePage = await t.app.inject({ url: `/nb/min-plan/resultat?${new URLSearchParams(refugee)}`, headers: { cookie: session.cookie } });
      assert.equal(refugeePage.statusCode, 200);
      const refugeeSteps = new Set(stepBoxes(refugeePage.body).map((box) => box.id));
      assert.deepEqual(kept.map((row) => row.step_id).filter((id) => !refugeeSteps.has(id)), []);
      assert.ok(kept.length < firstSteps.length, `${kept.length} of ${firstSteps.length}`);
    });

    test("registering a known address mails a reset link instead, and the answer is the same", async () => {
      const anonymous = await t.formSession();
      const known = t.emailOf("coordinator");
      const response = await post("/nb/min-side/ny-konto", anonymous, { email: known }, "10.3.0.1");
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /Hvis adressen kan brukes/);
      assert.match((await mailTo(known))?.text ?? "", /nytt-passord\//);
      const roles = await t.test.database.db.selectFrom("role_assignments").innerJoin("users", "users.id", "role_assignments.user_id").select("role").where("users.email", "=", known).execute();
      assert.deepEqual(roles.map((r) => r.role), ["coordinator"], "no newcomer role is added to a staff account");
    });

    test("one address can start only a few registrations an hour", async () => {
      const anonymous = await t.formSession();
      const statuses: number[] = [];
      for (let i = 0; i <= registrationsPerAddress; i++) statuses.push((await post("/nb/min-side/ny-konto", anonymous, { email: `mange${i}@example.no` }, "10.4.0.1")).statusCode);
      assert.deepEqual(statuses.slice(0, registrationsPerAddress), Array(registrationsPerAddress).fill(200));
      assert.equal(statuses.at(-1), 429);
      assert.equal((await post("/nb/min-side/ny-konto", anonymous, { email: "annen@example.no" }, "10.4.0.2")).statusCode, 200, "other addresses are not affected");
    });

    test("a bad e-mail address is named as the field in error", async () => {
      const anonymous = await t.formSession();
      const response = await post("/nb/min-side/ny-konto", anonymous, { email: "not-an-address" });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /id="field-email-error"/);
    });
  });
}
