-- Hours attended in Norwegian training and social studies, per learner, per week or per session
-- (issue 13). The social-studies hours typed on the enrolment form until now become one row each
-- ('earlier'), so the total is always the sum of the rows.
CREATE TABLE training_attendance (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  learner_id uuid NOT NULL REFERENCES training_learners (id) ON DELETE CASCADE,
  subject text NOT NULL CHECK (subject IN ('norwegian', 'social-studies')),
  -- A week is recorded on its Monday, a session on its day, hours done earlier on the day they were recorded.
  period text NOT NULL CHECK (period IN ('week', 'session', 'earlier')),
  on_date date NOT NULL,
  -- Quarter hours, in minutes as the cases module keeps them; a session at most a day, a week at most its 168 hours.
  minutes integer NOT NULL CHECK (minutes > 0 AND minutes % 15 = 0 AND minutes <= 60 * CASE period WHEN 'week' THEN 168 WHEN 'session' THEN 24 ELSE 500 END),
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL
);
CREATE INDEX training_attendance_learner ON training_attendance (learner_id, on_date);

INSERT INTO training_attendance (learner_id, subject, period, on_date, minutes, recorded_by, recorded_at)
SELECT id, 'social-studies', 'earlier', coalesce(enrolled_on, arrival_date), social_studies_hours * 60, created_by, created_at
FROM training_learners WHERE social_studies_hours > 0;
ALTER TABLE training_learners DROP COLUMN social_studies_hours;

-- Retention (training-retention.ts): when a learner's record was anonymised.
ALTER TABLE training_learners ADD COLUMN anonymised_at timestamptz;
