import { specialDays, type OpeningHours } from "./opening-hours.ts";
import type { DirectoryService, ServiceCategory } from "./service-model.ts";

const schemaTypes: Record<ServiceCategory, string> = {
  "service-centre": "GovernmentOffice",
  nav: "GovernmentOffice",
  tax: "GovernmentOffice",
  police: "PoliceStation",
  doctor: "MedicalClinic",
  "emergency-clinic": "MedicalClinic",
  "child-health": "GovernmentOffice",
  school: "GovernmentOffice",
  kindergarten: "GovernmentOffice",
  "adult-education": "GovernmentOffice",
  library: "Library",
  "volunteer-centre": "LocalBusiness",
  "language-cafe": "LocalBusiness",
  other: "LocalBusiness",
};

const dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/** schema.org has no 24:00; search engines read 23:59 as "until midnight". */
const schemaTime = (time: string) => (time === "24:00" ? "23:59" : time);

/**
 * The service as schema.org JSON-LD (a GovernmentOffice or another LocalBusiness type) with its
 * weekly hours and, for the days ahead, the holidays and exceptions that change them.
 */
export function serviceJsonLd(service: DirectoryService, options: { url: string; description?: string; today: string; days?: number }): Record<string, unknown> {
  const hours: OpeningHours = { weekly: service.weeklyHours, exceptions: service.exceptions, closedOnPublicHolidays: service.closedOnPublicHolidays };
  const special = specialDays(hours, options.today, options.days ?? 60).filter((day) => day.reason !== "regular");
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": schemaTypes[service.category],
    "@id": options.url,
    name: service.name,
    url: options.url,
    ...(options.description ? { description: options.description } : {}),
    ...(service.provider ? { parentOrganization: { "@type": "GovernmentOrganization", name: service.provider } } : {}),
    ...(service.streetAddress || service.postalCode || service.postalTown
      ? {
          address: {
            "@type": "PostalAddress",
            ...(service.streetAddress ? { streetAddress: service.streetAddress } : {}),
            ...(service.postalCode ? { postalCode: service.postalCode } : {}),
            ...(service.postalTown ? { addressLocality: service.postalTown } : {}),
            addressCountry: "NO",
          },
        }
      : {}),
    ...(service.latitude !== null && service.longitude !== null ? { geo: { "@type": "GeoCoordinates", latitude: service.latitude, longitude: service.longitude } } : {}),
    ...(service.phone ? { telephone: service.phone } : {}),
    ...(service.email ? { email: service.email } : {}),
    ...(service.website ? { sameAs: service.website } : {}),
    ...(service.languages.length > 0 ? { availableLanguage: service.languages } : {}),
    openingHoursSpecification: service.weeklyHours.map((interval) => ({
      "@type": "OpeningHoursSpecification",
      dayOfWeek: `https://schema.org/${dayNames[interval.weekday - 1]}`,
      opens: interval.opens,
      closes: schemaTime(interval.closes),
    })),
  };
  if (special.length > 0) {
    data.specialOpeningHoursSpecification = special.flatMap((day) =>
      day.intervals.length === 0
        ? [{ "@type": "OpeningHoursSpecification", validFrom: day.date, validThrough: day.date, opens: "00:00", closes: "00:00" }]
        : day.intervals.map((interval) => ({ "@type": "OpeningHoursSpecification", validFrom: day.date, validThrough: day.date, opens: interval.opens, closes: schemaTime(interval.closes) })),
    );
  }
  return data;
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
