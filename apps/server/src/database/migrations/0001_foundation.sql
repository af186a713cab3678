-- Reference data: counties and municipalities (2024 numbering), and intermunicipal regions.
CREATE TABLE counties (
  number text PRIMARY KEY CHECK (number ~ '^[0-9]{2}$'),
  name text NOT NULL
);

CREATE TABLE municipalities (
  number text PRIMARY KEY CHECK (number ~ '^[0-9]{4}$'),
  name text NOT NULL,
  county_number text NOT NULL REFERENCES counties (number),
  population integer NOT NULL CHECK (population >= 0)
);
CREATE INDEX municipalities_county ON municipalities (county_number);

-- A region is a group of municipalities that run a welcome service or other work together.
CREATE TABLE regions (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]+$'),
  name text NOT NULL,
  county_number text NOT NULL REFERENCES counties (number)
);

CREATE TABLE region_municipalities (
  region_id text NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  municipality_number text NOT NULL REFERENCES municipalities (number),
  PRIMARY KEY (region_id, municipality_number)
);

-- A welcome service (velkomsttilbud, seed 000) run by one municipality or by a region.
CREATE TABLE welcome_services (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  municipality_number text REFERENCES municipalities (number),
  region_id text REFERENCES regions (id),
  email text,
  phone text,
  address text,
  website text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((municipality_number IS NULL) <> (region_id IS NULL))
);

-- Staff accounts.
CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE CHECK (email = lower(email)),
  name text NOT NULL,
  password_hash text,
  totp_secret text,
  totp_enabled boolean NOT NULL DEFAULT false,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE role_assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('national-admin', 'municipality-admin', 'editor', 'coordinator', 'employer', 'volunteer')),
  scope_kind text NOT NULL CHECK (scope_kind IN ('national', 'county', 'region', 'municipality')),
  scope_id text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((scope_kind = 'national') = (scope_id = '')),
  UNIQUE (user_id, role, scope_kind, scope_id)
);

-- Only a hash of the session token is stored, so a database leak does not hand out sessions.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  second_factor_pending boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Password resets and invitations: single-use, hashed, expiring.
CREATE TABLE one_time_tokens (
  token_hash text PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('password-reset', 'invitation')),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- Login throttling lives in the database so that every app instance sees the same count.
CREATE TABLE login_attempts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  ip text NOT NULL,
  succeeded boolean NOT NULL,
  attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempts_ip_time ON login_attempts (ip, attempted_at);

-- Who did what to whom: staff administration now, access to personal data in later modules.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  ip text
);
CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id);
