-- A newcomer's own saved plan (issue 4): stored only when they choose to save, with the time they
-- consented, and deleted with their account.
CREATE TABLE saved_plans (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  answers jsonb NOT NULL,
  consented_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Ticked steps of the saved plan; step ids are the rules package's canonical ids.
CREATE TABLE plan_progress (
  user_id uuid NOT NULL REFERENCES saved_plans (user_id) ON DELETE CASCADE,
  step_id text NOT NULL CHECK (length(step_id) BETWEEN 1 AND 80),
  done_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, step_id)
);

-- Newcomers hold a role of their own, so every route's access stays a question of roles.
ALTER TABLE role_assignments DROP CONSTRAINT role_assignments_role_check;
ALTER TABLE role_assignments ADD CONSTRAINT role_assignments_role_check
  CHECK (role IN ('national-admin', 'municipality-admin', 'editor', 'coordinator', 'employer', 'volunteer', 'newcomer'));
