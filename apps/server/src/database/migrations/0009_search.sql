-- Search across content pages, services and events, in the reader's language (search module).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One row per thing that can be found, per language. A thing is (kind, key) in a scope; a local
-- page of a municipality or region hides the national one with the same key (most local wins).
CREATE TABLE search_documents (
  kind text NOT NULL CHECK (kind IN ('page', 'service', 'event')),
  key text NOT NULL CHECK (key <> '' AND length(key) <= 200),
  scope_kind text NOT NULL CHECK (scope_kind IN ('national', 'region', 'municipality')),
  -- '' for national, the region id or the municipality number otherwise.
  scope_id text NOT NULL DEFAULT '',
  language text NOT NULL CHECK (language IN ('nb', 'nn', 'en', 'uk', 'pl', 'ar')),
  title text NOT NULL,
  summary text NOT NULL,
  body text NOT NULL,
  -- Relative to /{lang}/kommune/{number}/, e.g. info/health, tjenester/<id>, arrangementer/<id>.
  path text NOT NULL CHECK (path <> '' AND path !~ '^/'),
  -- Title (weight A), summary (B) and body (D) with the language's text search configuration.
  document tsvector NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, key, scope_kind, scope_id, language),
  CHECK ((scope_kind = 'national') = (scope_id = ''))
);
CREATE INDEX search_documents_document ON search_documents USING gin (document);
CREATE INDEX search_documents_scope ON search_documents (scope_kind, scope_id);

-- Every word that occurs in some document, lowercased, with its folded spelling (æ→ae, ø→o, å→a,
-- no accents). A reader's word is looked up here by trigram similarity, which forgives typos
-- and ASCII spellings, and the words found are then searched in the documents.
CREATE TABLE search_words (
  language text NOT NULL CHECK (language IN ('nb', 'nn', 'en', 'uk', 'pl', 'ar')),
  word text NOT NULL,
  folded text NOT NULL,
  PRIMARY KEY (language, word)
);
CREATE INDEX search_words_folded ON search_words USING gin (folded gin_trgm_ops);
