-- Meeting places and events (seed 000 §4.1, seed 002 "Ny i Norge"): welcome meetings, an
-- innflytterfest, theme evenings and language cafés, with sign-up per occurrence.

-- A physical meeting place a municipality uses again and again (library, volunteer centre).
CREATE TABLE meeting_places (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_number text NOT NULL REFERENCES municipalities (number),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  address text NOT NULL CHECK (length(address) BETWEEN 1 AND 300),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meeting_places_municipality ON meeting_places (municipality_number);

-- An event belongs to one municipality or one region. starts_at/ends_at are the first occurrence;
-- a recurring event repeats by `recurrence` (an RFC 5545 RRULE value, wall-clock time in Europe/Oslo).
CREATE TABLE events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_number text REFERENCES municipalities (number),
  region_id text REFERENCES regions (id),
  kind text NOT NULL CHECK (kind IN ('welcome-meeting', 'newcomer-party', 'theme-evening', 'language-cafe', 'drop-in', 'other')),
  meeting_place_id uuid REFERENCES meeting_places (id),
  place_name text CHECK (length(place_name) BETWEEN 1 AND 200),
  address text CHECK (length(address) BETWEEN 1 AND 300),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  recurrence text CHECK (length(recurrence) BETWEEN 1 AND 300),
  languages text[] NOT NULL DEFAULT '{}',
  target_group text NOT NULL CHECK (target_group IN ('everyone', 'newcomers', 'families', 'women', 'youth', 'job-seekers')),
  organiser_name text NOT NULL CHECK (length(organiser_name) BETWEEN 1 AND 200),
  organiser_kind text NOT NULL CHECK (organiser_kind IN ('welcome-service', 'municipality', 'volunteer-organisation', 'employer', 'other')),
  signup_enabled boolean NOT NULL DEFAULT true,
  capacity integer CHECK (capacity BETWEEN 1 AND 10000),
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
  -- iCalendar SEQUENCE: goes up with every change, so calendar apps replace their copy.
  sequence integer NOT NULL DEFAULT 0,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((municipality_number IS NULL) <> (region_id IS NULL)),
  CHECK (meeting_place_id IS NOT NULL OR address IS NOT NULL),
  CHECK (ends_at > starts_at),
  CHECK (capacity IS NULL OR signup_enabled)
);
CREATE INDEX events_municipality ON events (municipality_number);
CREATE INDEX events_region ON events (region_id);

-- Title and description (Markdown, rendered sanitised) per language; bokmål is required by the app.
CREATE TABLE event_texts (
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  language text NOT NULL CHECK (language IN ('nb', 'nn', 'en', 'uk', 'pl', 'ar')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
  PRIMARY KEY (event_id, language)
);

-- One date of an event, stored once someone signs up for it or it is cancelled (an exception to
-- the rule); sign-ups lock this row, so two people cannot both take the last seat.
CREATE TABLE event_occurrences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  occurs_on date NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  cancelled boolean NOT NULL DEFAULT false,
  UNIQUE (event_id, occurs_on),
  CHECK (ends_at > starts_at)
);
CREATE INDEX event_occurrences_start ON event_occurrences (starts_at);

-- A sign-up for one occurrence. Personal data: kept until 30 days after the occurrence, then
-- deleted by the reminder job; emptied at once when the person cancels. Only a hash of the
-- single-use cancel link is stored.
CREATE TABLE event_signups (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  occurrence_id uuid NOT NULL REFERENCES event_occurrences (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('confirmed', 'waiting', 'cancelled')),
  name text CHECK (length(name) BETWEEN 1 AND 200),
  email text CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  party_size integer NOT NULL DEFAULT 1 CHECK (party_size BETWEEN 1 AND 10),
  language text NOT NULL CHECK (language IN ('nb', 'nn', 'en', 'uk', 'pl', 'ar')),
  preferred_language text CHECK (length(preferred_language) BETWEEN 1 AND 100),
  consented_at timestamptz NOT NULL,
  cancel_token_hash text UNIQUE,
  reminder_sent_at timestamptz,
  promoted_at timestamptz,
  cancelled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'cancelled' OR (name IS NOT NULL AND email IS NOT NULL))
);
CREATE INDEX event_signups_occurrence ON event_signups (occurrence_id, status, seq);
CREATE UNIQUE INDEX event_signups_one_per_address ON event_signups (occurrence_id, email) WHERE status <> 'cancelled';
CREATE INDEX event_signups_reminder_due ON event_signups (occurrence_id) WHERE status = 'confirmed' AND reminder_sent_at IS NULL;
