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
  -- Every word of title, summary and body ('simple', word for word; see search-index.ts), without
  -- positions, plus one marker for the scope ('§national', '§m5014', '§rfroya-hitra'), so that the
  -- index finds only what a municipality's readers may see.
  document tsvector NOT NULL,
  -- Title (weight A) and summary (B) with positions: small, for ranking without reading the body.
  heading tsvector NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, key, scope_kind, scope_id, language),
  CHECK ((scope_kind = 'national') = (scope_id = ''))
);
-- One index per language, as a search is always in one or two known languages. Without the
-- pending list (fastupdate): PGlite has no autovacuum to merge it, and scanning it slows every search.
CREATE INDEX search_documents_nb ON search_documents USING gin (document) WITH (fastupdate = off) WHERE language = 'nb';
CREATE INDEX search_documents_nn ON search_documents USING gin (document) WITH (fastupdate = off) WHERE language = 'nn';
CREATE INDEX search_documents_en ON search_documents USING gin (document) WITH (fastupdate = off) WHERE language = 'en';
CREATE INDEX search_documents_uk ON search_documents USING gin (document) WITH (fastupdate = off) WHERE language = 'uk';
CREATE INDEX search_documents_pl ON search_documents USING gin (document) WITH (fastupdate = off) WHERE language = 'pl';
CREATE INDEX search_documents_ar ON search_documents USING gin (document) WITH (fastupdate = off) WHERE language = 'ar';
CREATE INDEX search_documents_scope ON search_documents (scope_kind, scope_id);

-- Every word that occurs in some document, lowercased, with its folded spelling (æ→ae, ø→o, å→a,
-- no accents). A reader's word is looked up here by trigram similarity, which forgives typos
-- and ASCII spellings, and the words found are then searched in the documents.
CREATE TABLE search_words (
  language text NOT NULL CHECK (language IN ('nb', 'nn', 'en', 'uk', 'pl', 'ar')),
  word text NOT NULL,
  folded text NOT NULL,
  -- Word first: lookups go by the trigram index on folded, never by language alone.
  PRIMARY KEY (word, language)
);
CREATE INDEX search_words_folded ON search_words USING gin (folded gin_trgm_ops) WITH (fastupdate = off);
-- Known words by their start, for the inflections and compounds of a word the reader typed right.
CREATE INDEX search_words_folded_prefix ON search_words (folded text_pattern_ops);
