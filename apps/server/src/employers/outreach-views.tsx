import { Alert, Button, Card, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { intlLocale, type Language } from "@velkomst/i18n";
import { osloTimeZone } from "../events/oslo-time.ts";
import { CsrfField } from "../web/components/csrf-field.tsx";
import { DateField, TimeField } from "../web/components/date-time-fields.tsx";
import { DataTable } from "../web/components/data-table.tsx";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { FormField, SelectField } from "../web/components/form-field.tsx";
import { Notice } from "../web/components/notice.tsx";
import { isolated } from "../web/bidi.ts";
import { usePage } from "../web/page-context.tsx";
import { employersPaths } from "./employers-paths.ts";
import type { WorkerNotice } from "./employers-repository.ts";
import { employersTexts } from "./employers-texts.ts";
import { formatSlot, type Appointment, type FreeSlot, type OutreachDay, type SlotBooking, type WeeklyArrivals } from "./outreach-days.ts";

export type { FreeSlot };
import { formatDay } from "./worker-mail.ts";

function useTexts() {
  const { lang } = usePage();
  return { lang, e: employersTexts(lang) };
}

function timeOf(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { timeStyle: "short", timeZone: osloTimeZone }).format(date);
}

export function OutreachPage({
  arrivals,
  days,
  municipalities,
  errors,
  notice,
}: {
  arrivals: readonly WeeklyArrivals[];
  days: readonly OutreachDay[];
  municipalities: ReadonlyArray<{ number: string; name: string }>;
  errors: FormErrors;
  notice?: string;
}) {
  const { lang, e } = useTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {e("outreach.title")}
      </Heading>
      <Paragraph>{e("outreach.lead")}</Paragraph>
      <Notice text={notice} />
      <Heading level={2} data-size="sm">
        {e("outreach.arrivalsHeading")}
      </Heading>
      {arrivals.length === 0 ? (
        <Paragraph>{e("outreach.noArrivals")}</Paragraph>
      ) : (
        <DataTable
          caption={e("outreach.arrivalsHeading")}
          columns={[{ label: e("outreach.week") }, { label: e("worker.municipality") }, { label: e("outreach.count"), numeric: true }]}
          rows={arrivals.map((a) => ({ key: `${a.municipalityNumber}/${a.weekStart}`, cells: [e("outreach.weekLabel", { week: a.week, date: formatDay(a.weekStart, lang) }), a.municipalityName, String(a.count)] }))}
        />
      )}
      <Heading level={2} data-size="sm">
        {e("outreach.daysHeading")}
      </Heading>
      {days.length === 0 && <Paragraph>{e("outreach.noDays")}</Paragraph>}
      {days.map((day) => (
        <Card key={day.id} data-color="neutral" className="stack">
          <Heading level={3} data-size="xs">
            <Link href={employersPaths.outreachDay(lang, day.id)}>{e("outreach.dayTitle", { date: formatDay(day.day, lang), municipality: day.municipalityName })}</Link>
          </Heading>
          <Paragraph>{day.place}</Paragraph>
          <Tag data-color={day.status === "published" ? "success" : "info"} data-size="sm">
            {day.status === "published" ? e("outreach.published") : e("outreach.requested")}
          </Tag>
          {day.status === "published" ? (
            <Paragraph>{e("outreach.slotsCount", { booked: day.booked, slots: day.slots })}</Paragraph>
          ) : (
            <form method="post" action={employersPaths.outreachPublish(lang, day.id)} className="stack">
              <CsrfField />
              <TimeField name="fra" id={`field-fra-${day.id}`} label={e("outreach.firstTime")} defaultValue="09:00" error={errors.fields[`fra-${day.id}`]} />
              <FormField name="antall" id={`field-antall-${day.id}`} label={e("outreach.slotCount")} inputMode="numeric" defaultValue="20" error={errors.fields[`antall-${day.id}`]} />
              <FormField name="minutter" id={`field-minutter-${day.id}`} label={e("outreach.minutes")} inputMode="numeric" defaultValue="15" error={errors.fields[`minutter-${day.id}`]} />
              <div>
                <Button type="submit">{e("outreach.publish")}</Button>
              </div>
            </form>
          )}
        </Card>
      ))}
      <Heading level={2} data-size="sm">
        {e("outreach.requestHeading")}
      </Heading>
      <form method="post" action={employersPaths.outreach(lang)} className="stack narrow">
        <CsrfField />
        <SelectField name="kommune" label={e("worker.municipality")} options={municipalities.map((m) => ({ value: m.number, label: m.name }))} error={errors.fields.kommune} />
        <DateField name="dato" label={e("outreach.date")} error={errors.fields.dato} />
        <FormField name="sted" label={e("outreach.place")} maxLength={200} error={errors.fields.sted} />
        <div>
          <Button type="submit">{e("outreach.request")}</Button>
        </div>
      </form>
    </div>
  );
}

/**
 * The day's list: each time with the worker and employer, a no-show mark, and for a coming
 * booking a move to another free time of the day or a cancel (the worker is mailed).
 */
export function OutreachDayPage({ day, slots, freeSlots, message, refused }: { day: OutreachDay; slots: readonly SlotBooking[]; freeSlots: readonly FreeSlot[]; message?: string; refused?: { bookingId: string; error: string } }) {
  const { lang, e } = useTexts();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {e("outreach.dayTitle", { date: formatDay(day.day, lang), municipality: day.municipalityName })}
      </Heading>
      <Paragraph>{day.place}</Paragraph>
      <Paragraph>{e("outreach.slotsCount", { booked: day.booked, slots: day.slots })}</Paragraph>
      <Notice text={message} />
      <DataTable
        caption={e("outreach.daysHeading")}
        stacked
        columns={[{ label: e("outreach.time") }, { label: e("outreach.worker") }, { label: e("staff.employer") }, { label: e("outreach.noShow") }, { label: e("outreach.change") }]}
        rows={slots.map((slot) => ({
          key: slot.slotId,
          cells: [
            timeOf(slot.startsAt, lang),
            slot.booking?.workerName ?? e("outreach.free"),
            slot.booking?.employerName ?? "",
            slot.booking ? (
              <form key="no-show" method="post" action={employersPaths.outreachNoShow(lang, day.id, slot.booking.id)}>
                <CsrfField />
                <input type="hidden" name="uteble" value={slot.booking.noShow ? "nei" : "ja"} />
                {slot.booking.noShow && <Tag data-color="danger" data-size="sm">{e("outreach.noShow")}</Tag>}{" "}
                <Button type="submit" variant="tertiary" data-size="sm">
                  {slot.booking.noShow ? e("outreach.undoNoShow") : e("outreach.markNoShow")}
                </Button>
              </form>
            ) : (
              ""
            ),
            slot.booking?.coming ? (
              <div key="change" className="stack">
                {freeSlots.length > 0 && (
                  <SlotChoice
                    id={`field-tid-${slot.booking.id}`}
                    action={employersPaths.outreachMove(lang, day.id, slot.booking.id)}
                    slots={freeSlots}
                    error={refused?.bookingId === slot.booking.id ? refused.error : undefined}
                    label={e("outreach.moveTo")}
                    button={e("outreach.move")}
                    timeOnly
                  />
                )}
                <form method="post" action={employersPaths.outreachCancel(lang, day.id, slot.booking.id)}>
                  <CsrfField />
                  <Button type="submit" variant="tertiary" data-size="sm">
                    {e("outreach.cancel")}
                  </Button>
                </form>
              </div>
            ) : (
              ""
            ),
          ],
        }))}
      />
    </div>
  );
}

export function IdCheckPage({ notice, appointment, slots, error, message }: { notice: WorkerNotice; appointment?: Appointment; slots: readonly FreeSlot[]; error?: string; message?: string }) {
  const { lang, e } = useTexts();
  // The employer changes only a booking it made; one the worker made is theirs to change.
  const employersBooking = appointment?.bookedByEmployer === true;
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {e("outreach.bookTitle", { name: notice.name })}
      </Heading>
      <Paragraph>{e("outreach.bookLead")}</Paragraph>
      <Notice text={message} />
      <IdCheckPanel
        appointment={appointment}
        slots={slots}
        error={error}
        bookAction={employersPaths.idCheck(lang, notice.id)}
        calendarHref={employersPaths.idCheckCalendar(notice.language, notice.id)}
        {...(employersBooking ? { moveAction: employersPaths.idCheckMove(lang, notice.id), cancelAction: employersPaths.idCheckCancel(lang, notice.id) } : { note: e("outreach.bookedByWorker") })}
      />
    </div>
  );
}


/**
 * The worker's ID check: the booked appointment (with its calendar file from a route of the page
 * that shows it, and where allowed a move to another free time and a way to cancel), or a choice
 * of free times, or word that none are published yet.
 */
export function IdCheckPanel({
  appointment,
  slots,
  error,
  bookAction,
  calendarHref,
  cancelAction,
  moveAction,
  note,
}: {
  appointment?: Appointment;
  slots: readonly FreeSlot[];
  error?: string;
  bookAction: string;
  calendarHref: string;
  cancelAction?: string;
  moveAction?: string;
  /** Why the appointment cannot be changed here. */
  note?: string;
}) {
  const { lang, e } = useTexts();
  if (appointment) {
    return (
      <Alert data-color="success">
        <Paragraph>{e("outreach.booked", { time: formatSlot(appointment.startsAt, lang), place: isolated(appointment.place, lang) })}</Paragraph>
        <Paragraph>{e("outreach.bring")}</Paragraph>
        <Link href={calendarHref}>{e("outreach.calendar")}</Link>
        {note && <Paragraph>{note}</Paragraph>}
        {moveAction && slots.length > 0 && <SlotChoice action={moveAction} slots={slots} error={error} label={e("outreach.moveTo")} button={e("outreach.move")} />}
        {cancelAction && (
          <form method="post" action={cancelAction}>
            <CsrfField />
            <Button type="submit" variant="tertiary">
              {e("outreach.cancel")}
            </Button>
          </form>
        )}
      </Alert>
    );
  }
  if (slots.length === 0) return <Paragraph>{e("outreach.noSlots")}</Paragraph>;
  return <SlotChoice action={bookAction} slots={slots} error={error} label={e("outreach.time")} button={e("outreach.book")} />;
}

/** A choice of free times, to book or to move to. */
/** `timeOnly`: the times of one day, named by the clock time alone (the day and place are the page's). */
function SlotChoice({ id, action, slots, error, label, button, timeOnly = false }: { id?: string; action: string; slots: readonly FreeSlot[]; error?: string; label: string; button: string; timeOnly?: boolean }) {
  const { lang } = useTexts();
  return (
    <form method="post" action={action} className="stack">
      <CsrfField />
      <SelectField name="tid" id={id} label={label} error={error} options={slots.map((s) => ({ value: s.id, label: timeOnly ? timeOf(s.startsAt, lang) : `${formatSlot(s.startsAt, lang)}, ${s.place}` }))} />
      <div>
        <Button type="submit">{button}</Button>
      </div>
    </form>
  );
}
