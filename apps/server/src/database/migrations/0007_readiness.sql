-- Readiness checklist for setting up a welcome service (seed 000 §2.2): one checklist per
-- municipality or per region, eleven items each, with owner, status, due date, notes, documents
-- and a history of every change. The item ids are data in readiness/readiness-items.ts.
CREATE TABLE readiness_checklists (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_number text UNIQUE REFERENCES municipalities (number),
  region_id text UNIQUE REFERENCES regions (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((municipality_number IS NULL) <> (region_id IS NULL))
);

-- An item without a row is "not started" with nothing filled in.
CREATE TABLE readiness_items (
  checklist_id uuid NOT NULL REFERENCES readiness_checklists (id) ON DELETE CASCADE,
  item_id text NOT NULL CHECK (item_id ~ '^[a-z][a-z-]{0,39}$'),
  status text NOT NULL DEFAULT 'not-started' CHECK (status IN ('not-started', 'in-progress', 'done', 'not-relevant')),
  -- The owner is a colleague's account or a free-text name or role ("Rådmannen"); both may be empty.
  owner_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  owner_name text NOT NULL DEFAULT '' CHECK (length(owner_name) <= 200),
  due_date date,
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  PRIMARY KEY (checklist_id, item_id),
  -- "Not relevant" must say why.
  CHECK (status <> 'not-relevant' OR length(btrim(notes)) > 0)
);

-- Attached documents live in the database (the app keeps no files of its own), at most 5 MB each.
CREATE TABLE readiness_documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  checklist_id uuid NOT NULL,
  item_id text NOT NULL,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880),
  content bytea NOT NULL CHECK (octet_length(content) = size_bytes),
  uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (checklist_id, item_id) REFERENCES readiness_items (checklist_id, item_id) ON DELETE CASCADE
);
CREATE INDEX readiness_documents_item ON readiness_documents (checklist_id, item_id);

-- Who changed what and when, one row per saved change; the name is kept if the account goes.
CREATE TABLE readiness_item_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  checklist_id uuid NOT NULL,
  item_id text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_name text NOT NULL,
  changes jsonb NOT NULL,
  FOREIGN KEY (checklist_id, item_id) REFERENCES readiness_items (checklist_id, item_id) ON DELETE CASCADE
);
CREATE INDEX readiness_item_history_item ON readiness_item_history (checklist_id, item_id, at);
