-- Case work in the introduction programme (issue 13): where a participant came from, the
-- integration plan in versions, decisions with dates, attendance by week, absence, and the exit.

-- Where the record came from: typed in, a settled household's member (whose skills mapping is
-- copied, so it stays when the settlement data goes), or a newcomer's saved plan shared with consent.
ALTER TABLE case_participants ADD COLUMN source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'settlement', 'saved-plan'));
ALTER TABLE case_participants ADD COLUMN source_member_id uuid UNIQUE REFERENCES settlement_members (id) ON DELETE SET NULL;
ALTER TABLE case_participants ADD COLUMN skills jsonb;
ALTER TABLE case_participants ADD COLUMN arrival_date date;
ALTER TABLE case_participants ADD COLUMN lives_with_parents boolean NOT NULL DEFAULT false;
ALTER TABLE case_participants ADD COLUMN children_birth_dates jsonb NOT NULL DEFAULT '[]';

-- The integration plan: every revision is a new version with its reason; the newest is in force.
CREATE TABLE case_plan_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES case_participants (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  goal text NOT NULL CHECK (goal IN ('work', 'upper-secondary', 'upper-secondary-partial', 'higher-education', 'other')),
  goal_text text NOT NULL DEFAULT '' CHECK (length(goal_text) <= 500),
  reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
  valid_from date NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (participant_id, version)
);

-- Minutes a week per element, so hours like 7.5 stay exact on both engines.
CREATE TABLE case_plan_elements (
  plan_version_id uuid NOT NULL REFERENCES case_plan_versions (id) ON DELETE CASCADE,
  element text NOT NULL CHECK (element IN ('norwegian', 'social-studies', 'life-skills', 'parental-guidance', 'work-practice', 'education')),
  minutes_per_week integer NOT NULL CHECK (minutes_per_week BETWEEN 1 AND 10080),
  PRIMARY KEY (plan_version_id, element)
);

CREATE TABLE case_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES case_participants (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('start', 'leave', 'extension', 'stop', 'end')),
  decided_on date NOT NULL,
  from_date date NOT NULL,
  -- The last day of a leave; NULL for the others.
  to_date date,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  CHECK (to_date IS NULL OR to_date >= from_date),
  CHECK ((kind = 'leave') = (to_date IS NOT NULL))
);
CREATE INDEX case_decisions_participant ON case_decisions (participant_id, from_date);
-- One start per participant.
CREATE UNIQUE INDEX case_decisions_one_start ON case_decisions (participant_id) WHERE kind = 'start';

-- Hours attended per element in a week (week_start is a Monday).
CREATE TABLE case_attendance (
  participant_id uuid NOT NULL REFERENCES case_participants (id) ON DELETE CASCADE,
  week_start date NOT NULL,
  element text NOT NULL CHECK (element IN ('norwegian', 'social-studies', 'life-skills', 'parental-guidance', 'work-practice', 'education')),
  minutes integer NOT NULL CHECK (minutes BETWEEN 0 AND 10080),
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (participant_id, week_start, element)
);

CREATE TABLE case_absences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES case_participants (id) ON DELETE CASCADE,
  on_date date NOT NULL,
  minutes integer NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  -- Valid: illness or another compelling welfare reason, or permitted; invalid reduces the benefit.
  valid boolean NOT NULL,
  reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL
);
CREATE INDEX case_absences_participant ON case_absences (participant_id, on_date);

CREATE TABLE case_exits (
  participant_id uuid PRIMARY KEY REFERENCES case_participants (id) ON DELETE CASCADE,
  outcome text NOT NULL CHECK (outcome IN ('work', 'education', 'other')),
  exit_date date NOT NULL,
  follow_up_1 text CHECK (follow_up_1 IN ('work', 'education', 'other', 'unknown')),
  follow_up_12 text CHECK (follow_up_12 IN ('work', 'education', 'other', 'unknown')),
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL
);

ALTER TABLE case_access_log DROP CONSTRAINT case_access_log_action_check;
ALTER TABLE case_access_log ADD CONSTRAINT case_access_log_action_check
  CHECK (action IN ('create', 'list', 'read', 'reveal-identity-number', 'read-access-log', 'read-consents', 'consent-recorded', 'consent-withdrawn', 'export',
    'plan-revised', 'decision-recorded', 'attendance-recorded', 'exit-recorded', 'read-benefit', 'report-export'));
