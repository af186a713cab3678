-- Issue 18: a booking's calendar token is stored as its SHA-256 only, as the workers' own links
-- (base64url without padding, as hashToken in auth/tokens.ts). The built-in sha256() needs no
-- pgcrypto, so existing tokens are hashed here and the links already mailed keep working.
ALTER TABLE outreach_bookings RENAME COLUMN calendar_token TO calendar_token_hash;
UPDATE outreach_bookings SET calendar_token_hash = translate(rtrim(encode(sha256(convert_to(calendar_token_hash, 'UTF8')), 'base64'), '='), '+/', '-_');
