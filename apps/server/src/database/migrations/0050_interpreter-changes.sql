-- Interpreters are set inactive rather than removed (their past bookings keep their name), and a booking
-- is cancelled with its reason rather than deleted (issue 13).
ALTER TABLE interpreters ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE interpreter_bookings ADD COLUMN cancelled_at timestamptz;
ALTER TABLE interpreter_bookings ADD COLUMN cancelled_by uuid REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE interpreter_bookings ADD COLUMN cancel_reason text CHECK (length(btrim(cancel_reason)) BETWEEN 1 AND 1000);
ALTER TABLE interpreter_bookings ADD CONSTRAINT interpreter_bookings_cancelled_with_reason CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL));
