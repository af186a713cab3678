import type { Language } from "@velkomst/i18n";
import { seatsLeft } from "./capacity.ts";
import { descriptionText, localise, placeLine, type EventRecord, type OccurrenceView } from "./events-repository.ts";
import { osloOffsetMinutes, toOslo } from "./oslo-time.ts";

/** An instant as ISO 8601 with Norway's offset: `2025-03-19T18:00:00+01:00` (what schema.org readers expect for local events). */
export function osloIso(instant: Date): string {
  const offset = osloOffsetMinutes(instant.getTime());
  const wall = toOslo(instant);
  const sign = offset >= 0 ? "+" : "-";
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${wall.date}T${wall.time}:00${sign}${hours}:${minutes}`;
}

/**
 * schema.org Event objects for the next occurrences of an event (one per date, as search engines
 * want recurring events), with status, place, organiser, languages and seats.
 */
export function eventJsonLd(input: { event: EventRecord; occurrences: readonly OccurrenceView[]; lang: Language; url: string; locality: string }): object[] {
  const { event, lang, url } = input;
  const text = localise(event, lang);
  const place = placeLine(event);
  return input.occurrences.map((occurrence) => {
    const left = seatsLeft({ capacity: event.capacity, confirmedPeople: occurrence.confirmedPeople });
    const full = left === 0 || occurrence.waitingCount > 0;
    return {
      "@context": "https://schema.org",
      "@type": "Event",
      name: text.title,
      ...(text.description ? { description: descriptionText(text.description) } : {}),
      url,
      startDate: osloIso(occurrence.startsAt),
      endDate: osloIso(occurrence.endsAt),
      eventStatus: occurrence.cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      isAccessibleForFree: true,
      inLanguage: event.languages,
      location: {
        "@type": "Place",
        ...(place.name ? { name: place.name } : {}),
        address: { "@type": "PostalAddress", streetAddress: place.address, addressLocality: input.locality, addressCountry: "NO" },
      },
      organizer: { "@type": "Organization", name: event.organiserName },
      ...(event.capacity !== null ? { maximumAttendeeCapacity: event.capacity, remainingAttendeeCapacity: left ?? 0 } : {}),
      ...(event.signupEnabled
        ? {
            offers: {
              "@type": "Offer",
              price: 0,
              priceCurrency: "NOK",
              url,
              availability: occurrence.cancelled || full ? "https://schema.org/SoldOut" : left !== null && left <= 3 ? "https://schema.org/LimitedAvailability" : "https://schema.org/InStock",
            },
          }
        : {}),
    };
  });
}

/** JSON for a `<script type="application/ld+json">`: nothing in it can end the script element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
