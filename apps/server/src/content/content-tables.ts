import type { ColumnType, Generated } from "kysely";
import type { CreatedAt } from "../database/schema.ts";

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export type VersionStatus = "draft" | "review" | "published" | "archived";
export type PageScopeKind = "national" | "region" | "municipality";

export interface ContentSourceLink {
  title: string;
  url: string;
  /** For a source that backs a fact stated on the page (a deadline, a rate, a phone number): the day it was last checked, `YYYY-MM-DD`. */
  checked?: string;
}

/** Kysely's view of the tables the content module's migration (0002_content.sql) creates. */
export interface ContentPagesTable {
  id: Generated<string>;
  slug: string;
  scope_kind: PageScopeKind;
  scope_id: ColumnType<string, string | undefined, string>;
  theme: string | null;
  seed: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ContentVersionsTable {
  id: Generated<string>;
  page_id: string;
  language: string;
  number: number;
  status: VersionStatus;
  title: string;
  summary: string;
  body: string;
  sources: ColumnType<ContentSourceLink[], string | undefined, string>;
  steps: ColumnType<string[], string[] | undefined, string[]>;
  content_hash: string;
  source_version_id: string | null;
  machine_translated: Generated<boolean>;
  import_hash: string | null;
  restored_from: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: UpdatedAt;
  submitted_by: string | null;
  submitted_at: NullableTimestamp;
  reviewed_by: string | null;
  reviewed_at: NullableTimestamp;
  review_comment: string | null;
  published_at: NullableTimestamp;
  archived_at: NullableTimestamp;
}

export interface ContentFeedbackTable {
  id: Generated<number>;
  page_id: string;
  language: string;
  municipality_number: string;
  useful: boolean;
  comment: string | null;
  reader_key: string;
  answers: Generated<number>;
  created_at: CreatedAt;
}

export interface ContentTables {
  content_pages: ContentPagesTable;
  content_versions: ContentVersionsTable;
  content_feedback: ContentFeedbackTable;
}
