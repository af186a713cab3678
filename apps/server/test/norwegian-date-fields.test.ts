import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import type { Employer } from "../src/employers/employers-repository.ts";
import { checkOpeningForm } from "../src/job-matching/opening-form.ts";
import { parseCohort, parseMeeting, readForm as readMentoringForm } from "../src/mentoring/mentoring-forms.ts";
import { readForm as readTeamForm, readReferralForm } from "../src/newcomer-team/team-forms.ts";
import { parseCopyForm, readCopyForm } from "../src/newcomer-team/theme-evenings.ts";
import { bodyOfDraft, draftFromForm } from "../src/skills-profile/skills-profile-form.ts";

/** The date and time fields of the newcomer team, mentoring, job matching and the skills profile are DateField/TimeField (dd.mm.åååå, hh:mm in every language). */
describe("Norwegian date and time fields", () => {
  test("no view of these modules uses the browser's date or time picker", () => {
    const views = ["newcomer-team/theme-evening-views.tsx", "newcomer-team/referral-views.tsx", "newcomer-team/team-staff-views.tsx", "mentoring/mentor-views.tsx", "mentoring/mentoring-staff-views.tsx", "job-matching/job-matching-views.tsx", "skills-profile/skills-profile-views.tsx"];
    for (const view of views) assert.doesNotMatch(readFileSync(new URL(`../src/${view}`, import.meta.url), "utf8"), /type="(date|time)"/, view);
  });

  test("a theme evening reads 17.05.2027 and 18.00 as the date and times, and names the field that is no date", () => {
    const form = { municipality: "5056", date: "17.05.2027", startTime: "18.00", endTime: "20:30", placeName: "Hitra bibliotek", address: "Fillan" };
    const parsed = parseCopyForm(readCopyForm(form), ["5056"]);
    assert.ok(parsed.ok);
    assert.deepEqual([parsed.input.date, parsed.input.startTime, parsed.input.endTime], ["2027-05-17", "18:00", "20:30"]);
    assert.deepEqual(parseCopyForm(readCopyForm({ ...form, date: "31.02.2027", startTime: "25.00" }), ["5056"]), { ok: false, problems: { date: "date", startTime: "time" } });
  });

  test("a referral's consent day is read as typed dd.mm.åååå", () => {
    assert.equal(readReferralForm(readTeamForm({ consentGivenOn: "03.12.2026" })).consentGivenOn, "2026-12-03");
    assert.equal(readReferralForm(readTeamForm({ consentGivenOn: "i går" })).consentGivenOn, "i går");
  });

  test("a mentor's meeting and a cohort read dd.mm.åååå; a wrong date is a problem at its field", () => {
    const meeting = parseMeeting(readMentoringForm({ metOn: "01.12.2026", hours: "2", topic: "Bibliotek" }));
    assert.ok(meeting.ok);
    assert.equal(meeting.input.metOn, "2026-12-01");
    const cohort = parseCohort(readMentoringForm({ name: "Høst", municipality: "5056", startsOn: "01.09.2026", endsOn: "30.04.2027" }), ["5056"]);
    assert.ok(cohort.ok, JSON.stringify(cohort));
    assert.deepEqual([cohort.input.startsOn, cohort.input.endsOn], ["2026-09-01", "2027-04-30"]);
    assert.deepEqual(parseMeeting(readMentoringForm({ metOn: "32.12.2026", hours: "2", topic: "x" })), { ok: false, problems: { metOn: "date" } });
  });

  test("a job opening's start reads dd.mm.åååå; a wrong one is a problem at 'start'", () => {
    const employer = { workplaces: [{ municipalityNumber: "5014" }] } as unknown as Employer;
    const values = { tittel: "Elektriker", yrke: "Elektriker", kommune: "5014", timer: "37", start: "15.01.2027" };
    const checked = checkOpeningForm(values, employer, "2026-12-07");
    assert.equal(checked.input?.startsOn, "2027-01-15", JSON.stringify(checked.problems));
    assert.equal(checkOpeningForm({ ...values, start: "15.13.2027" }, employer, "2026-12-07").problems.start, "startsOn");
  });

  test("a certificate's 'valid until' reads dd.mm.åååå", () => {
    const { body } = bodyOfDraft(draftFromForm({ fullName: "Olena", "certificates-0-name": "FSE", "certificates-0-validUntil": "31.03.2027" }, "nb"));
    assert.deepEqual((body as { certificates: unknown[] }).certificates, [{ name: "FSE", issuer: null, validUntil: "2027-03-31" }]);
  });
});
