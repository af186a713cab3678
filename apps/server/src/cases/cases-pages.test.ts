import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { evaluateProgramme, introductionBenefitMonth } from "@velkomst/rules";
import { identityNumberCheckDigits } from "@velkomst/validation";
import { cookiesOf, demoPassword, startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { settledHousehold } from "./settled-household-builder.ts";

const froyaAdmin = "admin.froya@demo.velkomst.no";
const hitra = "koordinator.hitra@demo.velkomst.no";

/** ISO date `days` from `iso` (test arithmetic only). */
const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const mondayOnOrBefore = (iso: string) => shift(iso, -((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7));

function identityNumberFor(birthDate: string, seed: number): string {
  const [year, month, day] = birthDate.split("-");
  const prefix = `${day}${month}${year!.slice(2)}`;
  for (let individual = 100 + seed * 7; ; individual++) {
    const digits = identityNumberCheckDigits(`${prefix}${individual}`);
    if (digits) return `${prefix}${individual}${digits}`;
  }
}

for (const engine of testEngines) {
  describe(`the programme adviser's pages (${engine})`, () => {
    let t: TestApp;
    let today = "";
    const sessions = new Map<string, { cookie: string; csrf: string }>();
    const get = (email: string, url: string) => t.app.inject({ method: "GET", url, headers: { cookie: sessions.get(email)!.cookie } });
    const post = (email: string, url: string, fields: Record<string, string>) =>
      t.app.inject({ method: "POST", url, payload: new URLSearchParams({ _csrf: sessions.get(email)!.csrf, ...fields }).toString(), headers: { cookie: sessions.get(email)!.cookie, "content-type": "application/x-www-form-urlencoded" } });
    const logOf = (id: string) => t.test.database.db.selectFrom("case_access_log").select(["action", "actor_name", "reason"]).where("participant_id", "=", id).orderBy("id").execute();

    before(async () => {
      t = await startTestApp(engine);
      today = t.app.services.clock.today();
      for (const email of [froyaAdmin, hitra]) {
        const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password: demoPassword } });
        assert.equal(response.statusCode, 200, response.body);
        sessions.set(email, await t.formSession(cookiesOf(response)));
      }
    });
    after(() => t.close());

    let participantId = "";
    const birthDate = "1990-05-17";
    const settledOn = () => shift(today, -60);
    const start = () => shift(today, -40);

    test("a settled household's adult becomes a participant with the skills mapping; a wrong check digit is refused at the field and stores nothing", async () => {
      const { memberId } = await settledHousehold(t.test.database.db, { municipality: "5014", reference: `TEST-${engine}-1`, adultName: `Rania Test ${engine}`, birthYear: 1990, settledOn: settledOn() });
      const waiting = await get(froyaAdmin, "/nb/ansatt/deltakere/fra-bosetting");
      assert.equal(waiting.statusCode, 200);
      assert.match(waiting.body, new RegExp(`/nb/ansatt/deltakere/ny\\?medlem=${memberId}`));
      const form = await get(froyaAdmin, `/nb/ansatt/deltakere/ny?medlem=${memberId}`);
      assert.match(form.body, new RegExp(`value="Rania Test ${engine}"`));
      assert.match(form.body, /bosatte husstanden/);

      const fields = { memberId, municipality: "5014", name: `Rania Test ${engine}`, birthDate, residenceBasis: "refugee", settlementDate: settledOn(), arrivalDate: shift(settledOn(), -200), education: "upper-secondary", languages: "ar, en", interpreterLanguage: "ar", childrenBirthDates: "2018-03-01", livesWithParents: "no" };
      const good = identityNumberFor(birthDate, engine === "pglite" ? 1 : 2);
      const wrong = `${good.slice(0, 10)}${(Number(good[10]) + 1) % 10}`;
      const refused = await post(froyaAdmin, "/nb/ansatt/deltakere/ny", { ...fields, identityNumber: wrong });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /id="field-identityNumber-error"[^>]*>Nummeret er ikke et gyldig fødselsnummer eller D-nummer/);
      assert.equal((await t.test.database.db.selectFrom("case_participants").select("id").where("source_member_id", "=", memberId).execute()).length, 0);

      const created = await post(froyaAdmin, "/nb/ansatt/deltakere/ny", { ...fields, identityNumber: good });
      assert.equal(created.statusCode, 303, created.body.slice(0, 800));
      participantId = String(created.headers.location).split("/").at(-1)!.split("?")[0]!;
      const row = await t.test.database.db.selectFrom("case_participants").select(["source", "skills", "children_birth_dates"]).where("id", "=", participantId).executeTakeFirstOrThrow();
      assert.equal(row.source, "settlement");
      assert.equal((row.skills as { otherSkills: string }).otherSkills, "Sykepleier i Aleppo");
      assert.deepEqual(row.children_birth_dates, ["2018-03-01"]);
      assert.equal((await post(froyaAdmin, "/nb/ansatt/deltakere/ny", { ...fields, identityNumber: "" })).statusCode, 400, "the same member cannot be registered twice");

      const record = await get(froyaAdmin, String(created.headers.location));
      assert.equal(record.statusCode, 200);
      assert.ok(!record.body.includes(good), "the identity number is hidden");
      assert.match(record.body, /Sykepleier i Aleppo/);
      assert.match(record.body, /Oppstart senest/);
      assert.match(record.body, /Oppstart senest[^]*?§ 12[^]*?Fristen er ikke bekreftet mot lovteksten ennå og blir kontrollert\./, "the three months of § 12 are not yet confirmed by the law's text");
      const shown = await post(froyaAdmin, `/nb/ansatt/deltakere/${participantId}/fodselsnummer`, { reason: "Søknad til NAV" });
      assert.ok(shown.body.includes(good));
      assert.deepEqual((await logOf(participantId)).map((entry) => entry.action), ["create", "read", "reveal-identity-number", "read"]);
    });

    test("the create form asks for dates as dd.mm.åååå in text fields, the birth date with autocomplete bday; a date typed so is read, one that is not a day is named at the field", async () => {
      const form = await get(froyaAdmin, "/nb/ansatt/deltakere/ny");
      assert.match(form.body, /<input[^>]*name="birthDate"[^>]*>/);
      const birthInput = form.body.match(/<input[^>]*name="birthDate"[^>]*>/)![0];
      assert.match(birthInput, /type="text"/);
      assert.match(birthInput, /autoComplete="bday"|autocomplete="bday"/);
      assert.ok(!/type="date"/.test(form.body), "no native date pickers");
      const fields = { memberId: "", municipality: "5014", name: `Dato Test ${engine}`, birthDate: "31.02.1990", identityNumber: "", residenceBasis: "refugee", settlementDate: "", arrivalDate: "", education: "none", languages: "", interpreterLanguage: "", childrenBirthDates: "", livesWithParents: "no" };
      const refused = await post(froyaAdmin, "/nb/ansatt/deltakere/ny", fields);
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /id="field-birthDate-error"[^>]*>Skriv en dato slik: 31\.03\.2026/);
      assert.match(refused.body, /value="31\.02\.1990"/, "the field keeps what was typed");
      const created = await post(froyaAdmin, "/nb/ansatt/deltakere/ny", { ...fields, birthDate: "17.05.1990", settlementDate: `${settledOn().slice(8, 10)}.${settledOn().slice(5, 7)}.${settledOn().slice(0, 4)}`, childrenBirthDates: "01.03.2018, 30.9.2019" });
      assert.equal(created.statusCode, 303, created.body.slice(0, 500));
      const id = String(created.headers.location).split("/").at(-1)!.split("?")[0]!;
      const row = await t.test.database.db.selectFrom("case_participants").select(["birth_date", "settlement_date", "children_birth_dates"]).where("id", "=", id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { birth_date: "1990-05-17", settlement_date: settledOn(), children_birth_dates: ["2018-03-01", "2019-09-30"] });
    });

    test("the adviser records a consent given on paper: bad input is named at each field and stores nothing; a good one is stored, logged, and withdrawn again from the page", async () => {
      const url = `/nb/ansatt/deltakere/${participantId}/samtykker`;
      const consentsOf = () => t.test.database.db.selectFrom("case_consents").select(["id", "recipient", "purpose", "given_on", "withdrawn_at"]).where("participant_id", "=", participantId).execute();
      const empty = await post(froyaAdmin, url, { recipient: "", purpose: " ", givenOn: "31.02.2026" });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /id="field-recipient-error"[^>]*>Velg et av alternativene/);
      assert.match(empty.body, /id="field-purpose-error"[^>]*>/);
      assert.match(empty.body, /id="field-givenOn-error"[^>]*>Skriv en dato slik: 31\.03\.2026/);
      const future = await post(froyaAdmin, url, { recipient: "nav", purpose: "Kartlegging til NAV", givenOn: shift(today, 1) });
      assert.equal(future.statusCode, 400);
      assert.match(future.body, /id="field-givenOn-error"[^>]*>Datoen kan ikke være etter i dag/);
      assert.equal((await consentsOf()).length, 0, "nothing stored");

      const day = shift(today, -2);
      const given = await post(froyaAdmin, url, { recipient: "nav", purpose: "Kartlegging og plan til NAV", givenOn: `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}` });
      assert.equal(given.statusCode, 303, given.body.slice(0, 500));
      const [consent] = await consentsOf();
      assert.deepEqual({ ...consent, id: undefined }, { id: undefined, recipient: "nav", purpose: "Kartlegging og plan til NAV", given_on: day, withdrawn_at: null });
      assert.equal((await logOf(participantId)).at(-1)!.action, "consent-recorded");
      const record = await get(froyaAdmin, `/nb/ansatt/deltakere/${participantId}`);
      assert.match(record.body, /Kartlegging og plan til NAV/);
      assert.match(record.body, new RegExp(`action="/nb/ansatt/deltakere/${participantId}/samtykker/${consent!.id}/trekk"`));

      assert.equal((await post(froyaAdmin, `${url}/${consent!.id}/trekk`, {})).statusCode, 303);
      assert.notEqual((await consentsOf())[0]!.withdrawn_at, null);
      assert.equal((await logOf(participantId)).at(-1)!.action, "consent-withdrawn");
      assert.equal((await post(hitra, url, { recipient: "nav", purpose: "Kartlegging til NAV", givenOn: today })).statusCode, 404, "not in another municipality");
    });

    test("the integration plan: hours over 24 a day are refused at the field; a version with its reason and the full-time check", async () => {
      const hours = { "hours-norwegian": "15", "hours-social-studies": "2,5", "hours-life-skills": "2", "hours-parental-guidance": "2", "hours-work-practice": "16", "hours-education": "" };
      const tooMany = await post(froyaAdmin, `/nb/ansatt/deltakere/${participantId}/plan`, { goal: "work", goalText: "", reason: "Første plan", validFrom: start(), ...hours, "hours-work-practice": "170" });
      assert.equal(tooMany.statusCode, 400);
      assert.match(tooMany.body, /id="field-hours-work-practice-error"[^>]*>Det er mer enn 24 timer i døgnet/);
      assert.equal((await t.test.database.db.selectFrom("case_plan_versions").select("id").where("participant_id", "=", participantId).execute()).length, 0);

      assert.equal((await post(froyaAdmin, `/nb/ansatt/deltakere/${participantId}/plan`, { goal: "work", goalText: "Helsefagarbeider", reason: "Første plan", validFrom: start(), ...hours })).statusCode, 303);
      const page = await get(froyaAdmin, `/nb/ansatt/deltakere/${participantId}/plan?lagret=1`);
      assert.match(page.body, /Versjon 1/);
      assert.match(page.body, /37,5 timer i uken\. Fulltid er 37,5 timer: planen er på fulltid/);
      assert.match(page.body, /skal ha foreldreveiledning/, "a child under 18: parental guidance");
      assert.equal((await post(froyaAdmin, `/nb/ansatt/deltakere/${participantId}/plan`, { goal: "work", goalText: "", reason: "Mindre praksis", validFrom: today, ...hours, "hours-work-practice": "10" })).statusCode, 303);
      const revised = await get(froyaAdmin, `/nb/ansatt/deltakere/${participantId}/plan`);
      assert.match(revised.body, /Versjon 2/);
      assert.match(revised.body, /planen mangler 6 timer/);
      assert.match(revised.body, /Grunn: \u2068Mindre praksis\u2069/);
      assert.match(revised.body, /37,5 timer i uken, den vanlige normen, fordi planen ikke er merket med mye egenaktivitet[^]*?Tallet er ikke bekreftet mot lovteksten ennå og blir kontrollert\./, "the norm rests on IMDi, not a provision");

      const marked = { goal: "work", goalText: "", reason: "Mye selvstudium", validFrom: today, ...hours, "hours-work-practice": "10" };
      const badMark = await post(froyaAdmin, `/nb/ansatt/deltakere/${participantId}/plan`, { ...marked, ownActivity: "kanskje" });
      assert.equal(badMark.statusCode, 400);
      assert.match(badMark.body, /id="field-ownActivity-error"[^>]*>Velg et av alternativene/);
      assert.equal((await post(froyaAdmin, `/nb/ansatt/deltakere/${participantId}/plan`, { ...marked, ownActivity: "yes" })).statusCode, 303);
      const ownWork = await get(froyaAdmin, `/nb/ansatt/deltakere/${participantId}/plan`);
      assert.match(ownWork.body, /Versjon 3/);
      assert.match(ownWork.body, /31,5 timer i uken\. Fulltid er 30 timer: planen er på fulltid/);
      assert.match(ownWork.body, /30 timer i uken fordi planen er merket med at elementene krever mye egenaktivitet/);
      assert.match(ownWork.body, /<input[^>]*name="ownActivity"[^>]*checked=""/, "the mark stays ticked for the next version");
    });

    test("decisions: nothing before a start; an end before the start of a leave is refused at the field; the start and a leave are recorded", async () => {
      const url = `/nb/ansatt/deltakere/${participantId}/vedtak`;
      const noStart = await post(froyaAdmin, url, { kind: "leave", decidedOn: today, fromDate: today, toDate: shift(today, 3), note: "" });
      assert.equal(noStart.statusCode, 422);
      assert.match(noStart.body, /Registrer vedtaket om start først/);
      assert.equal((await post(froyaAdmin, url, { kind: "start", decidedOn: shift(start(), -5), fromDate: start(), toDate: "", note: "" })).statusCode, 303);
      const backwards = await post(froyaAdmin, url, { kind: "leave", decidedOn: today, fromDate: shift(today, 10), toDate: shift(today, 5), note: "" });
      assert.equal(backwards.statusCode, 400);
      assert.match(backwards.body, /id="field-toDate-error"[^>]*>Sluttdatoen kan ikke være før startdatoen/);
      assert.equal((await post(froyaAdmin, url, { kind: "leave", decidedOn: today, fromDate: shift(today, 20), toDate: shift(today, 24), note: "Familie" })).statusCode, 303);
      const decisions = await t.test.database.db.selectFrom("case_decisions").select("kind").where("participant_id", "=", participantId).orderBy("from_date").execute();
      assert.deepEqual(decisions.map((d) => d.kind), ["start", "leave"]);
      const page = await get(froyaAdmin, url);
      assert.match(page.body, /Programmet slutter/);
    });

    test("a week of hours with one invalid absence; 25 hours of absence in a day is refused; the benefit month deducts 1/1 850 of the year an hour", async () => {
      const url = `/nb/ansatt/deltakere/${participantId}/oppmote`;
      const week = mondayOnOrBefore(shift(today, -7));
      const hours = { weekStart: week, "week-norwegian": "15", "week-social-studies": "2,5", "week-life-skills": "2", "week-parental-guidance": "2", "week-work-practice": "8", "week-education": "" };
      const tooLong = await post(froyaAdmin, url, { ...hours, absenceDate: shift(week, 2), absenceHours: "25", absenceValid: "invalid", absenceReason: "" });
      assert.equal(tooLong.statusCode, 400);
      assert.match(tooLong.body, /id="field-absenceHours-error"[^>]*>Det er mer enn 24 timer i døgnet/);
      assert.equal((await t.test.database.db.selectFrom("case_attendance").select("week_start").where("participant_id", "=", participantId).execute()).length, 0);
      assert.equal((await post(froyaAdmin, url, { ...hours, absenceDate: shift(week, 2), absenceHours: "7,5", absenceValid: "invalid", absenceReason: "Møtte ikke" })).statusCode, 303);

      const month = shift(week, 2).slice(0, 7);
      const page = await get(froyaAdmin, `${url}?maned=${month}`);
      assert.equal(page.statusCode, 200, JSON.stringify(t.logs.filter((l) => Number(l.level) >= 50).at(-1)));
      const lastDay = shift(`${shift(`${month}-28`, 4).slice(0, 7)}-01`, -1);
      const rules = evaluateProgramme({ asOf: lastDay, birthDate, residenceBasis: "refugee", arrivalDate: shift(settledOn(), -200), settlementDate: settledOn(), education: "upper-secondary", goal: "work", programmeStart: start(), childrenBirthDates: ["2018-03-01"], livesWithParents: false });
      const { perYear, perMonth } = rules.determinations.introductionBenefit.value;
      const leave = { from: shift(today, 20), to: shift(today, 24) };
      const periods = [{ from: start(), to: shift(leave.from, -1) }, { from: shift(leave.to, 1), to: "2099-12-31" }];
      const expected = introductionBenefitMonth({ month, perYear, perMonth, periods, invalidAbsenceHours: 7.5, validAbsenceHours: 0 });
      const amount = (kroner: number) => new Intl.NumberFormat("nb-NO").format(kroner);
      assert.match(page.body, /7,5 timer ugyldig fravær/);
      assert.ok(page.body.includes(amount(expected.total)), `the total ${expected.total} is on the page`);
      assert.ok(expected.lines.some((line) => line.kind === "invalidAbsence" && line.amount < 0));
      const restingOnUnverified = expected.lines.filter((line) => line.kind === "partMonth" || line.kind === "invalidAbsence").length;
      assert.equal(page.body.split("Tallet er ikke bekreftet mot lovteksten ennå og blir kontrollert.").length - 1, restingOnUnverified, "a note on each line with 1/30 or 1/1 850, none on the others");
    });

    test("the exit: a date before the start is refused at the field; then work, and the list shows the participant as ended", async () => {
      const url = `/nb/ansatt/deltakere/${participantId}/avslutning`;
      const early = await post(froyaAdmin, url, { outcome: "work", exitDate: shift(start(), -1), followUp1: "", followUp12: "" });
      assert.equal(early.statusCode, 422);
      assert.match(early.body, /id="field-exitDate-error"[^>]*>Datoen kan ikke være før programmet startet/);
      assert.equal((await post(froyaAdmin, url, { outcome: "work", exitDate: today, followUp1: "", followUp12: "" })).statusCode, 303);
      const list = await get(froyaAdmin, `/nb/ansatt/deltakere?navn=${encodeURIComponent(`Rania Test ${engine}`)}&fase=ended`);
      assert.match(list.body, new RegExp(`Rania Test ${engine}`));
      assert.match(list.body, /Avsluttet/);
    });

    test("the national report as CSV and JSON for a period; a period that ends before it starts is refused at the field", async () => {
      const base = `/nb/ansatt/deltakere/rapport?last-ned=1&fra=${shift(today, -90)}&til=${today}`;
      const csv = await get(froyaAdmin, `${base}&format=csv`);
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers["content-type"]), /text\/csv/);
      const header = csv.body.split("\r\n")[0]!.split(",");
      const line = csv.body.split("\r\n").find((l) => l.startsWith(participantId))!.split(",");
      const field = (name: string) => line[header.indexOf(name)];
      assert.equal(field("start_date"), start());
      assert.equal(field("goal"), "work");
      assert.equal(field("hours_work_practice"), "10");
      assert.equal(field("absence_invalid_hours"), "7.5");
      assert.equal(field("exit_outcome"), "work");
      const json = (await get(froyaAdmin, `${base}&format=json`)).json();
      assert.ok(json.fields.some((f: { name: string }) => f.name === "attended_hours"));
      assert.equal(json.rows.find((r: { participant_id: string }) => r.participant_id === participantId).attended_hours, 29.5);
      const backwards = await get(froyaAdmin, `/nb/ansatt/deltakere/rapport?last-ned=1&fra=${today}&til=${shift(today, -1)}&format=csv`);
      assert.equal(backwards.statusCode, 400);
      assert.match(backwards.body, /id="field-til-error"[^>]*>Sluttdatoen kan ikke være før startdatoen/);
      assert.ok((await logOf(participantId)).some((entry) => entry.action === "report-export"));
    });

    test("a coordinator of Hitra can neither list, read nor change Frøya's participant, and leaves no trace; every page read of Frøya's admin is logged", async () => {
      const before = (await logOf(participantId)).length;
      const list = await get(hitra, "/nb/ansatt/deltakere");
      assert.equal(list.statusCode, 200);
      assert.ok(!list.body.includes(participantId));
      for (const section of ["", "/plan", "/vedtak", "/oppmote", "/avslutning", "/tilgangslogg"]) {
        assert.equal((await get(hitra, `/nb/ansatt/deltakere/${participantId}${section}`)).statusCode, 404, section);
      }
      assert.equal((await post(hitra, `/nb/ansatt/deltakere/${participantId}/vedtak`, { kind: "stop", decidedOn: today, fromDate: today, toDate: "", note: "" })).statusCode, 404);
      assert.equal((await post(hitra, `/nb/ansatt/deltakere/${participantId}/fodselsnummer`, { reason: "Nysgjerrig" })).statusCode, 404);
      const csv = await get(hitra, `/nb/ansatt/deltakere/rapport?last-ned=1&fra=${shift(today, -90)}&til=${today}&format=csv`);
      assert.ok(!csv.body.includes(participantId));
      assert.equal((await logOf(participantId)).length, before, "nothing logged for Hitra");
      assert.equal((await t.test.database.db.selectFrom("case_decisions").select("id").where("participant_id", "=", participantId).where("kind", "=", "stop").execute()).length, 0);

      // One page view, one row: the record page reads the consents and the attendance page the benefit month under the page's own row.
      for (const [section, action] of [["", "read"], ["/plan", "read"], ["/vedtak", "read"], ["/oppmote", "read-benefit"], ["/avslutning", "read"], ["/tilgangslogg", "read-access-log"]] as const) {
        const count = (await logOf(participantId)).length;
        assert.equal((await get(froyaAdmin, `/nb/ansatt/deltakere/${participantId}${section}`)).statusCode, 200);
        assert.deepEqual((await logOf(participantId)).slice(count).map((entry) => entry.action), [action], `one row for ${section || "the record"}`);
      }
      const log = await get(froyaAdmin, `/nb/ansatt/deltakere/${participantId}/tilgangslogg`);
      assert.match(log.body, /Så fødselsnummeret/);
      assert.match(log.body, /Søknad til NAV/);
      // Who, in which role, for which municipality.
      assert.match(log.body, /<th[^>]*>Rolle<\/th>/);
      assert.match(log.body, /<th[^>]*>Kommune<\/th>/);
      assert.match(log.body, /Kommuneadministrator/);
      assert.match(log.body, /Frøya/);
    });
  });
}
