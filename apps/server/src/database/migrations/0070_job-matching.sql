-- Job matching (issue 19, seeds 003 and 004): approved employers' openings, their requests to get
-- in touch with a pseudonymous candidate, and job fairs (an event kind with employers' stands).

-- An opening of an approved employer. Languages: [{"code": "en", "level": "B2"}]; Norwegian per
-- skill: {"listening": "B1", "reading": null, ...} or NULL when no Norwegian is asked for.
CREATE TABLE job_openings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
  title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
  -- STYRK-08 unit group (four digits), chosen from the recognition module's occupations.
  occupation_code text NOT NULL CHECK (occupation_code ~ '^[0-9]{4}$'),
  municipality_number text NOT NULL REFERENCES municipalities (number),
  hours_per_week integer NOT NULL CHECK (hours_per_week BETWEEN 1 AND 60),
  languages jsonb NOT NULL DEFAULT '[]',
  norwegian jsonb,
  driving_licence text CHECK (length(driving_licence) BETWEEN 1 AND 3),
  certificate text CHECK (length(certificate) BETWEEN 1 AND 200),
  -- A Norwegian authorisation or licence is required (a regulated occupation): a hard filter.
  authorisation_required boolean NOT NULL,
  starts_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX job_openings_employer ON job_openings (employer_id);

-- An employer asks a pseudonymous candidate to get in touch about one opening; name and contact
-- are shown to that employer only once the candidate accepts. Opting out of matching deletes them.
CREATE TABLE job_contact_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  opening_id uuid NOT NULL REFERENCES job_openings (id) ON DELETE CASCADE,
  employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
  profile_id uuid NOT NULL REFERENCES skills_profiles (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
  requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  answered_at timestamptz,
  UNIQUE (opening_id, profile_id)
);
CREATE INDEX job_contact_requests_profile ON job_contact_requests (profile_id);
CREATE INDEX job_contact_requests_employer ON job_contact_requests (employer_id, profile_id);

-- Job fairs are events of their own kind.
ALTER TABLE events DROP CONSTRAINT events_kind_check;
ALTER TABLE events ADD CONSTRAINT events_kind_check CHECK (kind IN ('welcome-meeting', 'newcomer-party', 'theme-evening', 'language-cafe', 'drop-in', 'job-fair', 'other'));

-- An approved employer's stand at a job fair, and the openings it brings there.
CREATE TABLE job_fair_stands (
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (event_id, employer_id)
);
CREATE TABLE job_fair_openings (
  event_id uuid NOT NULL,
  employer_id uuid NOT NULL,
  opening_id uuid NOT NULL REFERENCES job_openings (id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, opening_id),
  FOREIGN KEY (event_id, employer_id) REFERENCES job_fair_stands (event_id, employer_id) ON DELETE CASCADE
);
