-- The retention job (platform/retention.ts) deletes or blanks old rows by time; these indexes let
-- it find them without scanning whole tables.
CREATE INDEX login_attempts_time ON login_attempts (attempted_at);
CREATE INDEX audit_log_ip_kept ON audit_log (at) WHERE ip IS NOT NULL;
CREATE INDEX sessions_expiry ON sessions (expires_at);
CREATE INDEX one_time_tokens_expiry ON one_time_tokens (expires_at);
CREATE INDEX mail_queue_created ON mail_queue (created_at) WHERE status <> 'pending';
