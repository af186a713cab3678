import type { ColumnType } from "kysely";
import type { CreatedAt } from "../database/schema.ts";

export interface SearchDocumentsTable {
  kind: "page" | "service" | "event";
  key: string;
  scope_kind: "national" | "region" | "municipality";
  scope_id: string;
  language: string;
  title: string;
  summary: string;
  body: string;
  path: string;
  /** tsvectors, written with `to_tsvector` expressions in SQL. */
  document: ColumnType<string, string, string>;
  heading: ColumnType<string, string, string>;
  updated_at: CreatedAt;
}

export interface SearchWordsTable {
  language: string;
  word: string;
  folded: string;
}

/** Kysely's view of the tables the search module's migration creates. */
export interface SearchTables {
  search_documents: SearchDocumentsTable;
  search_words: SearchWordsTable;
}
