-- Employers (issue 18): an organisation signs up with its organisation number and a contact
-- person; a municipality administrator where it has a workplace approves it. Its users are linked
-- to it; each workplace municipality names one fixed contact (a coordinator) for it.
CREATE TABLE employers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_number text NOT NULL UNIQUE CHECK (organisation_number ~ '^[0-9]{9}$'),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
  contact_name text NOT NULL CHECK (length(btrim(contact_name)) BETWEEN 2 AND 200),
  contact_email text NOT NULL CHECK (contact_email = lower(contact_email)),
  contact_phone text,
  language text NOT NULL DEFAULT 'nb',
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved')),
  approved_by uuid REFERENCES users (id) ON DELETE SET NULL,
  approved_at timestamptz,
  created_at timestamptz NOT NULL,
  CHECK ((status = 'approved') = (approved_at IS NOT NULL))
);

CREATE TABLE employer_workplaces (
  employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
  municipality_number text NOT NULL REFERENCES municipalities (number),
  -- The employer's one fixed contact in this municipality (seed 003).
  contact_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  PRIMARY KEY (employer_id, municipality_number)
);
CREATE INDEX employer_workplaces_municipality ON employer_workplaces (municipality_number);

-- A user belongs to at most one employer.
CREATE TABLE employer_users (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL
);
CREATE INDEX employer_users_employer ON employer_users (employer_id);

-- An incoming worker the employer reported, in the list of the workplace municipality.
CREATE TABLE worker_notices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
  municipality_number text NOT NULL REFERENCES municipalities (number),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
  email text CHECK (email = lower(email)),
  phone text,
  citizenship text NOT NULL CHECK (citizenship ~ '^[A-Z]{2}$'),
  residence_basis text NOT NULL,
  start_date date NOT NULL,
  planned_stay text NOT NULL CHECK (planned_stay IN ('under-3', '3-6', '6-12', 'long')),
  language text NOT NULL CHECK (language IN ('nb', 'nn', 'en', 'uk', 'pl', 'ar')),
  family_coming boolean NOT NULL,
  reported_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
CREATE INDEX worker_notices_municipality ON worker_notices (municipality_number, start_date);
CREATE INDEX worker_notices_employer ON worker_notices (employer_id, start_date);
