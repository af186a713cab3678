-- Every e-mail leaves through this queue, worked by a job with `FOR UPDATE SKIP LOCKED` (as the
-- event reminders), so a request never waits for the mail server and a failure never changes an
-- answer. A row holds its subject and body until sent (then they are emptied), or is composed at
-- delivery (body NULL: password resets and registrations, so the request does the same work
-- whether or not the address has an account). Rows are deleted by the retention job.
CREATE TABLE mail_queue (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  template text NOT NULL CHECK (length(template) BETWEEN 1 AND 60),
  recipient text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
  language text NOT NULL CHECK (language IN ('nb', 'nn', 'en', 'uk', 'pl', 'ar')),
  subject text,
  body text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'dropped')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_error text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  CHECK ((subject IS NULL) = (body IS NULL))
);
CREATE INDEX mail_queue_due ON mail_queue (next_attempt_at) WHERE status = 'pending';
-- The per-recipient limit of reset and registration mails counts here.
CREATE INDEX mail_queue_recipient ON mail_queue (recipient, template, created_at);
