import { sql, type Kysely } from "kysely";
import type { Language } from "@velkomst/i18n";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import { enqueueMail, type QueuedMail } from "../mail/mail-queue.ts";
import { hashToken, newToken } from "../auth/tokens.ts";
import { recentActionsFrom, recordAudit } from "../audit/audit-log.ts";
import { InvalidInputError, NotFoundError, TooManyRequestsError } from "../platform/domain-errors.ts";
import { decideSignup, promotions } from "./capacity.ts";
import { alreadySignedUpMail, promotedMail, signupMail, type MailRecipient } from "./event-mail.ts";
import { findEvent, pageMunicipalityOf, type EventRecord } from "./events-repository.ts";
import { occurrenceOn, type Occurrence } from "./recurrence.ts";

type Db = Kysely<DatabaseSchema>;

/** What sign-ups, cancellations and reminders need of the app's services. */
export interface EventServices {
  db: Db;
  config: { publicUrl: string };
  clock: Clock;
}

export interface SignupInput {
  eventId: string;
  date: string;
  name: string;
  email: string;
  partySize: number;
  preferredLanguage: string | null;
  /** The language of the page, used for every e-mail to this person. */
  language: Language;
  /** The municipality whose page the sign-up came from (links in e-mails open it). */
  municipalityNumber: string;
  /** The address the form came from: sign-ups are public and send e-mail, so each address has a limit. */
  ip: string;
}

/** Sign-ups (and re-sent confirmations) one address may make in an hour: a class or a family, not a script. */
export const signupsPerAddress = 20;
const signupWindowSeconds = 60 * 60;

/**
 * Refuses an address that has signed up `signupsPerAddress` times in the last hour. Counted in
 * the audit log the database shares, so the limit holds across several server processes.
 */
async function checkSignupRate(db: Db, ip: string, now: Date): Promise<void> {
  if ((await recentActionsFrom(db, "event.signup", ip, signupWindowSeconds * 1000, now)) >= signupsPerAddress) {
    throw new TooManyRequestsError(signupWindowSeconds, "too many sign-ups from this address; try again in an hour");
  }
}

export type SignupOutcome = { status: "confirmed" | "waiting"; position: number };

/**
 * Makes sure the occurrence is a row and locks it (`SELECT … FOR UPDATE`): every change to its
 * seats happens under this lock, so two people cannot both take the last seat, on PGlite or on
 * PostgreSQL with several app instances.
 */
async function lockOccurrence(transaction: Db, eventId: string, occurrence: Occurrence): Promise<{ id: string; cancelled: boolean }> {
  await transaction
    .insertInto("event_occurrences")
    .values({ event_id: eventId, occurs_on: occurrence.date, starts_at: occurrence.startsAt, ends_at: occurrence.endsAt })
    .onConflict((c) => c.columns(["event_id", "occurs_on"]).doNothing())
    .execute();
  return transaction
    .selectFrom("event_occurrences")
    .select(["id", "cancelled"])
    .where("event_id", "=", eventId)
    .where("occurs_on", "=", occurrence.date)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

async function seatState(transaction: Db, occurrenceId: string) {
  const row = await sql<{ confirmed_people: number; waiting_count: number }>`
    SELECT COALESCE(SUM(party_size) FILTER (WHERE status = 'confirmed'), 0)::int AS confirmed_people,
           COUNT(*) FILTER (WHERE status = 'waiting')::int AS waiting_count
    FROM event_signups WHERE occurrence_id = ${occurrenceId}`.execute(transaction);
  return { confirmedPeople: row.rows[0]?.confirmed_people ?? 0, waitingCount: row.rows[0]?.waiting_count ?? 0 };
}

/** The place in the waiting list, counted from 1. */
async function waitingPosition(transaction: Db, occurrenceId: string, seq: number): Promise<number> {
  const row = await transaction
    .selectFrom("event_signups")
    .select((eb) => eb.fn.countAll<number>().as("ahead"))
    .where("occurrence_id", "=", occurrenceId)
    .where("status", "=", "waiting")
    .where("seq", "<=", seq)
    .executeTakeFirstOrThrow();
  return Number(row.ahead);
}

/** The occurrence a reader can still sign up for, or a refusal naming why not. */
export function openOccurrence(event: EventRecord | undefined, date: string, now: Date): Occurrence {
  if (!event) throw new NotFoundError("event", "");
  const occurrence = occurrenceOn(event, date);
  if (!occurrence) throw new NotFoundError("occurrence", date);
  if (event.status === "cancelled") throw new InvalidInputError([{ path: "date", code: "eventCancelled", message: "the event is cancelled" }], 409);
  if (!event.signupEnabled) throw new InvalidInputError([{ path: "date", code: "noSignup", message: "this event has no sign-up: just come" }], 409);
  if (occurrence.startsAt <= now) throw new InvalidInputError([{ path: "date", code: "past", message: "the occurrence has started or is over" }], 409);
  return occurrence;
}

/** Queues the e-mails of a change; the mail queue sends them (and tries again if the mail server fails). */
export async function queueEventMails(db: Db, mails: readonly QueuedMail[], now: Date): Promise<void> {
  for (const mail of mails) await enqueueMail(db, mail, now);
}

/**
 * Signs a person up for one occurrence: a seat if one is free and nobody waits, else the waiting
 * list. The same address twice for the same date gets no second seat; the answer is the one a
 * new sign-up would get (so the form does not tell whether someone signed up), their cancel link
 * keeps working, and they get an e-mail saying their sign-up is unchanged.
 */
export async function signUp(services: EventServices, input: SignupInput, now = services.clock.now()): Promise<SignupOutcome> {
  const event = await findEvent(services.db, input.eventId);
  const occurrence = openOccurrence(event, input.date, now);
  const email = input.email.trim().toLowerCase();
  await checkSignupRate(services.db, input.ip, now);
  const context = { publicUrl: services.config.publicUrl, event: event!, occurrence, municipalityNumber: input.municipalityNumber };
  return services.db.transaction().execute(async (transaction) => {
    const locked = await lockOccurrence(transaction, input.eventId, occurrence);
    if (locked.cancelled) throw new InvalidInputError([{ path: "date", code: "occurrenceCancelled", message: "this date is cancelled" }], 409);
    const seats = await seatState(transaction, locked.id);
    const status = decideSignup({ capacity: event!.capacity, ...seats }, input.partySize);
    const existing = await transaction
      .selectFrom("event_signups")
      .select(["id", "name", "party_size", "language"])
      .where("occurrence_id", "=", locked.id)
      .where("email", "=", email)
      .where("status", "!=", "cancelled")
      .executeTakeFirst();
    if (existing) {
      await recordAudit(transaction, { actorUserId: null, action: "event.signup", subjectType: "event_signup", subjectId: existing.id, details: { repeated: true }, ip: input.ip, at: now });
      const recipient = { name: existing.name ?? input.name.trim(), email, language: existing.language as Language, partySize: existing.party_size };
      await enqueueMail(transaction, alreadySignedUpMail(context, recipient), now);
      return { status, position: status === "waiting" ? seats.waitingCount + 1 : 0 };
    }
    const token = newToken();
    const inserted = await transaction
      .insertInto("event_signups")
      .values({
        occurrence_id: locked.id,
        status,
        name: input.name.trim(),
        email,
        party_size: input.partySize,
        language: input.language,
        preferred_language: input.preferredLanguage?.trim() || null,
        consented_at: now,
        cancel_token_hash: hashToken(token),
        created_at: now,
      })
      .returning(["id", "seq"])
      .executeTakeFirstOrThrow();
    await recordAudit(transaction, { actorUserId: null, action: "event.signup", subjectType: "event_signup", subjectId: inserted.id, ip: input.ip, at: now });
    const position = status === "waiting" ? await waitingPosition(transaction, locked.id, inserted.seq) : 0;
    const recipient: MailRecipient = { name: input.name.trim(), email, language: input.language, partySize: input.partySize };
    await enqueueMail(transaction, signupMail(context, recipient, { status, position, cancelToken: token }), now);
    return { status, position };
  });
}

export interface SignupByToken {
  event: EventRecord;
  occurrence: { date: string; startsAt: Date; endsAt: Date; cancelled: boolean };
  status: "confirmed" | "waiting";
  partySize: number;
}

/** The sign-up a cancel link belongs to, while the link is still unused. */
export async function findSignupByToken(db: Db, token: string): Promise<SignupByToken | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const row = await db
    .selectFrom("event_signups")
    .innerJoin("event_occurrences", "event_occurrences.id", "event_signups.occurrence_id")
    .select(["event_signups.status", "event_signups.party_size", "event_occurrences.event_id", "event_occurrences.occurs_on", "event_occurrences.starts_at", "event_occurrences.ends_at", "event_occurrences.cancelled"])
    .where("event_signups.cancel_token_hash", "=", hashToken(token))
    .where("event_signups.status", "!=", "cancelled")
    .executeTakeFirst();
  if (!row) return undefined;
  const event = await findEvent(db, row.event_id);
  if (!event) return undefined;
  return {
    event,
    occurrence: { date: row.occurs_on, startsAt: row.starts_at, endsAt: row.ends_at, cancelled: row.cancelled },
    status: row.status as "confirmed" | "waiting",
    partySize: row.party_size,
  };
}

/**
 * Moves the head of the waiting list into freed seats, inside the caller's transaction (which
 * holds the occurrence's lock). Returns who moved up, for the e-mails sent after commit.
 */
export async function promoteWaiting(transaction: Db, occurrenceId: string, capacity: number | null, now: Date): Promise<MailRecipient[]> {
  const state = await seatState(transaction, occurrenceId);
  const waiting = await transaction
    .selectFrom("event_signups")
    .select(["id", "party_size", "name", "email", "language"])
    .where("occurrence_id", "=", occurrenceId)
    .where("status", "=", "waiting")
    .orderBy("seq")
    .execute();
  const ids = promotions(capacity, state.confirmedPeople, waiting.map((w) => ({ id: w.id, partySize: w.party_size })));
  if (ids.length === 0) return [];
  await transaction.updateTable("event_signups").set({ status: "confirmed", promoted_at: now }).where("id", "in", ids).execute();
  return waiting
    .filter((w) => ids.includes(w.id))
    .map((w) => ({ name: w.name ?? "", email: w.email ?? "", language: w.language as Language, partySize: w.party_size }));
}

/**
 * Cancels through the link in the e-mail: the link is single-use, the person's name and address
 * are removed at once, and a freed seat goes to the head of the waiting list, who is told by e-mail.
 */
export async function cancelSignup(services: EventServices, token: string, now = services.clock.now()): Promise<{ event: EventRecord; date: string } | undefined> {
  const found = await findSignupByToken(services.db, token);
  if (!found) return undefined;
  const hash = hashToken(token);
  const result = await services.db.transaction().execute(async (transaction) => {
    // The occurrence first, as sign-ups lock it first: one order, no deadlock.
    const occurrence = await transaction
      .selectFrom("event_occurrences")
      .select(["id", "starts_at", "ends_at"])
      .where("event_id", "=", found.event.id)
      .where("occurs_on", "=", found.occurrence.date)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const cancelled = await transaction
      .updateTable("event_signups")
      .set({ status: "cancelled", name: null, email: null, preferred_language: null, cancel_token_hash: null, cancelled_at: now })
      .where("cancel_token_hash", "=", hash)
      .where("status", "!=", "cancelled")
      .returning(["status"])
      .executeTakeFirst();
    if (!cancelled) return undefined;
    const promoted = await promoteWaiting(transaction, occurrence.id, found.event.capacity, now);
    return { promoted, occurrence: { startsAt: occurrence.starts_at, endsAt: occurrence.ends_at } };
  });
  if (!result) return undefined;
  if (result.promoted.length > 0) {
    const municipalityNumber = await pageMunicipalityOf(services.db, found.event.owner);
    const context = { publicUrl: services.config.publicUrl, event: found.event, occurrence: result.occurrence, municipalityNumber };
    await queueEventMails(services.db, result.promoted.map((recipient) => promotedMail(context, recipient)), now);
  }
  return { event: found.event, date: found.occurrence.date };
}
