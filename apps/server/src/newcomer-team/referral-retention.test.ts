import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startTestApp, type TestApp } from "../../test/test-app.ts";
import { testEngines } from "../../test/test-database.ts";
import { purgeReferrals, referralCount, referralRetention } from "./referral-retention.ts";

const day = 86_400_000;

for (const engine of testEngines) {
  describe(`newcomer-team referral retention on ${engine}`, () => {
    let t: TestApp;
    let teamId = "";
    let memberId = "";
    const db = () => t.test.database.db;
    const now = () => t.app.services.clock.now();

    before(async () => {
      t = await startTestApp(engine);
      teamId = (await db().insertInto("newcomer_teams").values({ municipality_number: "5056", region_id: null, name: "Retention team", created_by: null, created_at: now() }).returning("id").executeTakeFirstOrThrow()).id;
      memberId = (await db().insertInto("newcomer_team_members").values({ team_id: teamId, agency: "nav", name: "NAV retention", contact_name: "Kari", contact_email: "kari@nav.example", added_by: null, added_at: now() }).returning("id").executeTakeFirstOrThrow()).id;
    });
    after(() => t.close());

    async function participantWithConsent(name: string) {
      const participant = await db()
        .insertInto("case_participants")
        .values({ municipality_number: "5056", name, birth_date: "1991-02-03", residence_basis: "refugee", education: "primary", languages: JSON.stringify(["ar"]), created_at: now() })
        .returning("id")
        .executeTakeFirstOrThrow();
      const consent = await db().insertInto("case_consents").values({ participant_id: participant.id, recipient: "nav", purpose: "Jobb", given_on: "2026-01-05", recorded_at: now() }).returning("id").executeTakeFirstOrThrow();
      return { participantId: participant.id, consentId: consent.id };
    }

    async function guidanceCase(name: string) {
      return (
        await db()
          .insertInto("guidance_cases")
          .values({ municipality_number: "5056", source: "walk-in", name, contact: "+47 400 00 000", language: "uk", plan_answers: JSON.stringify({}), received_at: now(), created_by: null, coordinator_id: null })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    }

    async function referral(subject: { participantId: string; consentId: string } | { guidanceCaseId: string }, at: Date = now()) {
      return (
        await db()
          .insertInto("newcomer_team_referrals")
          .values({
            team_id: teamId,
            member_id: memberId,
            subject_kind: "participantId" in subject ? "participant" : "guidance-case",
            participant_id: "participantId" in subject ? subject.participantId : null,
            case_consent_id: "participantId" in subject ? subject.consentId : null,
            guidance_case_id: "guidanceCaseId" in subject ? subject.guidanceCaseId : null,
            consent_given_on: "2026-01-05",
            purpose: "Hjelp med jobbsøking",
            referred_by: null,
            referred_at: at,
            status_changed_at: at,
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    }

    const row = (id: string) => db().selectFrom("newcomer_team_referrals").selectAll().where("id", "=", id).executeTakeFirst();

    test("a withdrawn consent, a deleted guidance case, an anonymised participant or a year without change leave only the count; a standing referral stays whole", async () => {
      const withdrawn = await participantWithConsent("Trukket Samtykke");
      const withdrawnReferral = await referral(withdrawn);
      await db().updateTable("case_consents").set({ withdrawn_at: now() }).where("id", "=", withdrawn.consentId).execute();

      const deletedCase = await guidanceCase("Slettet Sak");
      const deletedCaseReferral = await referral({ guidanceCaseId: deletedCase });
      await db().deleteFrom("guidance_cases").where("id", "=", deletedCase).execute();
      assert.ok(await row(deletedCaseReferral), "deleting the case keeps the referral for the count");

      // The cases module anonymises a participant: it deletes the consents and blanks the record.
      const anonymisedPerson = await participantWithConsent("Anonymisert Deltaker");
      const anonymisedReferral = await referral(anonymisedPerson);
      await db().deleteFrom("case_consents").where("id", "=", anonymisedPerson.consentId).execute();
      await db().updateTable("case_participants").set({ name: "–", anonymised_at: now() }).where("id", "=", anonymisedPerson.participantId).execute();

      const longAgo = new Date(now().getTime() - (366 * referralRetention.anonymiseYearsAfterLastChange + 10) * day);
      const staleReferral = await referral({ guidanceCaseId: await guidanceCase("Gammel Henvisning") }, longAgo);

      const standing = await participantWithConsent("Står Ved Lag");
      const standingReferral = await referral(standing);
      const recentGuidanceReferral = await referral({ guidanceCaseId: await guidanceCase("Ny Henvisning") });

      const since = new Date(now().getTime() - 400 * day);
      const countBefore = await referralCount(db(), teamId, since);
      const run = await purgeReferrals(db(), now());
      assert.ok(run.referralsAnonymised >= 4, JSON.stringify(run));

      for (const id of [withdrawnReferral, deletedCaseReferral, anonymisedReferral, staleReferral]) {
        const anonymised = (await row(id))!;
        assert.deepEqual(
          [anonymised.participant_id, anonymised.guidance_case_id, anonymised.case_consent_id, anonymised.consent_given_on, anonymised.purpose, anonymised.referred_by],
          [null, null, null, null, "", null],
          `referral ${id} names nobody`,
        );
        assert.notEqual(anonymised.anonymised_at, null);
        assert.equal(anonymised.member_id, memberId);
        assert.equal(anonymised.referred_at.getUTCDate(), 1, "only the month is kept");
      }
      assert.equal((await row(withdrawnReferral))!.subject_kind, "participant");
      assert.equal((await row(staleReferral))!.subject_kind, "guidance-case");
      for (const id of [standingReferral, recentGuidanceReferral]) {
        const kept = (await row(id))!;
        assert.equal(kept.anonymised_at, null);
        assert.equal(kept.purpose, "Hjelp med jobbsøking");
      }
      assert.equal((await row(standingReferral))!.participant_id, standing.participantId);
      // Month-start truncation can move a referral just out of a window, never out of the team's count.
      assert.ok((await referralCount(db(), teamId, new Date(since.getTime() - 31 * day))) >= countBefore);

      await purgeReferrals(db(), now());
      assert.equal((await row(standingReferral))!.anonymised_at, null, "a second run leaves a standing referral alone");
    });

    test("the count is deleted five years after the referral, not before", async () => {
      const years = referralRetention.deleteCountYearsAfterReferral;
      const tooOld = await referral({ guidanceCaseId: await guidanceCase("Seks År") }, new Date(now().getTime() - (366 * years + 40) * day));
      const kept = await referral({ guidanceCaseId: await guidanceCase("Fire År") }, new Date(now().getTime() - 365 * (years - 1) * day));
      await purgeReferrals(db(), now());
      assert.equal(await row(tooOld), undefined);
      const stillCounted = (await row(kept))!;
      assert.notEqual(stillCounted.anonymised_at, null, "anonymised, a year without change");
      assert.equal(stillCounted.purpose, "");
    });

    test("the database refuses a referral that names a person without purpose or consent day, and an anonymised one that still names someone", async () => {
      const caseId = await guidanceCase("Sjekk Person");
      await assert.rejects(
        db()
          .insertInto("newcomer_team_referrals")
          .values({ team_id: teamId, member_id: memberId, subject_kind: "guidance-case", guidance_case_id: caseId, consent_given_on: null, purpose: "Hjelp", referred_by: null, referred_at: now(), status_changed_at: now() })
          .execute(),
      );
      await assert.rejects(
        db()
          .insertInto("newcomer_team_referrals")
          .values({ team_id: teamId, member_id: memberId, subject_kind: "guidance-case", guidance_case_id: caseId, consent_given_on: null, purpose: "", referred_by: null, referred_at: now(), status_changed_at: now(), anonymised_at: now() })
          .execute(),
      );
      assert.equal((await db().selectFrom("newcomer_team_referrals").select("id").where("guidance_case_id", "=", caseId).execute()).length, 0);
    });
  });
}
