import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import { enqueueMail } from "../mail/mail-queue.ts";
import type { Clock } from "../platform/clock.ts";
import { scopeCoversMunicipality, type MunicipalityPlace, type ScopeKind } from "../staff/roles.ts";
import { settlementPaths } from "./settlement-paths.ts";
import { settlementTexts } from "./settlement-texts.ts";

/** Tells a municipality's settlement contacts that enquiries were sent; it never throws. */
export type EnquiryNotifier = (enquiryIds: readonly string[]) => Promise<void>;

/**
 * The settlement contacts of a municipality are its administrators: users holding
 * municipality-admin in a scope that covers it (the municipality itself, its county or region, or
 * the country), who are not disabled.
 */
export async function settlementContacts(db: Kysely<DatabaseSchema>, numbers: readonly string[]): Promise<Map<string, Array<{ email: string; name: string }>>> {
  const result = new Map<string, Array<{ email: string; name: string }>>(numbers.map((n) => [n, []]));
  if (numbers.length === 0) return result;
  const [assignments, municipalities, memberships] = await Promise.all([
    db
      .selectFrom("role_assignments as r")
      .innerJoin("users as u", "u.id", "r.user_id")
      .select(["u.email", "u.name", "r.scope_kind", "r.scope_id"])
      .where("r.role", "=", "municipality-admin")
      .where("u.disabled", "=", false)
      .orderBy("u.email")
      .execute(),
    db.selectFrom("municipalities").select(["number", "county_number"]).where("number", "in", numbers).execute(),
    db.selectFrom("region_municipalities").select(["region_id", "municipality_number"]).where("municipality_number", "in", numbers).execute(),
  ]);
  for (const m of municipalities) {
    const place: MunicipalityPlace = { number: m.number, countyNumber: m.county_number, regionIds: memberships.filter((r) => r.municipality_number === m.number).map((r) => r.region_id) };
    const seen = new Set<string>();
    const list = result.get(m.number)!;
    for (const a of assignments) {
      if (seen.has(a.email) || !scopeCoversMunicipality({ kind: a.scope_kind as ScopeKind, id: a.scope_id }, place)) continue;
      seen.add(a.email);
      list.push({ email: a.email, name: a.name });
    }
  }
  return result;
}

/**
 * Queues an e-mail to each municipality's settlement contacts about the enquiries sent to it, one
 * mail per contact and municipality, in bokmål (the staff's working language) with a link to the
 * enquiry page. The mail holds no personal data beyond each household's reference and size:
 * names, ages and needs are behind the sign-in. Called after the enquiries are committed; a
 * failure is logged and never undoes an enquiry (the mail queue tries again if the server fails).
 */
export function createEnquiryNotifier(options: { db: Kysely<DatabaseSchema>; publicUrl: string; log: FastifyBaseLogger; clock: Clock }): EnquiryNotifier {
  const { db, publicUrl, log, clock } = options;
  const st = settlementTexts("nb");
  return async (enquiryIds) => {
    if (enquiryIds.length === 0) return;
    try {
      const rows = await db
        .selectFrom("settlement_enquiries as e")
        .innerJoin("settlement_households as h", "h.id", "e.household_id")
        .innerJoin("municipalities as m", "m.number", "e.municipality_number")
        .select(["e.id", "e.year", "e.municipality_number", "e.persons", "m.name", "h.reference"])
        .where("e.id", "in", enquiryIds)
        .orderBy("h.reference")
        .execute();
      const byMunicipality = new Map<string, typeof rows>();
      for (const row of rows) byMunicipality.set(row.municipality_number, [...(byMunicipality.get(row.municipality_number) ?? []), row]);
      const contacts = await settlementContacts(db, [...byMunicipality.keys()]);
      const withoutContacts: string[] = [];
      for (const [number, enquiries] of byMunicipality) {
        const first = enquiries[0]!;
        const to = contacts.get(number) ?? [];
        if (to.length === 0) {
          withoutContacts.push(number);
          continue;
        }
        const households = enquiries.map((e) => st("mail.enquiryLine", { reference: e.reference, persons: e.persons })).join("\n");
        const link = `${publicUrl}${settlementPaths.enquiries("nb", first.year)}`;
        const subject = enquiries.length === 1 ? st("mail.enquirySubjectOne", { municipality: first.name, reference: first.reference }) : st("mail.enquirySubjectMany", { municipality: first.name, count: enquiries.length });
        const text = st("mail.enquiryText", { municipality: first.name, count: enquiries.length, households, link });
        for (const contact of to) await enqueueMail(db, { to: contact.email, language: "nb", template: "settlement-enquiry", subject, text }, clock.now());
      }
      // One line for the whole batch: most municipalities have no administrator in Velkomst yet.
      if (withoutContacts.length > 0) log.warn({ municipalities: withoutContacts }, "settlement enquiry: no administrator to e-mail in these municipalities");
    } catch (error) {
      log.error({ err: error, enquiries: enquiryIds }, "settlement enquiry: the e-mails could not be queued");
    }
  };
}
