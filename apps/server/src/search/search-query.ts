import { sql, type Kysely } from "kysely";
import { isLanguage, type Language } from "@velkomst/i18n";
import type { DatabaseSchema } from "../database/schema.ts";
import { foldText, wordsOf } from "./search-folding.ts";
import { scopeMarker, stopWordConfigs, type SearchKind } from "./search-index.ts";
import { snippetOf } from "./search-snippet.ts";

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
  /** The typed word with two neighbouring letters swapped is this word. */
  swapped: boolean;
  stop: boolean;
  lexemes: string;
}

/** The highest code point: a prefix range is [term, term + this). */
const afterEverything = String.fromCodePoint(0x10ffff);
const wordsPerTerm = 30;

/**
 * The start a term's inflections share: "barnet" → "barn", "лікаря" → "ліка", "helsestasjonen" →
 * "helsestasjon". Words starting with it are candidates; similarity decides which are kept.
 */
function stemOf(term: string): string {
  return term.length >= 6 ? term.slice(0, Math.max(4, term.length - 2)) : term;
}

/**
 * For each term and language: the typed word's stop-word status; the known words that start
 * like it (a prefix range on the folded spelling, cheap); and only when no known word starts
 * with the term (a typo), the known words that look like it (the trigram index).
 */
function wordQuery(terms: readonly string[], words: readonly string[], languages: readonly Language[]) {
  const languageList = sql.join(languages.map((language) => sql.lit(language)));
  const stopWordsOf = (column: string) =>
    sql.raw(`(CASE ${column} ${languages.map((language) => `WHEN '${language}' THEN '${stopWordConfigs[language]}'`).join(" ")} END)::regconfig`);
  const limit = sql.lit(wordsPerTerm * languages.length);
  // The stop-word test and the lexeme are computed only for the few words kept (after LIMIT).
  const known = (term: string, position: number) => sql`${sql.lit(position)}::int, s.language, 'known', s.word,
        s.folded = ${term}, starts_with(s.folded, ${term}), s.closeness, s.likeness, s.swapped,
        numnode(plainto_tsquery(${stopWordsOf("s.language")}, s.word)) = 0, plainto_tsquery('simple', s.word)::text`;
  // The term itself keeps the list non-empty ("aaa" has no swaps); it is never a typo of itself.
  const swapsOf = (term: string) => sql.join([term, ...adjacentSwaps(term)]);
  const measured = (term: string) =>
    sql`s.word, s.folded, s.language, word_similarity(${term}, s.folded) AS closeness, similarity(${term}, s.folded) AS likeness, s.folded IN (${swapsOf(term)}) AS swapped`;
  const parts = terms.flatMap((term, position) => {
    const typed = languages.map(
      (language) => sql`(SELECT ${sql.lit(position)}::int AS position, ${sql.lit(language)} AS language, 'typed'::text AS source, ${words[position]}::text AS word,
        false AS exact, false AS prefix, 0::real AS closeness, 0::real AS likeness, false AS swapped,
        numnode(plainto_tsquery(${sql.lit(stopWordConfigs[language])}, ${words[position]}::text)) = 0 AS stop, ''::text AS lexemes)`,
    );
    // One or two letters: the word itself only; "a" would start thousands of words.
    if (term.length <= 2) {
      return [...typed, sql`(SELECT ${known(term, position)} FROM (SELECT ${measured(term)} FROM search_words s WHERE s.language IN (${languageList}) AND s.folded = ${term} LIMIT ${limit}) s)`];
    }
    const stem = stemOf(term);
    return [
      ...typed,
      sql`(SELECT ${known(term, position)} FROM (
        SELECT ${measured(term)} FROM search_words s
        WHERE s.language IN (${languageList}) AND s.folded ~>=~ ${stem} AND s.folded ~<~ ${stem + afterEverything}
        ORDER BY s.folded = ${term} DESC, starts_with(s.folded, ${term}) DESC, likeness DESC, length(s.folded), s.word
        LIMIT ${limit}) s)`,
      // Looking alike (trigrams), or the same with two neighbouring letters swapped, only when no
      // known word starts with the term: a typo. A swap breaks most of a short word's trigrams
      // ("жилто" shares two of six with "житло"), so swaps are looked up as words of their own.
      sql`(SELECT ${known(term, position)} FROM (
        SELECT ${measured(term)} FROM search_words s
        WHERE s.language IN (${languageList}) AND (s.folded %> ${term} OR s.folded % ${term} OR s.folded IN (${swapsOf(term)}))
          AND NOT EXISTS (SELECT 1 FROM search_words x WHERE x.language IN (${languageList}) AND x.folded ~>=~ ${term} AND x.folded ~<~ ${term + afterEverything})
        ORDER BY swapped DESC, closeness DESC, likeness DESC, length(s.folded), s.word
        LIMIT ${limit}) s)`,
    ];
  });
  return sql<WordRow>`${sql.join(parts, sql` UNION ALL `)}`;
}

interface TermMatch {
  position: number;
  /** The term is a stop word ("og", "the") in this language: a page need not contain it. */
  stop: Map<Language, boolean>;
  /** Known words to search for, per language: as tsquery lexemes, and as words (to mark them in snippets). */
  lexemes: Map<Language, string[]>;
  words: Map<Language, string[]>;
  /** The known word nearest a typed word that is not known, best language first. */
  nearest?: string;
}

/** The term with each pair of neighbouring letters swapped, the typo "жилто" for "житло" undone. */
function adjacentSwaps(term: string): string[] {
  const letters = [...term];
  const swaps = letters.slice(1).map((_, i) => [...letters.slice(0, i), letters[i + 1], letters[i], ...letters.slice(i + 2)].join(""));
  return [...new Set(swaps.filter((swap) => swap !== term))];
}

/**
 * A known word close enough to an unknown typed word to be what the reader meant: alike in
 * trigrams (helsestasjn: helsestasjon), or one swap of neighbouring letters away (жилто: житло).
 */
function looksLike(row: WordRow): boolean {
  return row.closeness >= 0.7 || row.likeness >= 0.4 || row.swapped;
}

/**
 * Chooses the words each term stands for. A term that is a known word, or the start of one,
 * stands for itself, its inflections and compounds (helse: helsestasjon) and words nearly the
 * same; an unknown term (a typo) stands for the few known words most like it.
 */
function matchTerms(rows: readonly WordRow[], termCount: number, languages: readonly Language[]): TermMatch[] {
  return Array.from({ length: termCount }, (_, position): TermMatch => {
    const mine = rows.filter((row) => row.position === position);
    // A word can come both by its start and by looking alike: once is enough.
    const known = [...new Map(mine.filter((row) => row.source === "known").map((row) => [`${row.language} ${row.word}`, row])).values()].sort(
      (a, b) => Number(b.exact) - Number(a.exact) || b.closeness - a.closeness || b.likeness - a.likeness,
    );
    const recognised = known.some((row) => row.exact || row.prefix);
    const stop = new Map<Language, boolean>();
    const lexemes = new Map<Language, string[]>();
    const words = new Map<Language, string[]>();
    for (const language of languages) {
      // A stop word as typed, or folded ("vaere" is "være").
      stop.set(language, mine.some((row) => row.language === language && row.stop && (row.source === "typed" || row.exact)));
      const candidates = known.filter((row) => row.language === language && !row.stop && row.lexemes !== "");
      const chosen = recognised
        ? candidates.filter((row) => row.exact || row.prefix || row.likeness >= 0.5)
        : candidates.filter(looksLike).slice(0, 6);
      lexemes.set(language, [...new Set(chosen.map((row) => `(${row.lexemes})`))]);
      words.set(language, chosen.map((row) => row.word));
    }
    const nearest = recognised ? undefined : languages.map((language) => known.find((row) => row.language === language && looksLike(row))).find((row) => row !== undefined);
    return { position, stop, lexemes, words, ...(nearest ? { nearest: nearest.word } : {}) };
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

interface HitRow {
  kind: SearchKind;
  key: string;
  language: Language;
  scope_kind: SearchHit["scope"];
  title: string;
  summary: string;
  body: string;
  path: string;
  total: number;
}

interface HitRequest {
  language: Language;
  municipalityNumber: string;
  limit: number;
}

/**
 * The scope markers (see scopeMarker) a reader in the municipality may see, as a tsquery computed
 * in SQL (national, the municipality, its regions): the index then finds words and scope together.
 */
function visibleTo(municipalityNumber: string) {
  const own = `'${scopeMarker({ kind: "national" })}' | '${scopeMarker({ kind: "municipality", id: municipalityNumber })}'`;
  return sql`(SELECT (${own} || coalesce(string_agg(' | ''§r' || region_id || '''', ''), ''))::tsquery
    FROM region_municipalities WHERE municipality_number = ${municipalityNumber})`;
}

/**
 * The documents a reader in the municipality can see that match, one per thing (the most local
 * scope wins, then the reader's language), best first. The language's own index finds the words
 * and the scope markers together; ranking reads only the small title-and-summary vector.
 */
function hitQuery(request: HitRequest, queries: Map<Language, string | null>) {
  const { municipalityNumber, limit } = request;
  // Literals (the language is one of six codes), so the planner picks the language's own index.
  const language = sql.lit(request.language);
  const readerQuery = queries.get(request.language) ?? null;
  const bokmalQuery = request.language === "nb" ? null : (queries.get("nb") ?? null);
  const visible = visibleTo(municipalityNumber);
  const locality = (alias: string) => sql.raw(`CASE ${alias}.scope_kind WHEN 'municipality' THEN 3 WHEN 'region' THEN 2 ELSE 1 END`);
  const languageMatch = sql.join(
    [
      ...(readerQuery === null ? [] : [sql`(d.language = ${language} AND d.document @@ (${readerQuery}::tsquery && ${visible}))`]),
      ...(bokmalQuery === null ? [] : [sql`(d.language = 'nb' AND d.document @@ (${bokmalQuery}::tsquery && ${visible}))`]),
    ],
    sql` OR `,
  );
  return sql<HitRow>`
    WITH matched AS (
      SELECT d.kind, d.key, d.language, d.scope_kind, d.scope_id, d.title, d.summary, d.path,
        -- Title over summary over body only; among equals the reader's language, then the more local thing.
        ts_rank(d.heading, CASE WHEN d.language = ${language} THEN ${readerQuery}::tsquery ELSE ${bokmalQuery}::tsquery END, 0)
          * CASE WHEN d.language = ${language} THEN 1.0 ELSE 0.6 END AS rank,
        d.language = ${language} AS own_language, ${locality("d")} AS locality,
        -- A bokmål document of something that is also written in the reader's language.
        (d.language <> ${language} AND EXISTS (
          SELECT 1 FROM search_documents r
          WHERE r.kind = d.kind AND r.key = d.key AND r.scope_kind = d.scope_kind AND r.scope_id = d.scope_id AND r.language = ${language}
        )) AS translated
      FROM search_documents d
      WHERE (${languageMatch})
        -- The most local scope wins: a page of this municipality or its region hides the national one.
        -- (The OR keeps this a check per matched row by primary key, not a join over every local document.)
        -- Services and events have ids of their own; only pages share keys (slugs) across scopes.
        AND (d.kind <> 'page' OR d.scope_kind = 'municipality' OR NOT EXISTS (
          SELECT 1 FROM search_documents m
          WHERE m.kind = d.kind AND m.key = d.key AND ${locality("m")} > ${locality("d")}
            AND ((m.scope_kind = 'municipality' AND m.scope_id = ${municipalityNumber})
              OR (m.scope_kind = 'region' AND m.scope_id IN (SELECT region_id FROM region_municipalities WHERE municipality_number = ${municipalityNumber})))
        ))
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
      ORDER BY rank DESC, own_language DESC, locality DESC, title, kind, key
      LIMIT ${sql.lit(limit)}
    )
    -- The bodies, for the snippets, of the shown hits only.
    SELECT page.kind, page.key, page.language, page.scope_kind, page.title, page.summary, page.path, page.total::int AS total, d.body
    FROM page JOIN search_documents d USING (kind, key, scope_kind, scope_id, language)
    ORDER BY page.rank DESC, page.own_language DESC, page.locality DESC, page.title, page.kind, page.key`;
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
  return { limit, words, terms: words.map(foldText), languages };
}

/** A hit's snippet: around the matched words in the body, else in the summary (the title matched), else the summary. */
function snippetFor(row: HitRow, matches: readonly TermMatch[]): SnippetPart[] {
  const matched = new Set(matches.flatMap((match) => match.words.get(row.language) ?? []));
  return snippetOf(row.body, matched) ?? snippetOf(row.summary, matched, 60) ?? (row.summary === "" ? [] : [{ text: row.summary, match: false }]);
}

/**
 * Searches what a reader in a municipality can see, in their language (and bokmål), forgiving
 * typos and æ/ø/å typed as ae/o/a. Each typed word is looked up in the word list (prefix and
 * trigram similarity on the folded spelling); the words found are searched with full-text
 * search and ranked by where they occur (title, then summary, then body).
 */
export async function searchDocuments(db: Kysely<DatabaseSchema>, request: SearchRequest): Promise<SearchResult> {
  const { limit, words, terms, languages } = prepare(request);
  if (terms.length === 0) return { terms: [], hits: [], total: 0 };
  const matches = matchTerms((await wordQuery(terms, words, languages).execute(db)).rows, terms.length, languages);
  const target = { language: request.language, municipalityNumber: request.municipalityNumber, limit };
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
    hits: rows.map((row) => ({
      kind: row.kind,
      key: row.key,
      language: row.language,
      scope: row.scope_kind,
      title: row.title,
      snippet: snippetFor(row, matches),
      path: row.path,
    })),
  };
}

/** The plans of a search's two statements (EXPLAIN ANALYZE), to check that they use the indexes. */
export async function explainSearch(db: Kysely<DatabaseSchema>, request: SearchRequest): Promise<{ words: string; hits: string }> {
  const { limit, words, terms, languages } = prepare(request);
  const plan = async (query: ReturnType<typeof wordQuery> | ReturnType<typeof hitQuery>) =>
    (await sql<{ "QUERY PLAN": string }>`EXPLAIN (ANALYZE, COSTS OFF) ${query}`.execute(db)).rows.map((row) => row["QUERY PLAN"]).join("\n");
  const matches = matchTerms((await wordQuery(terms, words, languages).execute(db)).rows, terms.length, languages);
  const target = { language: request.language, municipalityNumber: request.municipalityNumber, limit };
  return { words: await plan(wordQuery(terms, words, languages)), hits: await plan(hitQuery(target, buildQueries(matches, languages, "all"))) };
}
