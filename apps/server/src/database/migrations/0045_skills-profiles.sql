-- Skills profiles (issue 19, seed 004): what a newcomer knows and wants, built with consent by the
-- person on their own account or by their adviser on a participant record. The CV is drawn from
-- it, and job matching reads only profiles whose owner opted in.
CREATE TABLE skills_profiles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Exactly one owner: the newcomer's own account, or a participant record of the cases module.
  user_id uuid UNIQUE REFERENCES users (id) ON DELETE CASCADE,
  participant_id uuid UNIQUE REFERENCES case_participants (id) ON DELETE CASCADE,
  CHECK ((user_id IS NULL) <> (participant_id IS NULL)),
  -- Name and contact are for the person's own CV and for an employer only after the person
  -- accepted that employer's request; matching never reads them.
  full_name text NOT NULL CHECK (length(btrim(full_name)) BETWEEN 1 AND 200),
  email text CHECK (email IS NULL OR email = lower(email)),
  phone text,
  -- The UI language the person reads (nb, nn, en, uk, pl, ar): their own copy of the CV.
  language text NOT NULL CHECK (language IN ('nb', 'nn', 'en', 'uk', 'pl', 'ar')),
  municipality_number text REFERENCES municipalities (number),
  education jsonb NOT NULL DEFAULT '[]',
  experience jsonb NOT NULL DEFAULT '[]',
  languages jsonb NOT NULL DEFAULT '[]',
  norwegian jsonb,
  driving_licences text[] NOT NULL DEFAULT '{}',
  certificates jsonb NOT NULL DEFAULT '[]',
  wishes jsonb NOT NULL DEFAULT '{"occupations": [], "municipalities": [], "hoursPerWeek": null}',
  -- Consent to keep the profile (GDPR art. 6(1)(a)); withdrawing it deletes the row at once.
  consent_given_at timestamptz NOT NULL,
  -- Opt-in to job matching; NULL means no employer ever sees the profile, even pseudonymously.
  matching_opt_in_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX skills_profiles_matching ON skills_profiles (municipality_number) WHERE matching_opt_in_at IS NOT NULL;
