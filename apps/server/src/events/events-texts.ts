import { catalogTranslators } from "../i18n/catalog-translators.ts";
import { eventsAr } from "./messages/ar.ts";
import { eventsEn } from "./messages/en.ts";
import { eventsNb } from "./messages/nb.ts";
import { eventsNn } from "./messages/nn.ts";
import { eventsPl } from "./messages/pl.ts";
import { eventsUk } from "./messages/uk.ts";

export const eventsCatalogs = { nb: eventsNb, nn: eventsNn, en: eventsEn, uk: eventsUk, pl: eventsPl, ar: eventsAr } as const;

/** The events module's own texts (pages, calendar files, e-mails), one cached translator per language. */
export const eventsTexts = catalogTranslators(eventsNb, eventsCatalogs);
export type EventsTranslator = ReturnType<typeof eventsTexts>;
