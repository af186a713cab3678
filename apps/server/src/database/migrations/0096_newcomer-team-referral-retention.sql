-- Referrals outlive the person's record as a count (issue 18, retention in the module README): when
-- the consent is withdrawn, the case or participant is deleted or anonymised, or the referral is over,
-- the retention job removes who, why and when to the day (anonymised_at), and keeps team, member,
-- kind of case, status and month for the team's statistics; it deletes the count after five years.
ALTER TABLE newcomer_team_referrals ADD COLUMN subject_kind text;
UPDATE newcomer_team_referrals SET subject_kind = CASE WHEN participant_id IS NULL THEN 'guidance-case' ELSE 'participant' END;
ALTER TABLE newcomer_team_referrals ALTER COLUMN subject_kind SET NOT NULL;
ALTER TABLE newcomer_team_referrals ADD CONSTRAINT newcomer_team_referrals_subject_kind CHECK (subject_kind IN ('guidance-case', 'participant'));
ALTER TABLE newcomer_team_referrals ADD COLUMN anonymised_at timestamptz;

-- Deleting the person's record or consent leaves the count (the job anonymises it on its next run).
ALTER TABLE newcomer_team_referrals DROP CONSTRAINT newcomer_team_referrals_guidance_case_id_fkey;
ALTER TABLE newcomer_team_referrals ADD CONSTRAINT newcomer_team_referrals_guidance_case_id_fkey FOREIGN KEY (guidance_case_id) REFERENCES guidance_cases (id) ON DELETE SET NULL;
ALTER TABLE newcomer_team_referrals DROP CONSTRAINT newcomer_team_referrals_participant_id_fkey;
ALTER TABLE newcomer_team_referrals ADD CONSTRAINT newcomer_team_referrals_participant_id_fkey FOREIGN KEY (participant_id) REFERENCES case_participants (id) ON DELETE SET NULL;
ALTER TABLE newcomer_team_referrals DROP CONSTRAINT newcomer_team_referrals_case_consent_id_fkey;
ALTER TABLE newcomer_team_referrals ADD CONSTRAINT newcomer_team_referrals_case_consent_id_fkey FOREIGN KEY (case_consent_id) REFERENCES case_consents (id) ON DELETE SET NULL;

-- The consent day and the purpose are required while the referral names someone (the consent record
-- itself may be deleted under it when the cases module anonymises the participant).
ALTER TABLE newcomer_team_referrals DROP CONSTRAINT newcomer_team_referrals_check;
ALTER TABLE newcomer_team_referrals DROP CONSTRAINT newcomer_team_referrals_check1;
ALTER TABLE newcomer_team_referrals DROP CONSTRAINT newcomer_team_referrals_purpose_check;
ALTER TABLE newcomer_team_referrals ALTER COLUMN consent_given_on DROP NOT NULL;
ALTER TABLE newcomer_team_referrals ADD CONSTRAINT newcomer_team_referrals_one_subject CHECK (guidance_case_id IS NULL OR participant_id IS NULL);
ALTER TABLE newcomer_team_referrals ADD CONSTRAINT newcomer_team_referrals_named CHECK (
  anonymised_at IS NOT NULL
  OR (consent_given_on IS NOT NULL AND length(btrim(purpose)) BETWEEN 3 AND 500)
);
ALTER TABLE newcomer_team_referrals ADD CONSTRAINT newcomer_team_referrals_anonymised CHECK (
  anonymised_at IS NULL OR (guidance_case_id IS NULL AND participant_id IS NULL AND case_consent_id IS NULL AND consent_given_on IS NULL AND purpose = '' AND referred_by IS NULL)
);
CREATE INDEX newcomer_team_referrals_consent ON newcomer_team_referrals (case_consent_id);
