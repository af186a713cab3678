-- Following a reported worker (issue 18): each notice lands in the guidance queue of its
-- workplace municipality; the worker opens their own page by a link in the welcome mail or
-- letter (only the token's hash is kept), may link the notice to their own account, and may let
-- the employer see which steps of their arrival plan they have done.
ALTER TABLE worker_notices ADD COLUMN guidance_case_id uuid UNIQUE REFERENCES guidance_cases (id) ON DELETE SET NULL;
ALTER TABLE worker_notices ADD COLUMN worker_user_id uuid REFERENCES users (id) ON DELETE SET NULL;
CREATE INDEX worker_notices_worker ON worker_notices (worker_user_id);
-- A worker reported again (the same file uploaded twice) is found by employer, workplace and name.
CREATE INDEX worker_notices_identity ON worker_notices (employer_id, municipality_number, lower(name));

CREATE TABLE worker_links (
  token_hash text PRIMARY KEY,
  notice_id uuid NOT NULL REFERENCES worker_notices (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL CHECK (expires_at > created_at)
);
CREATE INDEX worker_links_notice ON worker_links (notice_id);

-- Consent to show the employer the worker's plan progress: what, to whom, when, and when withdrawn.
CREATE TABLE worker_progress_consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  notice_id uuid NOT NULL REFERENCES worker_notices (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  employer_id uuid NOT NULL REFERENCES employers (id) ON DELETE CASCADE,
  scope text NOT NULL CHECK (scope IN ('plan-steps')),
  given_at timestamptz NOT NULL,
  withdrawn_at timestamptz,
  CHECK (withdrawn_at IS NULL OR withdrawn_at >= given_at)
);
CREATE UNIQUE INDEX worker_progress_consents_active ON worker_progress_consents (notice_id) WHERE withdrawn_at IS NULL;
