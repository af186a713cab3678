-- How often the booking's calendar event was revised (RFC 5545 SEQUENCE): a move raises it, so a
-- calendar app that imported the event takes the new time instead of keeping the old one.
ALTER TABLE outreach_bookings ADD COLUMN calendar_sequence integer NOT NULL DEFAULT 0;
