-- /readyz writes this one row, so a database that answers but cannot write (a full disk, a
-- read-only file system) is reported as not ready.
CREATE TABLE health_write_probe (
  id smallint PRIMARY KEY CHECK (id = 1),
  checked_at timestamptz NOT NULL
);
