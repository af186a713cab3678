-- One-to-one guidance for labour migrants and families (issue 13, seed 002, seed 000 §5): an
-- enquiry from the public contact form, a walk-in or another module (`source`) waits in the
-- municipality's queue, becomes a guidance case when a coordinator takes it, and ends closed with an outcome.
CREATE TABLE guidance_cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_number text NOT NULL REFERENCES municipalities (number),
  source text NOT NULL CHECK (source IN ('public-form', 'walk-in', 'employer-notice')),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  -- A phone number or e-mail address the person gave; may be empty for a walk-in.
  contact text NOT NULL DEFAULT '' CHECK (length(contact) <= 200),
  -- The language the person needs (BCP 47), shown in the queue.
  language text NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
  question text NOT NULL DEFAULT '' CHECK (length(question) <= 4000),
  -- The arrival-plan questionnaire's coarse answers (birth year, arrival month, basis, citizenship).
  plan_answers jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'closed')),
  received_at timestamptz NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  coordinator_id uuid REFERENCES users (id) ON DELETE SET NULL,
  taken_at timestamptz,
  next_meeting_starts_at timestamptz,
  next_meeting_ends_at timestamptz,
  next_meeting_place text CHECK (length(next_meeting_place) <= 200),
  outcome text CHECK (outcome IN ('resolved', 'referred', 'no-contact', 'moved', 'other')),
  outcome_note text CHECK (length(outcome_note) <= 2000),
  closed_at timestamptz,
  CHECK ((status = 'closed') = (outcome IS NOT NULL AND closed_at IS NOT NULL)),
  CHECK (next_meeting_ends_at IS NULL OR next_meeting_ends_at > next_meeting_starts_at)
);
CREATE INDEX guidance_cases_queue ON guidance_cases (municipality_number, status, received_at);

CREATE TABLE guidance_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES guidance_cases (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  author_name text NOT NULL,
  text text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 4000)
);
CREATE INDEX guidance_notes_case ON guidance_notes (case_id, at);

CREATE TABLE guidance_referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES guidance_cases (id) ON DELETE CASCADE,
  service_id uuid NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  referred_by uuid REFERENCES users (id) ON DELETE SET NULL,
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  UNIQUE (case_id, service_id)
);
