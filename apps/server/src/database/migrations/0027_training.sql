-- Norwegian training and social studies (issue 13; seed 001 Box 12.1/12.2, Box 13.2): the learners a
-- municipality follows (with a right, a duty or both, or a labour migrant who pays), linked to a
-- participant of the cases module where there is one; test results per skill, exemptions, and
-- social-studies hours.
CREATE TABLE training_learners (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_number text NOT NULL REFERENCES municipalities (number),
  participant_id uuid REFERENCES case_participants (id) ON DELETE SET NULL,
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  birth_date date NOT NULL,
  residence_basis text NOT NULL CHECK (residence_basis ~ '^[a-z][a-z-]{1,39}$'),
  arrival_date date NOT NULL,
  education text NOT NULL CHECK (education IN ('none', 'primary', 'upper-secondary', 'higher')),
  enrolled_on date,
  provider text NOT NULL DEFAULT '' CHECK (length(provider) <= 200),
  social_studies_hours integer NOT NULL DEFAULT 0 CHECK (social_studies_hours BETWEEN 0 AND 500),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  CHECK (arrival_date >= birth_date),
  CHECK (enrolled_on IS NULL OR enrolled_on >= arrival_date)
);
CREATE INDEX training_learners_municipality ON training_learners (municipality_number, name);

CREATE TABLE training_results (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  learner_id uuid NOT NULL REFERENCES training_learners (id) ON DELETE CASCADE,
  skill text NOT NULL CHECK (skill IN ('listening', 'reading', 'writing', 'speaking')),
  level text NOT NULL CHECK (level IN ('below-a1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
  test_name text NOT NULL DEFAULT '' CHECK (length(test_name) <= 200),
  tested_on date NOT NULL,
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL
);
CREATE INDEX training_results_learner ON training_results (learner_id, skill, tested_on);

CREATE TABLE training_exemptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  learner_id uuid NOT NULL REFERENCES training_learners (id) ON DELETE CASCADE,
  subject text NOT NULL CHECK (subject IN ('norwegian', 'social-studies')),
  reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 1000),
  decided_on date NOT NULL,
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL
);
