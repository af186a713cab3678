import type { ColumnType, Generated } from "kysely";
import type { CreatedAt, Timestamp } from "../database/schema.ts";

/** Kysely's view of the tables of migration 0007 (readiness checklists, seed 000 §2.2). */
export interface ReadinessTables {
  readiness_checklists: ReadinessChecklistsTable;
  readiness_items: ReadinessItemsTable;
  readiness_documents: ReadinessDocumentsTable;
  readiness_item_history: ReadinessItemHistoryTable;
}

export interface ReadinessChecklistsTable {
  id: Generated<string>;
  municipality_number: string | null;
  region_id: string | null;
  created_at: CreatedAt;
}

export type ReadinessStatusColumn = "not-started" | "in-progress" | "done" | "not-relevant";

export interface ReadinessItemsTable {
  checklist_id: string;
  item_id: string;
  status: ReadinessStatusColumn;
  owner_user_id: string | null;
  owner_name: string;
  /** `YYYY-MM-DD` (date columns are read as strings, see database/type-parsers.ts). */
  due_date: string | null;
  notes: string;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface ReadinessDocumentsTable {
  id: Generated<string>;
  checklist_id: string;
  item_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  /** pg reads bytea as a Buffer, PGlite as a Uint8Array. */
  content: ColumnType<Uint8Array, Uint8Array, never>;
  uploaded_by: string | null;
  uploaded_at: CreatedAt;
}

export interface ReadinessItemHistoryTable {
  id: Generated<number>;
  checklist_id: string;
  item_id: string;
  at: CreatedAt;
  actor_user_id: string | null;
  actor_name: string;
  changes: ColumnType<ReadinessChanges, string, never>;
}

/** One saved change of an item: each field that changed with its value before and after. */
export interface ReadinessChanges {
  status?: { from: ReadinessStatusColumn; to: ReadinessStatusColumn };
  owner?: { from: string; to: string };
  dueDate?: { from: string | null; to: string | null };
  notes?: { from: string; to: string };
  documentAdded?: string;
  documentRemoved?: string;
}
