-- Case work (issue 13): the adviser marks a plan version whose elements demand much own work, so
-- the full-time check counts 30 hours a week as full time instead of 37.5 (rules:
-- integration/programme-full-time-hours-per-week-own-activity). Earlier versions are not marked.
ALTER TABLE case_plan_versions ADD COLUMN own_activity boolean NOT NULL DEFAULT false;
