-- Outreach days (issue 18, seed 000 §5): the national service centre for foreign workers (SUA:
-- police and tax office) comes on site when enough workers are coming. A coordinator requests a
-- day, publishes its time slots, and employers book ID checks for the workers they reported.
CREATE TABLE outreach_days (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_number text NOT NULL REFERENCES municipalities (number),
  day date NOT NULL,
  place text NOT NULL CHECK (length(btrim(place)) BETWEEN 2 AND 200),
  status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'published')),
  requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (municipality_number, day)
);

CREATE TABLE outreach_slots (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  day_id uuid NOT NULL REFERENCES outreach_days (id) ON DELETE CASCADE,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
  UNIQUE (day_id, starts_at)
);

-- One ID check per slot and one slot per worker and day. The calendar token lets the worker
-- fetch the appointment's iCal file without an account.
CREATE TABLE outreach_bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slot_id uuid NOT NULL UNIQUE REFERENCES outreach_slots (id) ON DELETE CASCADE,
  day_id uuid NOT NULL REFERENCES outreach_days (id) ON DELETE CASCADE,
  notice_id uuid NOT NULL REFERENCES worker_notices (id) ON DELETE CASCADE,
  calendar_token text NOT NULL UNIQUE,
  booked_by uuid REFERENCES users (id) ON DELETE SET NULL,
  no_show boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL,
  UNIQUE (day_id, notice_id)
);
CREATE INDEX outreach_bookings_notice ON outreach_bookings (notice_id);
