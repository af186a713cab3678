-- Corrections of Norwegian-training records (issue 13): a test result, an exemption or hours changed
-- or removed, with what it was, what it became and why. The record itself is changed in place; this
-- is its history, which the learner's page shows.
CREATE TABLE training_corrections (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  learner_id uuid NOT NULL REFERENCES training_learners (id) ON DELETE CASCADE,
  record_kind text NOT NULL CHECK (record_kind IN ('result', 'exemption', 'hours')),
  -- No foreign key: a removed record is gone, its history stays.
  record_id uuid NOT NULL,
  change text NOT NULL CHECK (change IN ('changed', 'removed')),
  before jsonb NOT NULL,
  after jsonb,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  corrected_by uuid REFERENCES users (id) ON DELETE SET NULL,
  corrected_at timestamptz NOT NULL,
  CHECK ((change = 'removed') = (after IS NULL))
);
CREATE INDEX training_corrections_learner ON training_corrections (learner_id, corrected_at);
