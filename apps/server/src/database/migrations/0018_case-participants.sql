-- Case work (issue 13): participants of the introduction programme and training, kept by the
-- municipality that follows them up, and a log of every read and change of a participant
-- (who, what, when, why) that the adviser, an auditor and the participant can read.
CREATE TABLE case_participants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_number text NOT NULL REFERENCES municipalities (number),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  birth_date date NOT NULL,
  -- A fødselsnummer or D-number, checked (both check digits) before it is stored; shown only on request.
  identity_number text CHECK (identity_number ~ '^[0-9]{11}$'),
  residence_basis text NOT NULL CHECK (residence_basis ~ '^[a-z][a-z-]{1,39}$'),
  residence_from date,
  residence_until date,
  settlement_date date,
  education text NOT NULL CHECK (education IN ('none', 'primary', 'upper-secondary', 'higher')),
  languages jsonb NOT NULL DEFAULT '[]',
  -- The language an interpreter is needed in; NULL when none is needed.
  interpreter_language text CHECK (interpreter_language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  CHECK (residence_until IS NULL OR residence_from IS NULL OR residence_until >= residence_from),
  CHECK (settlement_date IS NULL OR settlement_date >= birth_date)
);
-- One record per person and municipality.
CREATE UNIQUE INDEX case_participants_identity ON case_participants (municipality_number, identity_number) WHERE identity_number IS NOT NULL;
CREATE INDEX case_participants_municipality ON case_participants (municipality_number, name);

CREATE TABLE case_access_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  participant_id uuid NOT NULL REFERENCES case_participants (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  -- Kept when the account goes, so the participant still sees who read their record.
  actor_name text NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'list', 'read', 'reveal-identity-number', 'read-access-log', 'read-consents', 'consent-recorded', 'consent-withdrawn', 'export')),
  reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
  CHECK (action NOT IN ('reveal-identity-number', 'export') OR length(btrim(reason)) > 0)
);
CREATE INDEX case_access_log_participant ON case_access_log (participant_id, at);
