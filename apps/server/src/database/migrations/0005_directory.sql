-- The directory: services and contact points a newcomer needs (NAV, Skatteetaten/SUA, police,
-- health, school, library, volunteer centre, language café …), each run for one municipality or
-- for a region. A national body's local office (NAV Frøya) names that body as its provider.
CREATE TABLE directory_services (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_number text REFERENCES municipalities (number),
  region_id text REFERENCES regions (id) ON DELETE CASCADE,
  category text NOT NULL CHECK (category IN (
    'service-centre', 'nav', 'tax', 'police', 'doctor', 'emergency-clinic', 'child-health', 'school',
    'kindergarten', 'adult-education', 'library', 'volunteer-centre', 'language-cafe', 'other'
  )),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
  provider text CHECK (char_length(provider) BETWEEN 1 AND 120),
  street_address text CHECK (char_length(street_address) BETWEEN 1 AND 200),
  postal_code text CHECK (postal_code ~ '^[0-9]{4}$'),
  postal_town text CHECK (char_length(postal_town) BETWEEN 1 AND 80),
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  phone text CHECK (phone ~ '^\+?[0-9 ]{3,20}$'),
  email text CHECK (char_length(email) BETWEEN 3 AND 200),
  booking_url text CHECK (booking_url ~ '^https?://'),
  website text CHECK (website ~ '^https?://'),
  -- Languages the staff can speak with visitors, as ISO 639 codes (nb, en, pl, so …).
  languages text[] NOT NULL DEFAULT '{}',
  wheelchair_access text NOT NULL DEFAULT 'unknown' CHECK (wheelchair_access IN ('yes', 'partly', 'no', 'unknown')),
  -- Null: not known.
  hearing_loop boolean,
  closed_on_public_holidays boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((municipality_number IS NULL) <> (region_id IS NULL)),
  CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX directory_services_municipality ON directory_services (municipality_number);
CREATE INDEX directory_services_region ON directory_services (region_id);

-- What a service says about itself, per language: a description (Markdown, sanitised when shown),
-- how to get there, and notes on accessibility.
CREATE TABLE directory_service_texts (
  service_id uuid NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
  language text NOT NULL CHECK (language IN ('nb', 'nn', 'en', 'uk', 'pl', 'ar')),
  description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 5000),
  directions text NOT NULL DEFAULT '' CHECK (char_length(directions) <= 1000),
  accessibility_note text NOT NULL DEFAULT '' CHECK (char_length(accessibility_note) <= 1000),
  PRIMARY KEY (service_id, language)
);

-- Regular weekly hours: several intervals a day, Norwegian wall-clock time, ISO weekday (1 = Monday).
CREATE TABLE directory_opening_hours (
  service_id uuid NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
  weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  opens text NOT NULL CHECK (opens ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  closes text NOT NULL CHECK (closes ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'),
  CHECK (opens COLLATE "C" < closes COLLATE "C"),
  PRIMARY KEY (service_id, weekday, opens)
);

-- Days that differ from the weekly hours: closed (no times) or special hours, for one date or a run of dates.
CREATE TABLE directory_hour_exceptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service_id uuid NOT NULL REFERENCES directory_services (id) ON DELETE CASCADE,
  first_date date NOT NULL,
  last_date date NOT NULL,
  opens text CHECK (opens ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  closes text CHECK (closes ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'),
  CHECK (first_date <= last_date),
  CHECK ((opens IS NULL) = (closes IS NULL)),
  CHECK (opens COLLATE "C" < closes COLLATE "C")
);
CREATE INDEX directory_hour_exceptions_service ON directory_hour_exceptions (service_id, first_date);
