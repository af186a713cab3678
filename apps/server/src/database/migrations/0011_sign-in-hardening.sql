-- Sign-in hardening (issue 16). Wrong one-time codes are counted like wrong passwords; the lock an
-- outsider could set on any account (failed_logins, locked_until) gives way to growing delays
-- counted per account and address in login_attempts.
ALTER TABLE login_attempts ADD COLUMN factor text NOT NULL DEFAULT 'password' CHECK (factor IN ('password', 'second-factor'));
CREATE INDEX login_attempts_email_time ON login_attempts (email, attempted_at);
ALTER TABLE users DROP COLUMN failed_logins;
ALTER TABLE users DROP COLUMN locked_until;

-- The time step of the last code accepted, so a code works once and never again in its window.
ALTER TABLE users ADD COLUMN totp_last_step bigint;

-- A pending sign-in ends after a few wrong codes. A TOTP enrolment keeps its secret here, never in
-- the form. Each session has its own idle limit (staff 30 minutes, newcomers longer), and the
-- browser and address it started from, for the list of one's own sessions.
ALTER TABLE sessions ADD COLUMN second_factor_failures integer NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN pending_totp_secret text;
ALTER TABLE sessions ADD COLUMN idle_timeout_seconds integer NOT NULL DEFAULT 1800 CHECK (idle_timeout_seconds > 0);
ALTER TABLE sessions ADD COLUMN user_agent text NOT NULL DEFAULT '' CHECK (length(user_agent) <= 300);
ALTER TABLE sessions ADD COLUMN ip text;
-- Sessions from before this change had seven days; none lasts longer than the new twelve hours.
UPDATE sessions SET expires_at = LEAST(expires_at, created_at + interval '12 hours');
