-- The newcomer team (tilflytterteam, seed 002, issue 18): the agencies of a municipality or a
-- region that work together for newcomers, each with a contact person; the members' events in one
-- calendar; and referrals of a person from a guidance case or a participant to a member, with consent.
CREATE TABLE newcomer_teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_number text UNIQUE REFERENCES municipalities (number),
  region_id text UNIQUE REFERENCES regions (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  CHECK ((municipality_number IS NULL) <> (region_id IS NULL))
);

-- A member agency and its contact person (a work contact, shown on the team's public page).
CREATE TABLE newcomer_team_members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  team_id uuid NOT NULL REFERENCES newcomer_teams (id) ON DELETE CASCADE,
  agency text NOT NULL CHECK (agency IN ('nav', 'tax-office', 'police-service-centre', 'career-centre', 'adult-learning-centre', 'health-centre', 'volunteer-centre', 'refugee-service', 'other')),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  contact_name text NOT NULL CHECK (length(btrim(contact_name)) BETWEEN 1 AND 200),
  contact_email text NOT NULL CHECK (contact_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' AND length(contact_email) <= 254),
  contact_phone text NOT NULL DEFAULT '' CHECK (length(contact_phone) <= 40),
  -- What the member helps newcomers with, as the coordinator wrote it (shown beside the agency's standard text).
  helps_with text NOT NULL DEFAULT '' CHECK (length(helps_with) <= 1000),
  added_by uuid REFERENCES users (id) ON DELETE SET NULL,
  added_at timestamptz NOT NULL,
  UNIQUE (team_id, name)
);

-- An event of the events module that a member holds: it appears in the team's calendar and feed.
CREATE TABLE newcomer_team_events (
  event_id uuid PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
  member_id uuid NOT NULL REFERENCES newcomer_team_members (id) ON DELETE CASCADE,
  tagged_by uuid REFERENCES users (id) ON DELETE SET NULL,
  tagged_at timestamptz NOT NULL
);
CREATE INDEX newcomer_team_events_member ON newcomer_team_events (member_id);

-- A referral of one person to a member. The consent: for a participant, a standing consent record
-- of the cases module (case_consents); a guidance case keeps no sharing consents, so the day the
-- person gave it is recorded here. Only name, contact and purpose are sent to the contact person.
CREATE TABLE newcomer_team_referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  team_id uuid NOT NULL REFERENCES newcomer_teams (id) ON DELETE CASCADE,
  member_id uuid NOT NULL REFERENCES newcomer_team_members (id) ON DELETE CASCADE,
  guidance_case_id uuid REFERENCES guidance_cases (id) ON DELETE CASCADE,
  participant_id uuid REFERENCES case_participants (id) ON DELETE CASCADE,
  case_consent_id uuid REFERENCES case_consents (id) ON DELETE CASCADE,
  consent_given_on date NOT NULL,
  purpose text NOT NULL CHECK (length(btrim(purpose)) BETWEEN 3 AND 500),
  status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'accepted', 'done')),
  referred_by uuid REFERENCES users (id) ON DELETE SET NULL,
  referred_at timestamptz NOT NULL,
  status_changed_at timestamptz NOT NULL,
  CHECK ((guidance_case_id IS NULL) <> (participant_id IS NULL)),
  CHECK (participant_id IS NULL OR case_consent_id IS NOT NULL)
);
CREATE INDEX newcomer_team_referrals_team ON newcomer_team_referrals (team_id, referred_at);
