-- The rate limits of public forms (event sign-up, newcomer registration) count an action from one
-- address in the last hour; without this index each count scans the whole audit log.
CREATE INDEX audit_log_action_ip_at ON audit_log (action, ip, at);
