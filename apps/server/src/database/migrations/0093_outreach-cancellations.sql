-- A cancelled ID-check booking keeps its calendar event here, so the link mailed with the
-- booking still serves a file, now cancelling the event (METHOD:CANCEL, STATUS:CANCELLED, a
-- higher SEQUENCE) in a calendar app that imported it. Only the token's hash is kept, as before.
CREATE TABLE outreach_cancellations (
  booking_id uuid PRIMARY KEY,
  notice_id uuid NOT NULL REFERENCES worker_notices (id) ON DELETE CASCADE,
  calendar_token_hash text NOT NULL UNIQUE,
  calendar_sequence integer NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  place text NOT NULL,
  cancelled_at timestamptz NOT NULL
);
CREATE INDEX outreach_cancellations_notice ON outreach_cancellations (notice_id);
