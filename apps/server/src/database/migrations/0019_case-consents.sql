-- Consents a participant gives to share their record with another agency (issue 13): what, to whom,
-- when given and when withdrawn. Sharing with a recipient is allowed only while a consent to it stands.
CREATE TABLE case_consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  participant_id uuid NOT NULL REFERENCES case_participants (id) ON DELETE CASCADE,
  recipient text NOT NULL CHECK (recipient IN ('nav', 'county', 'school', 'health', 'other')),
  purpose text NOT NULL CHECK (length(btrim(purpose)) BETWEEN 3 AND 500),
  given_on date NOT NULL,
  recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL,
  withdrawn_at timestamptz,
  withdrawn_by uuid REFERENCES users (id) ON DELETE SET NULL,
  CHECK ((withdrawn_at IS NULL) OR (withdrawn_at >= recorded_at))
);
CREATE INDEX case_consents_participant ON case_consents (participant_id, recipient);
