import { sql, type Kysely, type Transaction } from "kysely";
import type { Language } from "@velkomst/i18n";
import type { DatabaseSchema } from "../database/schema.ts";
import { distinctFoldedWords } from "./search-folding.ts";

export type SearchKind = "page" | "service" | "event";
export type SearchScope = { kind: "national" } | { kind: "region" | "municipality"; id: string };

/** One thing that can be found, in one language. */
export interface SearchDocument {
  language: Language;
  title: string;
  summary: string;
  /** Plain text, no HTML or Markdown. */
  body: string;
  /** Relative to /{lang}/kommune/{number}/, e.g. "info/helse", "tjenester/<id>", "arrangementer/<id>". */
  path: string;
}

export interface SearchTarget {
  kind: SearchKind;
  /** For pages the slug, so a local page hides the national page with the same slug. */
  key: string;
  scope: SearchScope;
}

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * Each language's PostgreSQL text search configuration, used for its stop words ("og", "the": a
 * page need not contain them); `simple` (none) where PostgreSQL has none. Documents themselves
 * are indexed word for word (`simple`): the Norwegian stemmer cuts compounds too far (fastlege →
 * "fast", which then finds "faste"), and inflections come from the word list instead (a known
 * word stands for the words that start with it or are nearly the same: barn, barna, barnet).
 */
export const stopWordConfigs: Record<Language, "norwegian" | "english" | "simple"> = {
  nb: "norwegian",
  nn: "norwegian",
  en: "english",
  uk: "simple",
  pl: "simple",
  ar: "simple",
};

const kinds: readonly string[] = ["page", "service", "event"];
/** Long enough for any real page; keeps a runaway body below PostgreSQL's tsvector limits. */
const longestBody = 100_000;

function scopeColumns(scope: SearchScope): { scope_kind: SearchScope["kind"]; scope_id: string } {
  if (scope.kind === "national") return { scope_kind: "national", scope_id: "" };
  if (scope.kind === "municipality" && !/^\d{4}$/.test(scope.id)) throw new Error(`search: "${scope.id}" is not a municipality number`);
  if (scope.kind === "region" && !/^[a-z0-9-]+$/.test(scope.id)) throw new Error(`search: "${scope.id}" is not a region id`);
  return { scope_kind: scope.kind, scope_id: scope.id };
}

function checkTarget(target: SearchTarget) {
  if (!kinds.includes(target.kind)) throw new Error(`search: unknown kind "${target.kind}"`);
  if (target.key === "" || target.key.length > 200) throw new Error("search: the key must be 1–200 characters");
  return scopeColumns(target.scope);
}

/**
 * The lexeme that marks a document's scope in its tsvector. Words never contain "§" (the parser
 * splits on it), so a marker cannot be typed; a search ANDs its words with the markers it may see.
 */
export function scopeMarker(scope: SearchScope): string {
  return scope.kind === "national" ? "§national" : scope.kind === "municipality" ? `§m${scope.id}` : `§r${scope.id}`;
}

async function inTransaction(db: Db, work: (transaction: Transaction<DatabaseSchema>) => Promise<void>): Promise<void> {
  if (db.isTransaction) return work(db as Transaction<DatabaseSchema>);
  return db.transaction().execute(work);
}

/** Adds the documents' words to the word list (words are never removed: a stale word only finds nothing). */
async function addWords(db: Transaction<DatabaseSchema>, documents: readonly SearchDocument[]) {
  const rows = new Map<string, { language: Language; word: string; folded: string }>();
  for (const document of documents) {
    for (const { word, folded } of distinctFoldedWords(`${document.title} ${document.summary} ${document.body.slice(0, longestBody)}`)) {
      rows.set(`${document.language} ${word}`, { language: document.language, word, folded });
    }
  }
  // In key order, so two writers adding the same words cannot deadlock.
  const sorted = [...rows.values()].sort((a, b) => (a.language < b.language ? -1 : a.language > b.language ? 1 : a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  for (let start = 0; start < sorted.length; start += 5000) {
    await db
      .insertInto("search_words")
      .values(sorted.slice(start, start + 5000))
      .onConflict((conflict) => conflict.columns(["language", "word"]).doNothing())
      .execute();
  }
}

/**
 * Replaces every document of (kind, key, scope) with these, one per language. Pass the
 * transaction of the write that changed the thing, so the index changes with it.
 */
export async function replaceSearchDocuments(db: Db, target: SearchTarget, documents: SearchDocument[]): Promise<void> {
  const scope = checkTarget(target);
  const languages = new Set<string>();
  for (const document of documents) {
    if (languages.has(document.language)) throw new Error(`search: two documents in ${document.language} for ${target.kind} ${target.key}`);
    languages.add(document.language);
    if (document.path === "" || document.path.startsWith("/")) throw new Error(`search: the path "${document.path}" must be relative to /{lang}/kommune/{number}/`);
  }
  await inTransaction(db, async (transaction) => {
    await transaction
      .deleteFrom("search_documents")
      .where("kind", "=", target.kind)
      .where("key", "=", target.key)
      .where("scope_kind", "=", scope.scope_kind)
      .where("scope_id", "=", scope.scope_id)
      .execute();
    if (documents.length === 0) return;
    await transaction
      .insertInto("search_documents")
      .values(
        documents.map((document) => {
          const body = document.body.slice(0, longestBody);
          return {
            kind: target.kind,
            key: target.key,
            ...scope,
            language: document.language,
            title: document.title,
            summary: document.summary,
            body,
            path: document.path,
            document: sql<string>`strip(to_tsvector('simple', ${`${document.title}\n${document.summary}\n${body}`})) || array_to_tsvector(ARRAY[${scopeMarker(target.scope)}]::text[])`,
            heading: sql<string>`setweight(to_tsvector('simple', ${document.title}), 'A') || setweight(to_tsvector('simple', ${document.summary}), 'B')`,
          };
        }),
      )
      .execute();
    await addWords(transaction, documents);
  });
}

/** Removes every document of (kind, key, scope), in every language. */
export async function removeSearchDocuments(db: Db, target: SearchTarget): Promise<void> {
  const scope = checkTarget(target);
  await db
    .deleteFrom("search_documents")
    .where("kind", "=", target.kind)
    .where("key", "=", target.key)
    .where("scope_kind", "=", scope.scope_kind)
    .where("scope_id", "=", scope.scope_id)
    .execute();
}
