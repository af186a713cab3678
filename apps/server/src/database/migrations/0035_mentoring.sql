-- Mentor programmes (seed 002, the Vesterålen mentor network): a municipality runs cohorts of
-- about 8 months; volunteers sign up as mentors, the coordinator records mentees, pairs are
-- confirmed from an explained proposal, and the pair logs its meetings.
CREATE TABLE mentor_cohorts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_number text NOT NULL REFERENCES municipalities (number),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 3 AND 200),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  -- Mentors show a police certificate (politiattest) before they are paired, where the municipality requires it.
  police_certificate_required boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on > starts_on)
);
CREATE INDEX mentor_cohorts_municipality ON mentor_cohorts (municipality_number);

-- The start, mid-way and closing seminars, as events of the events module.
CREATE TABLE mentor_seminars (
  cohort_id uuid NOT NULL REFERENCES mentor_cohorts (id) ON DELETE CASCADE,
  stage text NOT NULL CHECK (stage IN ('start', 'midway', 'closing')),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  PRIMARY KEY (cohort_id, stage)
);

-- A volunteer's place in one cohort, with the volunteer terms they accepted.
CREATE TABLE mentors (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cohort_id uuid NOT NULL REFERENCES mentor_cohorts (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  first_name text NOT NULL CHECK (length(btrim(first_name)) BETWEEN 1 AND 100),
  phone text CHECK (length(phone) <= 40),
  interests text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  municipality_number text NOT NULL REFERENCES municipalities (number),
  gender text NOT NULL CHECK (gender IN ('woman', 'man', 'unspecified')),
  gender_preference text NOT NULL CHECK (gender_preference IN ('any', 'woman', 'man')),
  availability text[] NOT NULL DEFAULT '{}',
  terms_version text NOT NULL,
  terms_accepted_at timestamptz NOT NULL,
  police_certificate_seen_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (cohort_id, user_id)
);

-- A newcomer in a cohort, recorded by the coordinator with the newcomer's consent.
CREATE TABLE mentees (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cohort_id uuid NOT NULL REFERENCES mentor_cohorts (id) ON DELETE CASCADE,
  first_name text NOT NULL CHECK (length(btrim(first_name)) BETWEEN 1 AND 100),
  phone text CHECK (length(phone) <= 40),
  email text CHECK (length(email) <= 254),
  interests text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  municipality_number text NOT NULL REFERENCES municipalities (number),
  gender text NOT NULL CHECK (gender IN ('woman', 'man', 'unspecified')),
  gender_preference text NOT NULL CHECK (gender_preference IN ('any', 'woman', 'man')),
  availability text[] NOT NULL DEFAULT '{}',
  consent_given_on date NOT NULL,
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mentees_cohort ON mentees (cohort_id);

-- A confirmed pair, with the score per criterion it had when confirmed (the explanation stays).
CREATE TABLE mentor_pairs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cohort_id uuid NOT NULL REFERENCES mentor_cohorts (id) ON DELETE CASCADE,
  mentor_id uuid NOT NULL UNIQUE REFERENCES mentors (id) ON DELETE CASCADE,
  mentee_id uuid NOT NULL UNIQUE REFERENCES mentees (id) ON DELETE CASCADE,
  score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
  points jsonb NOT NULL,
  -- The coordinator chose another mentee than the one proposed.
  changed_from_proposal boolean NOT NULL DEFAULT false,
  confirmed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  confirmed_at timestamptz NOT NULL
);
CREATE INDEX mentor_pairs_cohort ON mentor_pairs (cohort_id);

CREATE TABLE mentor_meetings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pair_id uuid NOT NULL REFERENCES mentor_pairs (id) ON DELETE CASCADE,
  met_on date NOT NULL,
  minutes integer NOT NULL CHECK (minutes BETWEEN 15 AND 720),
  topic text NOT NULL CHECK (length(btrim(topic)) BETWEEN 1 AND 200),
  logged_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mentor_meetings_pair ON mentor_meetings (pair_id, met_on);

-- The closing questionnaire, once per side of a pair; only its summary per cohort is shown.
CREATE TABLE mentor_feedback (
  pair_id uuid NOT NULL REFERENCES mentor_pairs (id) ON DELETE CASCADE,
  side text NOT NULL CHECK (side IN ('mentor', 'mentee')),
  usefulness smallint NOT NULL CHECK (usefulness BETWEEN 1 AND 5),
  met_often_enough boolean NOT NULL,
  would_recommend boolean NOT NULL,
  submitted_at timestamptz NOT NULL,
  PRIMARY KEY (pair_id, side)
);
