-- A newcomer's request (issue 13) that their municipality's introduction/guidance service open a
-- case from their saved plan. It holds the plan's answers as they were when the newcomer consented,
-- so the coordinators see exactly what was shared. Withdrawing deletes the row; once a coordinator
-- has registered a participant from it, it is marked used and can no longer be withdrawn.
CREATE TABLE case_plan_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  municipality_number text NOT NULL REFERENCES municipalities (number),
  answers jsonb NOT NULL,
  consented_at timestamptz NOT NULL,
  used_at timestamptz,
  used_by uuid REFERENCES users (id) ON DELETE SET NULL,
  participant_id uuid REFERENCES case_participants (id) ON DELETE CASCADE,
  CHECK (used_at IS NOT NULL OR participant_id IS NULL)
);
-- One open request per account: a second one would only ask the same coordinators twice.
CREATE UNIQUE INDEX case_plan_requests_open_account ON case_plan_requests (user_id) WHERE used_at IS NULL;
CREATE INDEX case_plan_requests_open_municipality ON case_plan_requests (municipality_number, consented_at) WHERE used_at IS NULL;

-- A coordinator's reading of a request is in the case access log before there is a participant;
-- the rows move to the participant when the request is used, so the newcomer sees them on Min side.
ALTER TABLE case_access_log ALTER COLUMN participant_id DROP NOT NULL;
ALTER TABLE case_access_log ADD COLUMN plan_request_id uuid REFERENCES case_plan_requests (id) ON DELETE CASCADE;
ALTER TABLE case_access_log ADD CONSTRAINT case_access_log_subject CHECK (participant_id IS NOT NULL OR plan_request_id IS NOT NULL);
CREATE INDEX case_access_log_plan_request ON case_access_log (plan_request_id) WHERE plan_request_id IS NOT NULL;
