-- Settlement of refugees (Meld. St. 17 (2023–2024) ch. 7): the yearly request cycle between IMDi,
-- the counties and the municipalities; households ready for settlement with their mapping; matching
-- runs and their proposals; enquiries, answers and IMDi's decisions. Every change of state is a new
-- row (the latest row counts), so the whole history stays and can be audited.

-- A settlement year, opened by IMDi with the national need (anmodningstall).
CREATE TABLE settlement_years (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  national_need integer NOT NULL CHECK (national_need >= 0),
  national_need_minors integer NOT NULL DEFAULT 0 CHECK (national_need_minors >= 0),
  opened_by uuid REFERENCES users (id) ON DELETE SET NULL,
  opened_at timestamptz NOT NULL DEFAULT now()
);

-- The weights of the score, per year; the newest row is in force, older rows are the history.
CREATE TABLE settlement_weights (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  year integer NOT NULL REFERENCES settlement_years (year),
  weights jsonb NOT NULL,
  set_by uuid REFERENCES users (id) ON DELETE SET NULL,
  set_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX settlement_weights_year ON settlement_weights (year, id);

-- The county's recommendation of how many the municipalities of the county should settle.
CREATE TABLE settlement_county_recommendations (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  year integer NOT NULL REFERENCES settlement_years (year),
  county_number text NOT NULL REFERENCES counties (number),
  persons integer NOT NULL CHECK (persons >= 0),
  unaccompanied_minors integer NOT NULL DEFAULT 0 CHECK (unaccompanied_minors >= 0),
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX settlement_county_recommendations_year ON settlement_county_recommendations (year, county_number, id);

-- IMDi's request (anmodning) to a municipality.
CREATE TABLE settlement_requests (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  year integer NOT NULL REFERENCES settlement_years (year),
  municipality_number text NOT NULL REFERENCES municipalities (number),
  persons integer NOT NULL CHECK (persons >= 0),
  unaccompanied_minors integer NOT NULL DEFAULT 0 CHECK (unaccompanied_minors >= 0 AND unaccompanied_minors <= persons),
  sent_by uuid REFERENCES users (id) ON DELETE SET NULL,
  sent_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX settlement_requests_year ON settlement_requests (year, municipality_number, id);

-- The municipality's political decision (vedtak) on its capacity, by dimension.
CREATE TABLE settlement_decisions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  year integer NOT NULL REFERENCES settlement_years (year),
  municipality_number text NOT NULL REFERENCES municipalities (number),
  persons integer NOT NULL CHECK (persons >= 0),
  unaccompanied_minors integer NOT NULL DEFAULT 0 CHECK (unaccompanied_minors >= 0 AND unaccompanied_minors <= persons),
  wheelchair_homes integer NOT NULL DEFAULT 0 CHECK (wheelchair_homes >= 0),
  -- The municipality can offer adapted health and care services (seed ch. 7.4.4).
  health_services boolean NOT NULL DEFAULT false,
  decided_on date NOT NULL,
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX settlement_decisions_year ON settlement_decisions (year, municipality_number, id);

-- A household ready for settlement (bosettingsklar). Sensitive personal data: see the README.
CREATE TABLE settlement_households (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL UNIQUE CHECK (length(reference) BETWEEN 1 AND 40),
  protection text NOT NULL CHECK (protection IN ('asylum', 'resettlement', 'collective')),
  ready_on date NOT NULL,
  needs_health_services boolean NOT NULL DEFAULT false,
  needs_wheelchair_home boolean NOT NULL DEFAULT false,
  registered_by uuid REFERENCES users (id) ON DELETE SET NULL,
  registered_at timestamptz NOT NULL DEFAULT now()
);

-- Members, with the skills mapping of adults 18–55 (integreringsloven; seed ch. 7.3.2). The
-- simplified mapping for collective protection adds driving licence and car.
CREATE TABLE settlement_members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  household_id uuid NOT NULL REFERENCES settlement_households (id) ON DELETE CASCADE,
  position smallint NOT NULL CHECK (position >= 1),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  birth_year integer NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
  relation text NOT NULL CHECK (relation IN ('main', 'spouse', 'child', 'other')),
  mapping text CHECK (mapping IN ('full', 'simplified')),
  languages text[] NOT NULL DEFAULT '{}',
  norwegian_level text CHECK (norwegian_level IN ('none', 'basic', 'good')),
  english_level text CHECK (english_level IN ('none', 'basic', 'good')),
  digital_skills text CHECK (digital_skills IN ('none', 'basic', 'good')),
  education text CHECK (education IN ('none', 'primary', 'secondary', 'vocational', 'higher')),
  work_sector text CHECK (work_sector IN ('none', 'agriculture', 'fishery', 'industry', 'construction', 'health', 'teaching', 'service', 'transport', 'office')),
  work_years integer CHECK (work_years BETWEEN 0 AND 70),
  other_skills text,
  driving_licence boolean,
  has_car boolean,
  UNIQUE (household_id, position)
);

-- Family ties or a network in a municipality.
CREATE TABLE settlement_ties (
  household_id uuid NOT NULL REFERENCES settlement_households (id) ON DELETE CASCADE,
  municipality_number text NOT NULL REFERENCES municipalities (number),
  kind text NOT NULL CHECK (kind IN ('family', 'network')),
  PRIMARY KEY (household_id, municipality_number)
);

-- A matching run: what went in (summary and weights) and what the optimizer answered.
CREATE TABLE settlement_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL REFERENCES settlement_years (year),
  started_by uuid REFERENCES users (id) ON DELETE SET NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  weights jsonb NOT NULL,
  inputs jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('optimal', 'feasible', 'infeasible')),
  objective double precision NOT NULL,
  bound double precision NOT NULL,
  gap double precision NOT NULL,
  solve_seconds double precision NOT NULL,
  time_limit_seconds double precision NOT NULL,
  placed integer NOT NULL,
  unplaced integer NOT NULL
);
CREATE INDEX settlement_runs_year ON settlement_runs (year, started_at);

-- One proposal per household of a run (municipality NULL: left unplaced), with its explanation.
CREATE TABLE settlement_proposals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  run_id uuid NOT NULL REFERENCES settlement_runs (id) ON DELETE CASCADE,
  household_id uuid NOT NULL REFERENCES settlement_households (id) ON DELETE CASCADE,
  municipality_number text REFERENCES municipalities (number),
  score double precision,
  explanation jsonb NOT NULL,
  UNIQUE (run_id, household_id)
);
CREATE INDEX settlement_proposals_household ON settlement_proposals (household_id);

-- A case worker chose another candidate than proposed; the reason is mandatory.
CREATE TABLE settlement_overrides (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  proposal_id uuid NOT NULL REFERENCES settlement_proposals (id) ON DELETE CASCADE,
  municipality_number text NOT NULL REFERENCES municipalities (number),
  reason text NOT NULL CHECK (length(btrim(reason)) >= 3),
  overridden_by uuid REFERENCES users (id) ON DELETE SET NULL,
  overridden_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX settlement_overrides_proposal ON settlement_overrides (proposal_id, id);

-- IMDi's enquiry (forespørsel) to a municipality about one household.
CREATE TABLE settlement_enquiries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year integer NOT NULL REFERENCES settlement_years (year),
  household_id uuid NOT NULL REFERENCES settlement_households (id) ON DELETE CASCADE,
  municipality_number text NOT NULL REFERENCES municipalities (number),
  proposal_id uuid REFERENCES settlement_proposals (id) ON DELETE SET NULL,
  override_id bigint REFERENCES settlement_overrides (id) ON DELETE SET NULL,
  persons integer NOT NULL CHECK (persons >= 1),
  unaccompanied_minors integer NOT NULL CHECK (unaccompanied_minors >= 0),
  wheelchair_homes integer NOT NULL CHECK (wheelchair_homes >= 0),
  sent_by uuid REFERENCES users (id) ON DELETE SET NULL,
  sent_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX settlement_enquiries_household ON settlement_enquiries (household_id);
CREATE INDEX settlement_enquiries_municipality ON settlement_enquiries (year, municipality_number);

-- The municipality's answer; a refusal must give its reason (seed ch. 7.2.2). One answer per enquiry.
CREATE TABLE settlement_answers (
  enquiry_id uuid PRIMARY KEY REFERENCES settlement_enquiries (id) ON DELETE CASCADE,
  answer text NOT NULL CHECK (answer IN ('accepted', 'refused')),
  reason text,
  answered_by uuid REFERENCES users (id) ON DELETE SET NULL,
  answered_at timestamptz NOT NULL DEFAULT now(),
  CHECK (answer = 'accepted' OR length(btrim(coalesce(reason, ''))) >= 3)
);

-- IMDi's decision (vedtak om bosetting): the household is settled in the municipality that accepted.
CREATE TABLE settlement_placements (
  household_id uuid PRIMARY KEY REFERENCES settlement_households (id) ON DELETE CASCADE,
  year integer NOT NULL REFERENCES settlement_years (year),
  municipality_number text NOT NULL REFERENCES municipalities (number),
  enquiry_id uuid NOT NULL UNIQUE REFERENCES settlement_enquiries (id) ON DELETE CASCADE,
  decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
  decided_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX settlement_placements_year ON settlement_placements (year, municipality_number);
