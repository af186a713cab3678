-- Welcome content (content module): the national baseline pages (imported from
-- content/baseline/<slug>/<lang>.md, then edited in the app) and the local pages of
-- municipalities and regions, which add to or override a baseline page with the same slug.
CREATE TABLE content_pages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) <= 80),
  scope_kind text NOT NULL CHECK (scope_kind IN ('national', 'region', 'municipality')),
  -- '' for national, the region id or the municipality number otherwise.
  scope_id text NOT NULL DEFAULT '',
  -- Baseline pages: the theme and the seed sections the text draws on.
  theme text,
  seed text,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((scope_kind = 'national') = (scope_id = '')),
  CHECK (scope_kind <> 'municipality' OR scope_id ~ '^[0-9]{4}$'),
  CHECK (scope_kind <> 'region' OR scope_id ~ '^[a-z0-9-]+$'),
  UNIQUE (scope_kind, scope_id, slug)
);
CREATE INDEX content_pages_slug ON content_pages (slug);

-- Every saved text of a page in one language. A version goes draft → review → published; the
-- version it replaces becomes archived, so the history is the list of versions. At most one
-- published and one working copy (draft or review) per page and language.
CREATE TABLE content_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  page_id uuid NOT NULL REFERENCES content_pages (id) ON DELETE CASCADE,
  language text NOT NULL CHECK (language IN ('nb', 'nn', 'en', 'uk', 'pl', 'ar')),
  number integer NOT NULL CHECK (number > 0),
  status text NOT NULL CHECK (status IN ('draft', 'review', 'published', 'archived')),
  title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
  summary text NOT NULL CHECK (char_length(summary) <= 500),
  -- Markdown, cleaned of raw HTML and unsafe links when saved, sanitised again when shown.
  body text NOT NULL CHECK (char_length(body) <= 100000),
  -- [{ "title": "...", "url": "https://..." }]
  sources jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- Canonical plan step ids the page explains; read from the bokmål version.
  steps text[] NOT NULL DEFAULT '{}',
  -- sha-256 of title, summary, body and sources: a translation is outdated when the bokmål text
  -- it was made from differs from the bokmål text published now.
  content_hash text NOT NULL,
  -- Translations: the bokmål version the text was translated from.
  source_version_id uuid REFERENCES content_versions (id) ON DELETE SET NULL,
  machine_translated boolean NOT NULL DEFAULT false,
  -- Versions read from a baseline file: the file's hash, so the import adds each file once.
  import_hash text,
  restored_from uuid REFERENCES content_versions (id) ON DELETE SET NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- The last person who changed the text: they cannot approve it (four eyes).
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  submitted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  submitted_at timestamptz,
  reviewed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  reviewed_at timestamptz,
  review_comment text CHECK (char_length(review_comment) <= 2000),
  published_at timestamptz,
  archived_at timestamptz,
  UNIQUE (page_id, language, number),
  CHECK (language <> 'nb' OR source_version_id IS NULL)
);
CREATE UNIQUE INDEX content_versions_one_published ON content_versions (page_id, language) WHERE status = 'published';
CREATE UNIQUE INDEX content_versions_one_working ON content_versions (page_id, language) WHERE status IN ('draft', 'review');
CREATE INDEX content_versions_status ON content_versions (status);

-- "Was this page useful?" No account, no name: the reader's address only enters a keyed hash
-- that changes every day, to keep one answer per reader, page and day (a new answer replaces the
-- old one and counts in `answers`) and to cap how many answers one reader gives in a day.
CREATE TABLE content_feedback (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  page_id uuid NOT NULL REFERENCES content_pages (id) ON DELETE CASCADE,
  language text NOT NULL CHECK (language IN ('nb', 'nn', 'en', 'uk', 'pl', 'ar')),
  municipality_number text NOT NULL REFERENCES municipalities (number),
  useful boolean NOT NULL,
  comment text CHECK (char_length(comment) BETWEEN 1 AND 1000),
  reader_key text NOT NULL,
  answers integer NOT NULL DEFAULT 1 CHECK (answers > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (page_id, reader_key)
);
CREATE INDEX content_feedback_reader ON content_feedback (reader_key);
CREATE INDEX content_feedback_page ON content_feedback (page_id, created_at);
