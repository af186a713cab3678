-- Case work, the participant's own side (issue 13): the link from a participant record to the
-- newcomer's own account, the one-time invitations that make it, the actor's role in the access
-- log (so the participant sees who read their record and for whom), and health notes.
ALTER TABLE case_participants ADD COLUMN user_id uuid REFERENCES users (id) ON DELETE SET NULL;
-- One record per account: the participant's Min side shows that one record.
CREATE UNIQUE INDEX case_participants_user ON case_participants (user_id) WHERE user_id IS NOT NULL;

-- Only the SHA-256 of the code is kept; a row is deleted when it is used or a newer one replaces it.
CREATE TABLE case_participant_invitations (
  code_hash text PRIMARY KEY,
  participant_id uuid NOT NULL UNIQUE REFERENCES case_participants (id) ON DELETE CASCADE,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  CHECK (expires_at > created_at)
);
CREATE INDEX case_participant_invitations_expiry ON case_participant_invitations (expires_at);

CREATE TABLE case_health_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES case_participants (id) ON DELETE CASCADE,
  note text NOT NULL CHECK (length(btrim(note)) BETWEEN 3 AND 2000),
  written_by uuid REFERENCES users (id) ON DELETE SET NULL,
  written_at timestamptz NOT NULL
);
CREATE INDEX case_health_notes_participant ON case_health_notes (participant_id, written_at);

-- The role the reader acted in ('' for rows written before this migration).
ALTER TABLE case_access_log ADD COLUMN actor_role text NOT NULL DEFAULT ''
  CHECK (actor_role IN ('', 'coordinator', 'municipality-admin', 'national-admin', 'participant'));
ALTER TABLE case_access_log DROP CONSTRAINT case_access_log_action_check;
ALTER TABLE case_access_log ADD CONSTRAINT case_access_log_action_check
  CHECK (action IN ('create', 'list', 'read', 'reveal-identity-number', 'read-access-log', 'read-consents', 'consent-recorded', 'consent-withdrawn', 'export',
    'plan-revised', 'decision-recorded', 'attendance-recorded', 'exit-recorded', 'read-benefit', 'report-export',
    'invitation-created', 'account-linked', 'health-note-written', 'reveal-health-notes'));
ALTER TABLE case_access_log ADD CONSTRAINT case_access_log_reveal_health_reason
  CHECK (action <> 'reveal-health-notes' OR length(btrim(reason)) > 0);
