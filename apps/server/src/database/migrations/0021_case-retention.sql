-- Case work retention (issue 13): when a participant's record was anonymised, so the job touches it once.
ALTER TABLE case_participants ADD COLUMN anonymised_at timestamptz;
