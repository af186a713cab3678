import type { Language } from "@velkomst/i18n";
import type { QueuedMail } from "../mail/mail-queue.ts";
import { formatWhen } from "./event-format.ts";
import { localise, placeLine, type EventRecord } from "./events-repository.ts";
import { eventsPaths } from "./events-paths.ts";
import { eventsTexts } from "./events-texts.ts";

export interface MailOccurrence {
  startsAt: Date;
  endsAt: Date;
}

export interface MailRecipient {
  name: string;
  email: string;
  language: Language;
  partySize: number;
}

interface MailContext {
  publicUrl: string;
  event: EventRecord;
  occurrence: MailOccurrence;
  /** The municipality whose pages the links open. */
  municipalityNumber: string;
}

function mailTo(recipient: MailRecipient, template: string, subject: string, text: string): QueuedMail {
  return { to: recipient.email, language: recipient.language, template, subject, text };
}

function common(context: MailContext, recipient: MailRecipient) {
  const t = eventsTexts(recipient.language);
  const text = localise(context.event, recipient.language);
  const place = placeLine(context.event);
  return {
    t,
    values: {
      name: recipient.name,
      title: text.title,
      when: formatWhen(recipient.language, context.occurrence.startsAt, context.occurrence.endsAt),
      place: [place.name, place.address].filter(Boolean).join(", "),
      people: recipient.partySize,
      organiser: context.event.organiserName,
      eventLink: `${context.publicUrl}${eventsPaths.event(recipient.language, context.municipalityNumber, context.event.id)}`,
      calendarLink: `${context.publicUrl}${eventsPaths.eventFeed(context.event.id, recipient.language)}`,
      privacy: t("mail.privacy"),
    },
  };
}

/** After signing up (or asking again): the seat or the place in line, with the cancel link and a calendar link. */
export function signupMail(context: MailContext, recipient: MailRecipient, outcome: { status: "confirmed" | "waiting"; position: number; cancelToken: string }): QueuedMail {
  const { t, values } = common(context, recipient);
  const cancelLink = `${context.publicUrl}${eventsPaths.cancel(recipient.language, outcome.cancelToken)}`;
  return outcome.status === "confirmed"
    ? mailTo(recipient, "event-signup", t("mail.confirmedSubject", values), t("mail.confirmedText", { ...values, cancelLink }))
    : mailTo(recipient, "event-signup", t("mail.waitingSubject", values), t("mail.waitingText", { ...values, cancelLink, position: outcome.position }));
}

export function promotedMail(context: MailContext, recipient: MailRecipient): QueuedMail {
  const { t, values } = common(context, recipient);
  return mailTo(recipient, "event-promoted", t("mail.promotedSubject", values), t("mail.promotedText", values));
}

export function reminderMail(context: MailContext, recipient: MailRecipient): QueuedMail {
  const { t, values } = common(context, recipient);
  return mailTo(recipient, "event-reminder", t("mail.reminderSubject", values), t("mail.reminderText", values));
}

export function cancelledMail(context: MailContext, recipient: MailRecipient): QueuedMail {
  const { t, values } = common(context, recipient);
  return mailTo(recipient, "event-cancelled", t("mail.cancelledSubject", values), t("mail.cancelledText", values));
}

/** To someone signed up again with their address: their sign-up and cancel link stay as they were. */
export function alreadySignedUpMail(context: MailContext, recipient: MailRecipient): QueuedMail {
  const { t, values } = common(context, recipient);
  return mailTo(recipient, "event-signup", t("mail.alreadySignedUpSubject", values), t("mail.alreadySignedUpText", values));
}
