-- Skills profile (issue 19): the Europass CV's "digital and other skills" section needs a place
-- in the profile (the settlement mapping's digital skills and other skills land there), and an
-- adviser's reads and changes of a participant's profile go to the participant's access log.
ALTER TABLE skills_profiles ADD COLUMN digital_skills text CHECK (digital_skills IN ('basic', 'good'));
ALTER TABLE skills_profiles ADD COLUMN other_skills text CHECK (other_skills IS NULL OR length(other_skills) <= 2000);
ALTER TABLE case_access_log DROP CONSTRAINT case_access_log_action_check;
ALTER TABLE case_access_log ADD CONSTRAINT case_access_log_action_check
  CHECK (action IN ('create', 'list', 'read', 'reveal-identity-number', 'read-access-log', 'read-consents', 'consent-recorded', 'consent-withdrawn', 'export',
    'plan-revised', 'decision-recorded', 'attendance-recorded', 'exit-recorded', 'read-benefit', 'report-export',
    'invitation-created', 'account-linked', 'health-note-written', 'reveal-health-notes',
    'skills-profile-read', 'skills-profile-saved', 'skills-profile-deleted'));
