-- Interpreters (issue 13, seed 001 ch. 17, seed 000 §4.6, the Interpreting Act): a list per
-- municipality or region, and bookings for a guidance meeting or an event.
CREATE TABLE interpreters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_number text REFERENCES municipalities (number),
  region_id text REFERENCES regions (id),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  -- Kept to refuse a child as interpreter (tolkeloven § 4) on the day of each assignment.
  birth_date date NOT NULL,
  languages jsonb NOT NULL CHECK (jsonb_typeof(languages) = 'array' AND jsonb_array_length(languages) > 0),
  -- The category in the National Register of Interpreters, or not-registered.
  qualification text NOT NULL CHECK (qualification IN ('category-1', 'category-2', 'category-3', 'category-4', 'category-5', 'not-registered')),
  phone text NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
  email text NOT NULL DEFAULT '' CHECK (length(email) <= 254),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  CHECK ((municipality_number IS NULL) <> (region_id IS NULL))
);

CREATE TABLE interpreter_bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  interpreter_id uuid NOT NULL REFERENCES interpreters (id) ON DELETE CASCADE,
  guidance_case_id uuid REFERENCES guidance_cases (id) ON DELETE CASCADE,
  event_id uuid REFERENCES events (id) ON DELETE CASCADE,
  language text NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  -- Why an interpreter outside the register was used (the Interpreting Act's exemption, until 31.12.2026).
  exemption_reason text CHECK (length(btrim(exemption_reason)) BETWEEN 1 AND 1000),
  booked_by uuid REFERENCES users (id) ON DELETE SET NULL,
  booked_at timestamptz NOT NULL,
  CHECK ((guidance_case_id IS NULL) <> (event_id IS NULL)),
  CHECK (ends_at > starts_at)
);
CREATE INDEX interpreter_bookings_interpreter ON interpreter_bookings (interpreter_id, starts_at);
CREATE INDEX interpreter_bookings_case ON interpreter_bookings (guidance_case_id);
