import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";

export interface BookingView {
  id: string;
  interpreterName: string;
  language: string;
  startsAt: Date;
  endsAt: Date;
  exemptionReason: string | null;
}

/** The interpreters booked (not cancelled) for one guidance case or event, earliest first (the caller has checked access and logs the read). */
export async function interpreterBookingsFor(db: Kysely<DatabaseSchema>, target: { guidanceCaseId: string } | { eventIds: readonly string[] }): Promise<BookingView[]> {
  let query = db
    .selectFrom("interpreter_bookings")
    .innerJoin("interpreters", "interpreters.id", "interpreter_bookings.interpreter_id")
    .select(["interpreter_bookings.id", "interpreters.name", "interpreter_bookings.language", "interpreter_bookings.starts_at", "interpreter_bookings.ends_at", "interpreter_bookings.exemption_reason"]);
  query = query.where("interpreter_bookings.cancelled_at", "is", null);
  if ("guidanceCaseId" in target) query = query.where("guidance_case_id", "=", target.guidanceCaseId);
  else if (target.eventIds.length === 0) return [];
  else query = query.where("event_id", "in", target.eventIds);
  const rows = await query.orderBy("interpreter_bookings.starts_at").execute();
  return rows.map((r) => ({ id: r.id, interpreterName: r.name, language: r.language, startsAt: r.starts_at, endsAt: r.ends_at, exemptionReason: r.exemption_reason }));
}
