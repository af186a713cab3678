import { sql, type Kysely } from "kysely";
import { isLanguage, type Language } from "@velkomst/i18n";
import type { DatabaseSchema } from "../database/schema.ts";
import { foldText, wordsOf } from "./search-folding.ts";
import { stopWordConfigs, type SearchKind } from "./search-index.ts";

export interface SearchRequest {
  query: string;
  /** The reader's language; bokmål documents are searched too, marked as such. */
  language: Language;
  /** Search what a reader in this municipality sees: national, this municipality and its regions. */
  municipalityNumber: string;
  limit?: number;
}

/** A piece of the snippet; `match` marks a word that matched the query. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  key: string;
  /** The language the hit is written in: the reader's, or bokmål when it is not translated or matched only in bokmål. */
  language: Language;
  scope: "national" | "region" | "municipality";
  title: string;
  snippet: SnippetPart[];
  /** Relative to /{lang}/kommune/{number}/. */
  path: string;
}

export interface SearchResult {
  /** The words searched for, as typed (lowercased). */
  terms: string[];
  hits: SearchHit[];
  /** How many things matched (hits holds at most `limit` of them). */
  total: number;
  /** The query with unknown words replaced by the nearest known ones, when some word was not known. */
  suggestion?: string;
}

export const maxQueryLength = 200;
const maxTerms = 8;
/** Below this many hits in the reader's language, bokmål documents that are also translated are shown too. */
const fewHits = 3;
const defaultLimit = 20;
const maxLimit = 50;
const startMark = "\uE000";
const stopMark = "\uE001";

interface WordRow {
  position: number;
  language: Language;
  /** "typed": the reader's word itself (only `stop` matters); "known": a word of the word list. */
  source: "typed" | "known";
  word: string;
  exact: boolean;
  prefix: boolean;
  /** word_similarity: how well the typed word matches some part of this word. */
  closeness: number;
  /** similarity: how alike the two words are as a whole. */
  likeness: number;
  stop: boolean;
  lexemes: string;
}

/** The highest code point: a prefix range is [term, term + this). */
const afterEverything = String.fromCodePoint(0x10ffff);
const wordsPerTerm = 30;

/** For each term and language: the typed word's stop-word status, and the known words that start with it or look like it. */
function wordQuery(terms: readonly string[], words: readonly string[], languages: readonly Language[]) {
  const parts = languages.flatMap((language) => {
    const stopWords = sql.lit(stopWordConfigs[language]);
    return terms.flatMap((term, position) => [
      sql`(SELECT ${sql.lit(position)}::int AS position, ${sql.lit(language)} AS language, 'typed'::text AS source, ${words[position]}::text AS word,
          false AS exact, false AS prefix, 0::real AS closeness, 0::real AS likeness,
          numnode(plainto_tsquery(${stopWords}, ${words[position]}::text)) = 0 AS stop, ''::text AS lexemes)`,
      sql`(SELECT ${sql.lit(position)}::int, ${sql.lit(language)}, 'known', s.word,
          s.folded = ${term}, s.folded ~>=~ ${term} AND s.folded ~<~ ${term + afterEverything},
          word_similarity(${term}, s.folded), similarity(${term}, s.folded),
          numnode(plainto_tsquery(${stopWords}, s.word)) = 0, plainto_tsquery('simple', s.word)::text
        FROM search_words s
        WHERE s.language = ${sql.lit(language)}
          AND ((s.folded ~>=~ ${term} AND s.folded ~<~ ${term + afterEverything}) OR s.folded %> ${term} OR s.folded % ${term})
        ORDER BY s.folded = ${term} DESC, word_similarity(${term}, s.folded) DESC, similarity(${term}, s.folded) DESC, length(s.folded), s.word
        LIMIT ${sql.lit(wordsPerTerm)})`,
    ]);
  });
  return sql<WordRow>`${sql.join(parts, sql` UNION ALL `)}`;
}

interface TermMatch {
  position: number;
  /** The term is a stop word ("og", "the") in this language: a page need not contain it. */
  stop: Map<Language, boolean>;
  /** Known words to search for, per language. */
  lexemes: Map<Language, string[]>;
  /** The known word nearest a typed word that is not known, best language first. */
  nearest?: string;
}

/** A known word close enough to an unknown typed word to be what the reader meant (helsestasjn: helsestasjon). */
function looksLike(row: WordRow): boolean {
  return row.closeness >= 0.7 || row.likeness >= 0.4;
}

/**
 * Chooses the words each term stands for. A term that is a known word, or the start of one,
 * stands for itself, its inflections and compounds (helse: helsestasjon) and words nearly the
 * same; an unknown term (a typo) stands for the few known words most like it.
 */
function matchTerms(rows: readonly WordRow[], termCount: number, languages: readonly Language[]): TermMatch[] {
  return Array.from({ length: termCount }, (_, position): TermMatch => {
    const mine = rows.filter((row) => row.position === position);
    const known = mine.filter((row) => row.source === "known");
    const recognised = known.some((row) => row.exact || row.prefix);
    const stop = new Map<Language, boolean>();
    const lexemes = new Map<Language, string[]>();
    for (const language of languages) {
      // A stop word as typed, or folded ("vaere" is "være").
      stop.set(language, mine.some((row) => row.language === language && row.stop && (row.source === "typed" || row.exact)));
      const candidates = known.filter((row) => row.language === language && !row.stop && row.lexemes !== "");
      const chosen = recognised
        ? candidates.filter((row) => row.exact || row.prefix || row.likeness >= 0.5)
        : candidates.filter(looksLike).slice(0, 6);
      lexemes.set(language, [...new Set(chosen.map((row) => `(${row.lexemes})`))]);
    }
    const nearest = recognised ? undefined : languages.map((language) => known.find((row) => row.language === language && looksLike(row))).find((row) => row !== undefined);
    return { position, stop, lexemes, ...(nearest ? { nearest: nearest.word } : {}) };
  });
}

/** A tsquery (as text) per language: every term (or, failing that, any term), each as any of its words. */
function buildQueries(matches: readonly TermMatch[], languages: readonly Language[], mode: "all" | "any") {
  const queries = new Map<Language, string | null>();
  for (const language of languages) {
    const groups: string[] = [];
    let unmatched = false;
    for (const match of matches) {
      if (match.stop.get(language)) continue;
      const lexemes = match.lexemes.get(language) ?? [];
      if (lexemes.length === 0) unmatched = true;
      else groups.push(`(${lexemes.join(" | ")})`);
    }
    queries.set(language, groups.length === 0 || (mode === "all" && unmatched) ? null : groups.join(mode === "all" ? " & " : " | "));
  }
  return queries;
}

function suggestionFor(words: readonly string[], matches: readonly TermMatch[]): string | undefined {
  if (!matches.some((match) => match.nearest !== undefined && match.nearest !== words[match.position])) return undefined;
  return matches.map((match) => match.nearest ?? words[match.position]).join(" ");
}

function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of headline.split(startMark)) {
    const [inside, after] = piece.includes(stopMark) ? piece.split(stopMark, 2) : [undefined, piece];
    if (inside) parts.push({ text: inside, match: true });
    if (after) parts.push({ text: after, match: false });
  }
  return parts;
}

interface HitRow {
  kind: SearchKind;
  key: string;
  language: Language;
  scope_kind: SearchHit["scope"];
  title: string;
  summary: string;
  path: string;
  headline: string;
  total: number;
}

/**
 * The documents a reader in the municipality can see that match, one per thing (the most local
 * scope wins, then the reader's language), best first, with a snippet around the matches.
 */
function hitQuery(request: { language: Language; municipalityNumber: string; limit: number }, queries: Map<Language, string | null>) {
  const { municipalityNumber, limit } = request;
  // Literals (the language is one of six codes), so the planner picks the language's own index.
  const language = sql.lit(request.language);
  const readerQuery = queries.get(request.language) ?? null;
  const bokmalQuery = request.language === "nb" ? null : (queries.get("nb") ?? null);
  const headlineOptions = `StartSel=${startMark}, StopSel=${stopMark}, MaxWords=28, MinWords=14, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
  const locality = (alias: string) => sql.raw(`CASE ${alias}.scope_kind WHEN 'municipality' THEN 3 WHEN 'region' THEN 2 ELSE 1 END`);
  const languageMatch = sql.join(
    [
      ...(readerQuery === null ? [] : [sql`(d.language = ${language} AND d.document @@ ${readerQuery}::tsquery)`]),
      ...(bokmalQuery === null ? [] : [sql`(d.language = 'nb' AND d.document @@ ${bokmalQuery}::tsquery)`]),
    ],
    sql` OR `,
  );
  return sql<HitRow>`
    WITH regions AS (
      SELECT region_id FROM region_municipalities WHERE municipality_number = ${municipalityNumber}
    ), matched AS (
      SELECT d.kind, d.key, d.language, d.scope_kind, d.title, d.summary, d.body, d.path,
        ts_rank(d.document, CASE WHEN d.language = ${language} THEN ${readerQuery}::tsquery ELSE ${bokmalQuery}::tsquery END, 1)
          * CASE WHEN d.language = ${language} THEN 1.0 ELSE 0.6 END AS rank,
        -- A bokmål document of something that is also written in the reader's language.
        (d.language <> ${language} AND EXISTS (
          SELECT 1 FROM search_documents r
          WHERE r.kind = d.kind AND r.key = d.key AND r.scope_kind = d.scope_kind AND r.scope_id = d.scope_id AND r.language = ${language}
        )) AS translated
      FROM search_documents d
      WHERE (${languageMatch})
        AND (d.scope_kind = 'national'
          OR (d.scope_kind = 'municipality' AND d.scope_id = ${municipalityNumber})
          OR (d.scope_kind = 'region' AND d.scope_id IN (SELECT region_id FROM regions)))
        -- The most local scope wins: a page of this municipality or its region hides the national one.
        AND NOT EXISTS (
          SELECT 1 FROM search_documents m
          WHERE m.kind = d.kind AND m.key = d.key AND ${locality("m")} > ${locality("d")}
            AND ((m.scope_kind = 'municipality' AND m.scope_id = ${municipalityNumber})
              OR (m.scope_kind = 'region' AND m.scope_id IN (SELECT region_id FROM regions)))
        )
    ), best AS (
      -- One hit per thing, in the reader's language when that matched.
      SELECT DISTINCT ON (kind, key) * FROM matched
      ORDER BY kind, key, (language = ${language}) DESC, rank DESC
    ), shown AS (
      -- Bokmål versions of translated things only when the reader's language finds little.
      SELECT * FROM best
      WHERE NOT translated OR (SELECT count(*) FROM best WHERE NOT translated) < ${sql.lit(fewHits)}
    ), page AS (
      SELECT *, count(*) OVER () AS total FROM shown
      ORDER BY rank DESC, title, kind, key
      LIMIT ${sql.lit(limit)}
    )
    SELECT kind, key, language, scope_kind, title, summary, path, total::int AS total,
      ts_headline('simple', body, CASE WHEN language = ${language} THEN ${readerQuery}::tsquery ELSE ${bokmalQuery}::tsquery END, ${headlineOptions}) AS headline
    FROM page
    ORDER BY rank DESC, title, kind, key`;
}

function hasQuery(queries: Map<Language, string | null>) {
  return [...queries.values()].some((query) => query !== null);
}

function prepare(request: SearchRequest) {
  if (!isLanguage(request.language)) throw new Error(`search: unknown language "${String(request.language)}"`);
  const limit = Math.min(Math.max(1, Math.trunc(request.limit ?? defaultLimit)), maxLimit);
  const words = [...new Set(wordsOf(request.query.slice(0, maxQueryLength)))]
    .filter((word) => foldText(word) !== "")
    .slice(0, maxTerms);
  const languages: Language[] = request.language === "nb" ? ["nb"] : [request.language, "nb"];
  return { limit, words, terms: words.map(foldText), languages, target: { language: request.language, municipalityNumber: request.municipalityNumber, limit } };
}

/**
 * Searches what a reader in a municipality can see, in their language (and bokmål), forgiving
 * typos and æ/ø/å typed as ae/o/a. Each typed word is looked up in the word list (prefix and
 * trigram similarity on the folded spelling); the words found are searched with full-text
 * search and ranked by where they occur (title, summary, body).
 */
export async function searchDocuments(db: Kysely<DatabaseSchema>, request: SearchRequest): Promise<SearchResult> {
  const { words, terms, languages, target } = prepare(request);
  if (terms.length === 0) return { terms: [], hits: [], total: 0 };
  const matches = matchTerms((await wordQuery(terms, words, languages).execute(db)).rows, terms.length, languages);
  let queries = buildQueries(matches, languages, "all");
  let rows = hasQuery(queries) ? (await hitQuery(target, queries).execute(db)).rows : [];
  // No document has every word: show those with some of them.
  if (rows.length === 0 && terms.length > 1) {
    queries = buildQueries(matches, languages, "any");
    if (hasQuery(queries)) rows = (await hitQuery(target, queries).execute(db)).rows;
  }
  const suggestion = suggestionFor(words, matches);
  return {
    terms: words,
    total: rows[0]?.total ?? 0,
    ...(suggestion ? { suggestion } : {}),
    hits: rows.map((row) => {
      const snippet = snippetParts(row.headline);
      return {
        kind: row.kind,
        key: row.key,
        language: row.language,
        scope: row.scope_kind,
        title: row.title,
        snippet: snippet.some((part) => part.match) || row.summary === "" ? snippet : [{ text: row.summary, match: false }],
        path: row.path,
      };
    }),
  };
}

/** The plans of a search's two statements (EXPLAIN ANALYZE), to check that they use the indexes. */
export async function explainSearch(db: Kysely<DatabaseSchema>, request: SearchRequest): Promise<{ words: string; hits: string }> {
  const { words, terms, languages, target } = prepare(request);
  const plan = async (query: ReturnType<typeof wordQuery> | ReturnType<typeof hitQuery>) =>
    (await sql<{ "QUERY PLAN": string }>`EXPLAIN (ANALYZE, COSTS OFF) ${query}`.execute(db)).rows.map((row) => row["QUERY PLAN"]).join("\n");
  const matches = matchTerms((await wordQuery(terms, words, languages).execute(db)).rows, terms.length, languages);
  return { words: await plan(wordQuery(terms, words, languages)), hits: await plan(hitQuery(target, buildQueries(matches, languages, "all"))) };
}
