import { parseDateInput, type FieldError } from "@velkomst/validation";
import { isReadinessStatus, type ReadinessStatus } from "./readiness-items.ts";

/** What an editor may set on one checklist item. */
export interface ItemInput {
  status: ReadinessStatus;
  /** A colleague's account, or null. */
  ownerUserId: string | null;
  /** A free-text name or role; may be empty. */
  ownerName: string;
  dueDate: string | null;
  notes: string;
}

export const maxOwnerNameLength = 200;
export const maxNotesLength = 4000;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A real calendar date YYYY-MM-DD within a sensible range (no 2026-02-30, no year 20266). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 2000 || year > 2100) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks the form's fields (strings, as a browser sends them) and returns the item or the
 * problems by field, with codes the page translates: `status`, `ownerUser`, `tooLong`, `dueDate`,
 * `notRelevantNeedsNote`.
 */
export function parseItemInput(fields: Record<string, string | undefined>): { ok: true; value: ItemInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const status = fields.status ?? "";
  if (!isReadinessStatus(status)) errors.push({ path: "status", code: "status", message: "must be not-started, in-progress, done or not-relevant" });
  const ownerUser = (fields.ownerUser ?? "").trim();
  if (ownerUser !== "" && !uuidPattern.test(ownerUser)) errors.push({ path: "ownerUser", code: "ownerUser", message: "must be a user id" });
  const ownerName = (fields.ownerName ?? "").replace(/\s+/g, " ").trim();
  if (ownerName.length > maxOwnerNameLength) {
    errors.push({ path: "ownerName", code: "tooLong", params: { limit: maxOwnerNameLength }, message: `at most ${maxOwnerNameLength} characters` });
  }
  // Written the Norwegian way (30.09.2026) on the form, or in ISO form through the API.
  const typedDueDate = (fields.dueDate ?? "").trim();
  const dueDate = parseDateInput(typedDueDate) ?? typedDueDate;
  if (dueDate !== "" && !isIsoDate(dueDate)) errors.push({ path: "dueDate", code: "dueDate", message: "must be a date DD.MM.YYYY (or YYYY-MM-DD)" });
  const notes = (fields.notes ?? "").replace(/\r\n?/g, "\n").trim();
  if (notes.length > maxNotesLength) {
    errors.push({ path: "notes", code: "tooLong", params: { limit: maxNotesLength }, message: `at most ${maxNotesLength} characters` });
  } else if (status === "not-relevant" && notes === "") {
    errors.push({ path: "notes", code: "notRelevantNeedsNote", message: "say in the notes why the item is not relevant" });
  }
  if (errors.length > 0 || !isReadinessStatus(status)) return { ok: false, errors };
  return { ok: true, value: { status, ownerUserId: ownerUser === "" ? null : ownerUser.toLowerCase(), ownerName, dueDate: dueDate === "" ? null : dueDate, notes } };
}
