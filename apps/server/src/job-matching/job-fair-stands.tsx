import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Kysely } from "kysely";
import type { Language } from "@velkomst/i18n";
import { recordAudit } from "../audit/audit-log.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Employer } from "../employers/employers-repository.ts";
import { eventsCovering, localise, type EventRecord } from "../events/events-repository.ts";
import type { Clock } from "../platform/clock.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import { usePage } from "../web/page-context.tsx";
import { jobMatchingTexts } from "./job-matching-texts.ts";
import { occupationName } from "./occupation-names.ts";

type Db = Kysely<DatabaseSchema>;

export interface Stand {
  employerName: string;
  openings: Array<{ title: string; occupationCode: string; municipalityName: string }>;
}

/** The approved employers with a stand at the fair, and the open openings they bring, by name. */
export async function jobFairStandsOf(db: Db, eventId: string): Promise<Stand[]> {
  const stands = await db
    .selectFrom("job_fair_stands as s")
    .innerJoin("employers as e", "e.id", "s.employer_id")
    .select(["e.id", "e.name"])
    .where("s.event_id", "=", eventId)
    .where("e.status", "=", "approved")
    .orderBy("e.name")
    .orderBy("e.id")
    .execute();
  const openings = await db
    .selectFrom("job_fair_openings as f")
    .innerJoin("job_openings as o", "o.id", "f.opening_id")
    .innerJoin("municipalities as m", "m.number", "o.municipality_number")
    .select(["f.employer_id", "o.title", "o.occupation_code", "m.name as municipality_name"])
    .where("f.event_id", "=", eventId)
    .where("o.status", "=", "open")
    .orderBy("o.title")
    .execute();
  return stands.map((stand) => ({
    employerName: stand.name,
    openings: openings
      .filter((o) => o.employer_id === stand.id)
      .map((o) => ({ title: o.title, occupationCode: o.occupation_code, municipalityName: o.municipality_name })),
  }));
}

/** The job fair's stands on the event page (events module, kind `job-fair`). */
export function JobFairStands({ stands }: { stands: readonly Stand[] }) {
  const { lang } = usePage();
  const t = jobMatchingTexts(lang);
  return (
    <section className="stack" aria-labelledby="job-fair-stands">
      <Heading level={2} data-size="sm" id="job-fair-stands">
        {t("fair.stands")}
      </Heading>
      {stands.length === 0 ? (
        <Paragraph>{t("fair.noStands")}</Paragraph>
      ) : (
        stands.map((stand) => (
          <Card key={stand.employerName} className="stack">
            <Heading level={3} data-size="xs">
              {stand.employerName}
            </Heading>
            {stand.openings.length > 0 && (
              <ul>
                {stand.openings.map((o) => (
                  <li key={o.title}>
                    <strong>{o.title}</strong> – {occupationName(o.occupationCode, lang)} · {o.municipalityName}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))
      )}
    </section>
  );
}

export interface Fair {
  event: EventRecord;
  title: string;
  municipalityNumber: string;
  standOpeningIds: string[] | null;
}

/** Upcoming job fairs covering the employer's workplace municipalities, with the employer's stand if it has one. */
export async function fairsFor(db: Db, employer: Employer, now: Date, lang: Language): Promise<Fair[]> {
  const found = new Map<string, Fair>();
  for (const workplace of employer.workplaces) {
    for (const event of await eventsCovering(db, workplace.municipalityNumber)) {
      if (event.kind !== "job-fair" || event.status !== "scheduled" || (event.endsAt <= now && !event.recurrence) || found.has(event.id)) continue;
      found.set(event.id, { event, title: localise(event, lang).title, municipalityNumber: workplace.municipalityNumber, standOpeningIds: null });
    }
  }
  if (found.size === 0) return [];
  const ids = [...found.keys()];
  const stands = await db.selectFrom("job_fair_stands").select("event_id").where("employer_id", "=", employer.id).where("event_id", "in", ids).execute();
  const openings = await db.selectFrom("job_fair_openings").select(["event_id", "opening_id"]).where("employer_id", "=", employer.id).where("event_id", "in", ids).execute();
  for (const stand of stands) found.get(stand.event_id)!.standOpeningIds = openings.filter((o) => o.event_id === stand.event_id).map((o) => o.opening_id);
  return [...found.values()].sort((a, b) => a.event.startsAt.getTime() - b.event.startsAt.getTime() || a.event.id.localeCompare(b.event.id));
}

/** Takes (or changes) the employer's stand with the chosen own openings, or withdraws it; all in one transaction. */
export async function saveStand(services: { db: Db; clock: Clock }, actor: Viewer, employer: Employer, fair: Fair | undefined, eventId: string, openingIds: readonly string[] | null, ip: string | null): Promise<void> {
  if (!fair) throw new NotFoundError("job fair", eventId);
  const { db, clock } = services;
  await db.transaction().execute(async (transaction) => {
    await transaction.deleteFrom("job_fair_stands").where("event_id", "=", eventId).where("employer_id", "=", employer.id).execute();
    if (openingIds !== null) {
      await transaction.insertInto("job_fair_stands").values({ event_id: eventId, employer_id: employer.id, created_at: clock.now() }).execute();
      const own = openingIds.length === 0 ? [] : await transaction.selectFrom("job_openings").select("id").where("employer_id", "=", employer.id).where("id", "in", [...openingIds]).execute();
      if (own.length > 0) await transaction.insertInto("job_fair_openings").values(own.map((o) => ({ event_id: eventId, employer_id: employer.id, opening_id: o.id }))).execute();
    }
    await recordAudit(transaction, { actorUserId: actor.id, action: openingIds === null ? "job-fair.stand-withdrawn" : "job-fair.stand-saved", subjectType: "event", subjectId: eventId, details: { employerId: employer.id }, ip });
  });
}
