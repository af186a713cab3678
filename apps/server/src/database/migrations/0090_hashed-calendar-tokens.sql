-- Issue 18: a booking's calendar token is kept only as its SHA-256, as the workers' own links
-- (base64url without padding, as hashToken in auth/tokens.ts). The built-in sha256() needs no
-- pgcrypto, so the tokens stored so far are hashed here and the links already mailed keep working.
-- Pages that show the worker's appointment link to a calendar route of their own (see the module README).
ALTER TABLE outreach_bookings RENAME COLUMN calendar_token TO calendar_token_hash;
UPDATE outreach_bookings SET calendar_token_hash = translate(rtrim(encode(sha256(convert_to(calendar_token_hash, 'UTF8')), 'base64'), '='), '+/', '-_');
