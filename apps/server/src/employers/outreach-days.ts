import { sql, type Kysely } from "kysely";
import { intlLocale, type Language } from "@velkomst/i18n";
import { recordAudit } from "../audit/audit-log.ts";
import { hashToken, newToken } from "../auth/tokens.ts";
import type { Viewer } from "../auth/viewer.ts";
import { calendarText, escapeText, utcDateTime } from "../calendar/icalendar.ts";
import type { Config } from "../config.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { addDays, fromOslo, isCalendarDate, osloTimeZone, timePattern } from "../events/oslo-time.ts";
import { enqueueMail } from "../mail/mail-queue.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { isUniqueViolation } from "../platform/unique-violation.ts";
import { employerStaffRoles, ownMunicipalities } from "./employers-access.ts";
import { employersPaths } from "./employers-paths.ts";
import type { WorkerNotice } from "./employers-repository.ts";
import { employersTexts } from "./employers-texts.ts";

type Db = Kysely<DatabaseSchema>;

/** Weeks ahead the coordinator sees reported arrivals for. */
export const arrivalWeeks = 12;
/** At most this many slots in one day (a long day of short ID checks). */
const maxSlots = 60;

export interface WeeklyArrivals {
  municipalityNumber: string;
  municipalityName: string;
  /** The Monday the week starts. */
  weekStart: string;
  /** ISO week number. */
  week: number;
  count: number;
}

export interface OutreachDay {
  id: string;
  municipalityNumber: string;
  municipalityName: string;
  day: string;
  place: string;
  status: "requested" | "published";
  slots: number;
  booked: number;
}

export interface SlotBooking {
  slotId: string;
  startsAt: Date;
  endsAt: Date;
  /** `coming`: the slot has not started, so the coordinator may still move or cancel it. */
  booking: { id: string; workerName: string; employerName: string; noShow: boolean; coming: boolean } | null;
}

export interface Appointment {
  bookingId: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  municipalityName: string;
  /** Booked by a user of the worker's employer (who may then move or cancel it), not by the worker. */
  bookedByEmployer: boolean;
  /** The calendar event's revision (RFC 5545 SEQUENCE). */
  sequence: number;
}

export type FreeSlot = { id: string; startsAt: Date; place: string };

/** Who moved or cancelled a booking: the words of the worker's mail and the audit entry follow. */
type ChangedBy = "worker" | "employer" | "municipality";
/** Who is mailed about a change, with the words for each. */
const changeMails = {
  employer: { moved: "outreach.movedConfirmation", cancelled: "outreach.cancelledByEmployer" },
  municipality: { moved: "outreach.movedByMunicipality", cancelled: "outreach.cancelledByMunicipality" },
} as const;
/** The worker whose booking changes: whom to mail, in which language. */
type MailedWorker = Pick<WorkerNotice, "id" | "name" | "email" | "language">;

/** Why a booking or a move was refused: the slot went to someone else, or there is nothing of the employer's to change. */
const slotTaken = () => new InvalidInputError([{ path: "tid", code: "slot", message: "a free time of a published outreach day in the worker's municipality, and one ID check per worker and day" }], 409);

/** The Monday of the ISO week a date falls in, and the week's number. */
export function isoWeek(date: string): { weekStart: string; week: number } {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const weekStart = addDays(date, -weekday);
  // The week belongs to the year its Thursday falls in (ISO 8601).
  const thursday = new Date(`${addDays(weekStart, 3)}T00:00:00Z`);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return { weekStart, week: Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1 };
}

export function formatSlot(startsAt: Date, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "full", timeStyle: "short", timeZone: osloTimeZone }).format(startsAt);
}

/**
 * Outreach days of the police and tax office (SUA, seed 000 §5). Coordinators and administrators
 * of the workplace municipality request and publish days and see the list; employers book an ID
 * check for a worker they reported. The day's list and no-shows stay with the municipality.
 */
export function createOutreachDays({ db, config }: { db: Db; config: Config }) {
  const { clock } = config;
  const staffMunicipalities = (viewer: Viewer) => ownMunicipalities(db, viewer, employerStaffRoles);

  async function ownDay(viewer: Viewer, dayId: string) {
    const day = await db.selectFrom("outreach_days").selectAll().where("id", "=", dayId).executeTakeFirst();
    if (!day || !(await staffMunicipalities(viewer)).includes(day.municipality_number)) throw new NotFoundError("outreach day", dayId);
    return day;
  }

  async function freeSlot(notice: WorkerNotice, slotId: string) {
    const slot = (await freeSlotsFor(notice)).find((s) => s.id === slotId);
    if (!slot) throw slotTaken();
    return slot;
  }

  /** Free slots from now on, of published days in the worker's municipality or of one day. */
  async function freeSlots(of: { municipalityNumber: string } | { dayId: string }): Promise<FreeSlot[]> {
    const slots = db
      .selectFrom("outreach_slots as s")
      .innerJoin("outreach_days as d", "d.id", "s.day_id")
      .leftJoin("outreach_bookings as b", "b.slot_id", "s.id")
      .select(["s.id", "s.starts_at as startsAt", "d.place"]);
    return ("dayId" in of ? slots.where("s.day_id", "=", of.dayId) : slots.where("d.municipality_number", "=", of.municipalityNumber).where("d.status", "=", "published"))
      .where("s.starts_at", ">", clock.now())
      .where("b.id", "is", null)
      .orderBy("s.starts_at")
      .limit(200)
      .execute();
  }

  /** Free slots of published days, from now on, in the worker's municipality. */
  const freeSlotsFor = (notice: WorkerNotice) => freeSlots({ municipalityNumber: notice.municipalityNumber });
  /** The day's free slots from now on (the times a coordinator may move a booking to). */
  const freeSlotsOfDay = (dayId: string) => freeSlots({ dayId });

  /** The worker's coming bookings. */
  async function comingBookings(transaction: Db, noticeId: string): Promise<string[]> {
    const rows = await transaction
      .selectFrom("outreach_bookings as b")
      .innerJoin("outreach_slots as s", "s.id", "b.slot_id")
      .select("b.id")
      .where("b.notice_id", "=", noticeId)
      .where("s.starts_at", ">", clock.now())
      .execute();
    return rows.map((r) => r.id);
  }

  /** The worker's coming booking made by a user of their employer, locked until the transaction ends; 409 when there is none. */
  async function employersBooking(transaction: Db, notice: WorkerNotice): Promise<{ id: string }> {
    const booking = await transaction
      .selectFrom("outreach_bookings as b")
      .innerJoin("outreach_slots as s", "s.id", "b.slot_id")
      .innerJoin("employer_users as u", "u.user_id", "b.booked_by")
      .select("b.id")
      .where("b.notice_id", "=", notice.id)
      .where("u.employer_id", "=", notice.employerId)
      .where("s.starts_at", ">", clock.now())
      .orderBy("s.starts_at")
      .forUpdate("b")
      .executeTakeFirst();
    if (!booking) throw new InvalidInputError([{ path: "tid", code: "booking", message: "a coming ID check that your organisation booked for the worker" }], 409);
    return booking;
  }

  function calendarLine(notice: MailedWorker, token: string): string {
    return `${employersTexts(notice.language)("outreach.calendar")}: ${config.publicUrl}${employersPaths.outreachCalendar(token)}?lang=${notice.language}`;
  }

  /** A mail to the worker in their language (when they have an address), queued in the caller's transaction. */
  async function mailWorker(transaction: Db, notice: MailedWorker, template: string, subject: "outreach.confirmationSubject" | "outreach.movedSubject" | "outreach.cancelledSubject", paragraphs: string[]) {
    if (!notice.email) return;
    const e = employersTexts(notice.language);
    const text = [e("letter.greeting", { name: notice.name }), ...paragraphs].join("\n\n");
    await enqueueMail(transaction, { to: notice.email, language: notice.language, template, subject: e(subject), text }, clock.now());
  }

  /**
   * Puts the booking in the free slot, with a new calendar token and a higher SEQUENCE (so an
   * imported event takes the new time), and mails the worker the new time in their language. A
   * slot taken meanwhile fails on the slot's unique key (the caller answers 409).
   */
  async function moveBooking(transaction: Db, bookingId: string, notice: MailedWorker, slot: FreeSlot, by: "employer" | "municipality", actorId: string, ip: string | null) {
    const token = newToken();
    const day = await transaction.selectFrom("outreach_slots").select("day_id").where("id", "=", slot.id).executeTakeFirstOrThrow();
    await transaction
      .updateTable("outreach_bookings")
      // The employer who moves a booking owns it from then on; the coordinator leaves it with whoever booked it.
      .set({ slot_id: slot.id, day_id: day.day_id, calendar_token_hash: hashToken(token), calendar_sequence: sql<number>`calendar_sequence + 1`, no_show: false, ...(by === "employer" ? { booked_by: actorId } : {}) })
      .where("id", "=", bookingId)
      .execute();
    await recordAudit(transaction, { actorUserId: actorId, action: "outreach.moved", subjectType: "worker-notice", subjectId: notice.id, details: { by }, ip });
    const e = employersTexts(notice.language);
    await mailWorker(transaction, notice, "outreach-moved", "outreach.movedSubject", [e(changeMails[by].moved, { time: formatSlot(slot.startsAt, notice.language), place: slot.place }), e("outreach.bring"), calendarLine(notice, token)]);
  }

  /**
   * Deletes the bookings (freeing their slots) and keeps each one's calendar event as cancelled,
   * so the mailed calendar link then cancels the imported event; mails the worker when the
   * employer or the municipality cancelled.
   */
  async function cancelBookings(transaction: Db, bookingIds: string[], notice: MailedWorker, by: ChangedBy, actorId: string | null, ip: string | null) {
    const cancelled = await transaction
      .deleteFrom("outreach_bookings as b")
      .using(["outreach_slots as s", "outreach_days as d"])
      .whereRef("s.id", "=", "b.slot_id")
      .whereRef("d.id", "=", "b.day_id")
      .where("b.id", "in", bookingIds)
      .returning(["b.id", "b.calendar_token_hash", "b.calendar_sequence", "s.starts_at", "s.ends_at", "d.place"])
      .execute();
    await transaction
      .insertInto("outreach_cancellations")
      .values(cancelled.map((b) => ({ booking_id: b.id, notice_id: notice.id, calendar_token_hash: b.calendar_token_hash, calendar_sequence: b.calendar_sequence + 1, starts_at: b.starts_at, ends_at: b.ends_at, place: b.place, cancelled_at: clock.now() })))
      .execute();
    await recordAudit(transaction, { actorUserId: actorId, action: "outreach.cancelled", subjectType: "worker-notice", subjectId: notice.id, details: { by }, ip });
    const first = cancelled[0];
    if (by !== "worker" && first) {
      const e = employersTexts(notice.language);
      await mailWorker(transaction, notice, "outreach-cancelled", "outreach.cancelledSubject", [e(changeMails[by].cancelled, { time: formatSlot(first.starts_at, notice.language), place: first.place })]);
    }
  }

  /** A coming booking of the day, locked until the transaction ends, with its worker; 404 for a booking of another day, 409 for one that has begun. */
  async function comingBookingOfDay(transaction: Db, dayId: string, bookingId: string): Promise<MailedWorker & { bookingId: string }> {
    const row = await transaction
      .selectFrom("outreach_bookings as b")
      .innerJoin("outreach_slots as s", "s.id", "b.slot_id")
      .innerJoin("worker_notices as n", "n.id", "b.notice_id")
      .select(["b.id as booking_id", "s.starts_at", "n.id", "n.name", "n.email", "n.language"])
      .where("b.id", "=", bookingId)
      .where("b.day_id", "=", dayId)
      .forUpdate("b")
      .executeTakeFirst();
    if (!row) throw new NotFoundError("booking", bookingId);
    if (row.starts_at <= clock.now()) throw new InvalidInputError([{ path: "tid", code: "booking", message: "a booking whose time has not begun" }], 409);
    return { bookingId: row.booking_id, id: row.id, name: row.name, email: row.email, language: row.language as Language };
  }

  return {
    /** Reported workers per week of their first working day, from this week on, per municipality. */
    async arrivalsByWeek(viewer: Viewer): Promise<WeeklyArrivals[]> {
      const municipalities = await staffMunicipalities(viewer);
      if (municipalities.length === 0) return [];
      const { weekStart: from } = isoWeek(clock.today());
      const rows = await db
        .selectFrom("worker_notices as n")
        .innerJoin("municipalities as m", "m.number", "n.municipality_number")
        .select(["n.municipality_number", "m.name", "n.start_date"])
        .where("n.municipality_number", "in", municipalities)
        .where("n.start_date", ">=", from)
        .where("n.start_date", "<", addDays(from, 7 * arrivalWeeks))
        .execute();
      const counts = new Map<string, WeeklyArrivals>();
      for (const row of rows) {
        const { weekStart, week } = isoWeek(row.start_date);
        const key = `${row.municipality_number}/${weekStart}`;
        const entry = counts.get(key) ?? { municipalityNumber: row.municipality_number, municipalityName: row.name, weekStart, week, count: 0 };
        entry.count += 1;
        counts.set(key, entry);
      }
      return [...counts.values()].sort((a, b) => a.weekStart.localeCompare(b.weekStart) || a.municipalityName.localeCompare(b.municipalityName, "nb"));
    },

    /** The days of the viewer's municipalities from today on. */
    async days(viewer: Viewer): Promise<OutreachDay[]> {
      const municipalities = await staffMunicipalities(viewer);
      if (municipalities.length === 0) return [];
      const rows = await db
        .selectFrom("outreach_days as d")
        .innerJoin("municipalities as m", "m.number", "d.municipality_number")
        .leftJoin("outreach_slots as s", "s.day_id", "d.id")
        .leftJoin("outreach_bookings as b", "b.slot_id", "s.id")
        .select((eb) => ["d.id", "d.municipality_number", "m.name", "d.day", "d.place", "d.status", eb.fn.count<number>("s.id").as("slots"), eb.fn.count<number>("b.id").as("booked")])
        .where("d.municipality_number", "in", municipalities)
        .where("d.day", ">=", clock.today())
        .groupBy(["d.id", "m.name"])
        .orderBy("d.day")
        .execute();
      return rows.map((r) => ({ id: r.id, municipalityNumber: r.municipality_number, municipalityName: r.name, day: r.day, place: r.place, status: r.status, slots: Number(r.slots), booked: Number(r.booked) }));
    },

    /** Asks for a day in one of the viewer's municipalities (the request to SUA itself goes by their usual channel). */
    async request(viewer: Viewer, input: { municipalityNumber: string; day: string; place: string }, ip: string | null): Promise<string> {
      const problems = [];
      if (!(await staffMunicipalities(viewer)).includes(input.municipalityNumber)) problems.push({ path: "kommune", code: "municipality", message: "one of your municipalities" });
      if (!isCalendarDate(input.day) || input.day < clock.today()) problems.push({ path: "dato", code: "date", message: "a date from today on, YYYY-MM-DD" });
      if (input.place.trim().length < 2 || input.place.length > 200) problems.push({ path: "sted", code: "place", message: "a place, 2–200 characters" });
      if (problems.length > 0) throw new InvalidInputError(problems, 400);
      return db.transaction().execute(async (transaction) => {
        const row = await transaction
          .insertInto("outreach_days")
          .values({ municipality_number: input.municipalityNumber, day: input.day, place: input.place.trim(), requested_by: viewer.id, created_at: clock.now() })
          .onConflict((c) => c.columns(["municipality_number", "day"]).doNothing())
          .returning("id")
          .executeTakeFirst();
        if (!row) throw new InvalidInputError([{ path: "dato", code: "taken", message: "a day without an outreach day already" }], 409);
        await recordAudit(transaction, { actorUserId: viewer.id, action: "outreach.requested", subjectType: "outreach-day", subjectId: row.id, ip });
        return row.id;
      });
    },

    /** Publishes the day's time slots: `count` slots of `minutes` from `firstTime` (Norwegian time). */
    async publish(viewer: Viewer, dayId: string, input: { firstTime: string; count: number; minutes: number }, ip: string | null): Promise<void> {
      const day = await ownDay(viewer, dayId);
      const problems = [];
      if (!timePattern.test(input.firstTime)) problems.push({ path: "fra", code: "time", message: "a time as HH:MM" });
      if (!Number.isInteger(input.count) || input.count < 1 || input.count > maxSlots) problems.push({ path: "antall", code: "count", message: `a whole number from 1 to ${maxSlots}` });
      if (!Number.isInteger(input.minutes) || input.minutes < 5 || input.minutes > 120) problems.push({ path: "minutter", code: "minutes", message: "a whole number of minutes from 5 to 120" });
      if (day.status === "published") problems.push({ path: "fra", code: "published", message: "a day whose slots are not published yet" });
      if (problems.length > 0) throw new InvalidInputError(problems, 400);
      const first = fromOslo({ date: day.day, time: input.firstTime }).getTime();
      await db.transaction().execute(async (transaction) => {
        await transaction
          .insertInto("outreach_slots")
          .values(Array.from({ length: input.count }, (_, i) => ({ day_id: dayId, starts_at: new Date(first + i * input.minutes * 60_000), ends_at: new Date(first + (i + 1) * input.minutes * 60_000) })))
          .execute();
        await transaction.updateTable("outreach_days").set({ status: "published" }).where("id", "=", dayId).execute();
        await recordAudit(transaction, { actorUserId: viewer.id, action: "outreach.published", subjectType: "outreach-day", subjectId: dayId, details: { slots: input.count }, ip });
      });
    },

    /** The day's list: every slot with the worker booked in it (coordinators only; the read is audited). */
    async dayList(viewer: Viewer, dayId: string, ip: string | null): Promise<{ day: OutreachDay; slots: SlotBooking[] }> {
      const day = await ownDay(viewer, dayId);
      const rows = await db
        .selectFrom("outreach_slots as s")
        .leftJoin("outreach_bookings as b", "b.slot_id", "s.id")
        .leftJoin("worker_notices as n", "n.id", "b.notice_id")
        .leftJoin("employers as e", "e.id", "n.employer_id")
        .select(["s.id as slot_id", "s.starts_at", "s.ends_at", "b.id as booking_id", "b.no_show", "n.name as worker_name", "e.name as employer_name"])
        .where("s.day_id", "=", dayId)
        .orderBy("s.starts_at")
        .execute();
      await recordAudit(db, { actorUserId: viewer.id, action: "outreach.list-read", subjectType: "outreach-day", subjectId: dayId, ip });
      const municipality = await db.selectFrom("municipalities").select("name").where("number", "=", day.municipality_number).executeTakeFirstOrThrow();
      const slots = rows.map((r) => ({
        slotId: r.slot_id,
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        booking: r.booking_id ? { id: r.booking_id, workerName: r.worker_name ?? "", employerName: r.employer_name ?? "", noShow: r.no_show ?? false, coming: r.starts_at > clock.now() } : null,
      }));
      return {
        day: { id: day.id, municipalityNumber: day.municipality_number, municipalityName: municipality.name, day: day.day, place: day.place, status: day.status, slots: slots.length, booked: slots.filter((s) => s.booking).length },
        slots,
      };
    },

    async setNoShow(viewer: Viewer, dayId: string, bookingId: string, noShow: boolean, ip: string | null): Promise<void> {
      await ownDay(viewer, dayId);
      const updated = await db.updateTable("outreach_bookings").set({ no_show: noShow }).where("id", "=", bookingId).where("day_id", "=", dayId).returning("id").executeTakeFirst();
      if (!updated) throw new NotFoundError("booking", bookingId);
      await recordAudit(db, { actorUserId: viewer.id, action: "outreach.no-show", subjectType: "outreach-booking", subjectId: bookingId, details: { noShow }, ip });
    },

    freeSlotsFor,
    freeSlotsOfDay,

    /**
     * The coordinator moves a coming booking of their municipality's day to another free time of
     * the same day, in one transaction; the worker is mailed the new time in their language.
     * 404 for a day or booking outside their municipalities, 409 for a time not free (any more).
     */
    async moveOnDay(viewer: Viewer, dayId: string, bookingId: string, slotId: string, ip: string | null): Promise<void> {
      await ownDay(viewer, dayId);
      const slot = (await freeSlotsOfDay(dayId)).find((s) => s.id === slotId);
      if (!slot) throw slotTaken();
      try {
        await db.transaction().execute(async (transaction) => {
          const booking = await comingBookingOfDay(transaction, dayId, bookingId);
          await moveBooking(transaction, booking.bookingId, booking, slot, "municipality", viewer.id, ip);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw slotTaken();
        throw error;
      }
    },

    /** The coordinator cancels a coming booking of their municipality's day, freeing the slot; the worker is mailed in their language. */
    async cancelOnDay(viewer: Viewer, dayId: string, bookingId: string, ip: string | null): Promise<void> {
      await ownDay(viewer, dayId);
      await db.transaction().execute(async (transaction) => {
        const booking = await comingBookingOfDay(transaction, dayId, bookingId);
        await cancelBookings(transaction, [booking.bookingId], booking, "municipality", viewer.id, ip);
      });
    },

    /** The worker's booked ID check, if any, from now on. */
    async appointmentOf(noticeId: string): Promise<Appointment | undefined> {
      const row = await db
        .selectFrom("outreach_bookings as b")
        .innerJoin("outreach_slots as s", "s.id", "b.slot_id")
        .innerJoin("outreach_days as d", "d.id", "b.day_id")
        .innerJoin("municipalities as m", "m.number", "d.municipality_number")
        .innerJoin("worker_notices as n", "n.id", "b.notice_id")
        .select((eb) => [
          "b.id",
          "s.starts_at",
          "s.ends_at",
          "d.place",
          "m.name",
          "b.calendar_sequence",
          eb.exists(eb.selectFrom("employer_users as u").select("u.user_id").whereRef("u.user_id", "=", "b.booked_by").whereRef("u.employer_id", "=", "n.employer_id")).as("by_employer"),
        ])
        .where("b.notice_id", "=", noticeId)
        .where("s.ends_at", ">", clock.now())
        .orderBy("s.starts_at")
        .executeTakeFirst();
      return row && { bookingId: row.id, startsAt: row.starts_at, endsAt: row.ends_at, place: row.place, municipalityName: row.name, bookedByEmployer: Boolean(row.by_employer), sequence: row.calendar_sequence };
    },

    /**
     * Books the slot for the worker (by their employer, or by the worker themselves: `actorId` is
     * null from their welcome link): one booking per slot and per worker and day, with a
     * confirmation mail in the worker's language when they have an address.
     */
    async book(actorId: string | null, notice: WorkerNotice, slotId: string, ip: string | null): Promise<void> {
      const slot = await freeSlot(notice, slotId);
      const token = newToken();
      await db.transaction().execute(async (transaction) => {
        const day = await transaction.selectFrom("outreach_slots").select("day_id").where("id", "=", slotId).executeTakeFirstOrThrow();
        const inserted = await transaction
          .insertInto("outreach_bookings")
          .values({ slot_id: slotId, day_id: day.day_id, notice_id: notice.id, calendar_token_hash: hashToken(token), booked_by: actorId, created_at: clock.now() })
          .onConflict((c) => c.doNothing())
          .returning("id")
          .executeTakeFirst();
        if (!inserted) throw slotTaken();
        await recordAudit(transaction, { actorUserId: actorId, action: "outreach.booked", subjectType: "worker-notice", subjectId: notice.id, ip });
        const e = employersTexts(notice.language);
        await mailWorker(transaction, notice, "outreach-booking", "outreach.confirmationSubject", [e("outreach.confirmation", { time: formatSlot(slot.startsAt, notice.language), place: slot.place }), e("outreach.bring"), calendarLine(notice, token)]);
      });
    },

    /**
     * Moves the worker's coming ID check that the employer booked to another free slot, in one
     * transaction: the old slot is freed, the worker is mailed the new time with a new calendar
     * link. Two requests for one slot cannot both have it (the slot's unique key): the second is
     * refused with 409 and changes nothing.
     */
    async move(actorId: string, notice: WorkerNotice, slotId: string, ip: string | null): Promise<void> {
      const slot = await freeSlot(notice, slotId);
      try {
        await db.transaction().execute(async (transaction) => {
          const booking = await employersBooking(transaction, notice);
          await moveBooking(transaction, booking.id, notice, slot, "employer", actorId, ip);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw slotTaken();
        throw error;
      }
    },

    /**
     * Cancels the worker's coming ID check, freeing the slot; false when there is none to cancel.
     * The employer cancels only a booking it made, and the worker is mailed that it is cancelled.
     */
    async cancel(actorId: string | null, notice: WorkerNotice, ip: string | null, by: "worker" | "employer" = "worker"): Promise<boolean> {
      return db.transaction().execute(async (transaction) => {
        const coming = by === "employer" ? [(await employersBooking(transaction, notice)).id] : await comingBookings(transaction, notice.id);
        if (coming.length === 0) return false;
        await cancelBookings(transaction, coming, notice, by, actorId, ip);
        return true;
      });
    },

    /** The appointment as an iCal file, by the token in the confirmation (only its hash is stored); undefined for a malformed or unknown token. */
    async calendarFile(token: string, lang: Language): Promise<string | undefined> {
      if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return undefined;
      const row = await db
        .selectFrom("outreach_bookings as b")
        .innerJoin("outreach_slots as s", "s.id", "b.slot_id")
        .innerJoin("outreach_days as d", "d.id", "b.day_id")
        .select(["b.id", "s.starts_at", "s.ends_at", "d.place", "b.calendar_sequence"])
        .where("b.calendar_token_hash", "=", hashToken(token))
        .executeTakeFirst();
      if (row) return calendarOf({ bookingId: row.id, startsAt: row.starts_at, endsAt: row.ends_at, place: row.place, sequence: row.calendar_sequence }, lang, clock.now());
      const cancelled = await db.selectFrom("outreach_cancellations").selectAll().where("calendar_token_hash", "=", hashToken(token)).executeTakeFirst();
      return (
        cancelled &&
        calendarOf({ bookingId: cancelled.booking_id, startsAt: cancelled.starts_at, endsAt: cancelled.ends_at, place: cancelled.place, sequence: cancelled.calendar_sequence, cancelled: true }, lang, clock.now())
      );
    },

    /**
     * The worker's coming appointment as an iCal file, for a page that already knows the worker
     * (their own link, Min side, their employer): such a page links here instead of to the
     * confirmation's token, which is not kept.
     */
    async appointmentCalendar(noticeId: string, lang: Language): Promise<string | undefined> {
      const appointment = await this.appointmentOf(noticeId);
      return appointment && calendarOf(appointment, lang, clock.now());
    },
  };
}

/**
 * The appointment as an iCal event. The UID stays the booking's through every move and SEQUENCE
 * counts the revisions (RFC 5545 §3.8.7.4), so a calendar app replaces the event it imported
 * instead of keeping the old time; a cancelled booking is the same event, cancelled.
 */
function calendarOf(appointment: Pick<Appointment, "bookingId" | "startsAt" | "endsAt" | "place" | "sequence"> & { cancelled?: boolean }, lang: Language, now: Date): string {
  const e = employersTexts(lang);
  return calendarText([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Velkomst//ID check//NB",
        appointment.cancelled ? "METHOD:CANCEL" : "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        `UID:outreach-${appointment.bookingId}@velkomst`,
        `SEQUENCE:${appointment.sequence}`,
        appointment.cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED",
        `DTSTAMP:${utcDateTime(now)}`,
        `DTSTART:${utcDateTime(appointment.startsAt)}`,
        `DTEND:${utcDateTime(appointment.endsAt)}`,
        `SUMMARY:${escapeText(e("outreach.calendarTitle"))}`,
        `LOCATION:${escapeText(appointment.place)}`,
        `DESCRIPTION:${escapeText(e("outreach.bring"))}`,
        "END:VEVENT",
        "END:VCALENDAR",
      ]);
}

export type OutreachDays = ReturnType<typeof createOutreachDays>;
