import { sql } from "kysely";
import type { Language } from "@velkomst/i18n";
import { reminderMail } from "./event-mail.ts";
import { findEvent, pageMunicipalityOf, type EventRecord } from "./events-repository.ts";
import { enqueueMail } from "../mail/mail-queue.ts";
import { intervalSetting } from "../platform/job-schedule.ts";
import type { EventServices } from "./signups.ts";

/** A reminder goes out a day before the start, to those who signed up earlier than that. */
export const reminderLeadHours = 24;
/** Sign-ups (names and e-mail addresses) are deleted this many days after their occurrence ends. */
export const signupRetentionDays = 30;
const batchSize = 50;

interface DueReminder {
  id: string;
  name: string;
  email: string;
  language: Language;
  party_size: number;
  event_id: string;
  starts_at: Date;
  ends_at: Date;
}

export interface ReminderRun {
  queued: number;
  deleted: number;
}

/**
 * Queues the reminders that are due, and deletes sign-ups whose occurrence ended more than 30 days
 * ago. Due rows are claimed with `FOR UPDATE SKIP LOCKED`, so several app instances (or the CLI
 * next to the server) can run this at once and each reminder is queued once; the mail queue
 * sends it, and tries again if the mail server fails.
 */
export async function sendDueReminders(services: EventServices, now = services.clock.now()): Promise<ReminderRun> {
  const run: ReminderRun = { queued: 0, deleted: 0 };
  const events = new Map<string, { event: EventRecord; municipalityNumber: string } | null>();
  for (;;) {
    const batch = await services.db.transaction().execute(async (transaction) => {
      const due = await sql<DueReminder>`
        SELECT s.id, s.name, s.email, s.language, s.party_size, o.event_id, o.starts_at, o.ends_at
        FROM event_signups s
        JOIN event_occurrences o ON o.id = s.occurrence_id
        JOIN events e ON e.id = o.event_id
        WHERE s.status = 'confirmed' AND s.reminder_sent_at IS NULL
          AND NOT o.cancelled AND e.status = 'scheduled'
          AND o.starts_at > ${now}
          AND o.starts_at <= ${now}::timestamptz + make_interval(hours => ${reminderLeadHours})
          AND s.created_at <= o.starts_at - make_interval(hours => ${reminderLeadHours})
        ORDER BY o.starts_at, s.seq
        LIMIT ${batchSize}
        FOR UPDATE OF s SKIP LOCKED`.execute(transaction);
      const queuedIds: string[] = [];
      for (const row of due.rows) {
        if (!events.has(row.event_id)) {
          const event = await findEvent(transaction, row.event_id);
          events.set(row.event_id, event ? { event, municipalityNumber: await pageMunicipalityOf(transaction, event.owner) } : null);
        }
        const found = events.get(row.event_id);
        if (!found) continue;
        const mail = reminderMail(
          { publicUrl: services.config.publicUrl, event: found.event, occurrence: { startsAt: row.starts_at, endsAt: row.ends_at }, municipalityNumber: found.municipalityNumber },
          { name: row.name, email: row.email, language: row.language, partySize: row.party_size },
        );
        await enqueueMail(transaction, mail, now);
        queuedIds.push(row.id);
      }
      if (queuedIds.length > 0) await transaction.updateTable("event_signups").set({ reminder_sent_at: now }).where("id", "in", queuedIds).execute();
      return { claimed: due.rows.length, queued: queuedIds.length };
    });
    run.queued += batch.queued;
    // A batch where nothing could be queued (its events are gone) would come back the same.
    if (batch.claimed < batchSize || batch.queued === 0) break;
  }
  run.deleted = await deleteExpiredSignups(services, now);
  return run;
}

/** Personal data is kept until 30 days after the occurrence (the consent text says so), then deleted. */
export async function deleteExpiredSignups(services: Pick<EventServices, "db" | "clock">, now = services.clock.now()): Promise<number> {
  const result = await sql`
    DELETE FROM event_signups s USING event_occurrences o
    WHERE o.id = s.occurrence_id AND o.ends_at < ${now}::timestamptz - make_interval(days => ${signupRetentionDays})`.execute(services.db);
  return Number(result.numAffectedRows ?? 0);
}

/** How often main.ts runs the job: REMINDER_INTERVAL_SECONDS (default 300; 0 turns it off). */
export function reminderIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  return intervalSetting("REMINDER_INTERVAL_SECONDS", 300, env);
}
