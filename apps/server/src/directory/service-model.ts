import { Type, type Static, type TSchema } from "@sinclair/typebox";
import { languageCodes, type Language } from "@velkomst/i18n";
import { createValidator, StringEnum, type FieldError } from "@velkomst/validation";
import { closingTimePattern, timePattern, type HoursException, type WeeklyInterval } from "./opening-hours.ts";
import { epochDay } from "./public-holidays.ts";

/** The fixed list of kinds of service, in the order the reader's list groups them. */
export const serviceCategories = [
  "service-centre",
  "nav",
  "tax",
  "police",
  "doctor",
  "emergency-clinic",
  "child-health",
  "school",
  "kindergarten",
  "adult-education",
  "library",
  "volunteer-centre",
  "language-cafe",
  "other",
] as const;
export type ServiceCategory = (typeof serviceCategories)[number];

export const wheelchairAccessValues = ["yes", "partly", "no", "unknown"] as const;
export type WheelchairAccess = (typeof wheelchairAccessValues)[number];

/** A service is run for one municipality or for a region (several municipalities together). */
export type ServiceScope = { kind: "municipality"; id: string } | { kind: "region"; id: string };

export interface ServiceText {
  description: string;
  directions: string;
  accessibilityNote: string;
}

/** A stored service: what was entered (ServiceInput) with its id and when it last changed. */
export interface DirectoryService extends ServiceInput {
  id: string;
  updatedAt: Date;
}

const nullable = <T extends TSchema>(schema: T) => Type.Optional(Type.Union([schema, Type.Null()]));

export const timeSchema = Type.String({ pattern: timePattern.source, title: "a time HH:MM", examples: ["08:00"] });
export const closingTimeSchema = Type.String({ pattern: closingTimePattern.source, title: "a time HH:MM (24:00 for midnight)", examples: ["15:30"] });

const serviceTextSchema = Type.Object(
  {
    description: Type.String({ maxLength: 5000, description: "Markdown; sanitised when shown" }),
    directions: Type.Optional(Type.String({ maxLength: 1000 })),
    accessibilityNote: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const weeklyIntervalSchema = Type.Object(
  { weekday: Type.Integer({ minimum: 1, maximum: 7, description: "ISO weekday, 1 = Monday" }), opens: timeSchema, closes: closingTimeSchema },
  { additionalProperties: false },
);

export const hoursExceptionSchema = Type.Object(
  {
    firstDate: Type.String({ format: "date" }),
    lastDate: Type.String({ format: "date" }),
    opens: Type.Union([timeSchema, Type.Null()], { description: "null with closes null: closed" }),
    closes: Type.Union([closingTimeSchema, Type.Null()]),
  },
  { additionalProperties: false },
);

const httpUrl = (maxLength: number) => Type.String({ maxLength, pattern: "^https?://[^\\s]+$", format: "uri", title: "a web address starting with https://" });

/** What staff send to create or change a service; the web form is turned into the same shape. */
export const serviceInputSchema = Type.Object(
  {
    scope: Type.Object({ kind: StringEnum(["municipality", "region"] as const), id: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false }),
    category: StringEnum(serviceCategories),
    name: Type.String({ minLength: 1, maxLength: 120 }),
    provider: nullable(Type.String({ maxLength: 120, description: "The national body this is a local office of, e.g. NAV" })),
    streetAddress: nullable(Type.String({ maxLength: 200 })),
    postalCode: nullable(Type.String({ pattern: "^[0-9]{4}$", title: "four digits" })),
    postalTown: nullable(Type.String({ maxLength: 80 })),
    latitude: nullable(Type.Number({ minimum: -90, maximum: 90 })),
    longitude: nullable(Type.Number({ minimum: -180, maximum: 180 })),
    phone: nullable(Type.String({ pattern: "^\\+?[0-9 ]{3,20}$", title: "a phone number, e.g. +47 00 00 00 00" })),
    email: nullable(Type.String({ format: "email", maxLength: 200 })),
    bookingUrl: nullable(httpUrl(500)),
    website: nullable(httpUrl(500)),
    languages: Type.Array(Type.String({ pattern: "^[a-z]{2,3}$", title: "an ISO 639 language code" }), { maxItems: 30, uniqueItems: true }),
    wheelchairAccess: StringEnum(wheelchairAccessValues),
    hearingLoop: Type.Union([Type.Boolean(), Type.Null()]),
    closedOnPublicHolidays: Type.Boolean(),
    texts: Type.Object(Object.fromEntries(languageCodes.map((code) => [code, Type.Optional(serviceTextSchema)])), { additionalProperties: false }),
    weeklyHours: Type.Array(weeklyIntervalSchema, { maxItems: 70 }),
    exceptions: Type.Array(hoursExceptionSchema, { maxItems: 100 }),
  },
  { additionalProperties: false },
);
export type ServiceInputBody = Static<typeof serviceInputSchema>;

/** A checked input, every optional field made explicit. */
export interface ServiceInput {
  scope: ServiceScope;
  category: ServiceCategory;
  name: string;
  provider: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  postalTown: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  email: string | null;
  bookingUrl: string | null;
  website: string | null;
  languages: string[];
  wheelchairAccess: WheelchairAccess;
  hearingLoop: boolean | null;
  closedOnPublicHolidays: boolean;
  texts: Partial<Record<Language, ServiceText>>;
  weeklyHours: WeeklyInterval[];
  exceptions: HoursException[];
}

const validateBody = createValidator(serviceInputSchema);
const blankToNull = (value: string | null | undefined) => (value === undefined || value === null || value.trim() === "" ? null : value.trim());

/**
 * The schema, then the rules a schema cannot say: closing after opening, a date range in order,
 * both coordinates or neither, a description in at least one language.
 */
export function checkServiceInput(body: unknown): { ok: true; value: ServiceInput } | { ok: false; errors: FieldError[] } {
  const parsed = validateBody(body);
  if (!parsed.ok) return parsed;
  const b = parsed.value;
  const errors: FieldError[] = [];
  const texts: Partial<Record<Language, ServiceText>> = {};
  for (const code of languageCodes) {
    const text = b.texts[code];
    if (!text) continue;
    const entry = { description: text.description.trim(), directions: (text.directions ?? "").trim(), accessibilityNote: (text.accessibilityNote ?? "").trim() };
    if (entry.description || entry.directions || entry.accessibilityNote) texts[code] = entry;
  }
  if (!Object.values(texts).some((text) => text.description)) {
    errors.push({ path: "texts.nb.description", code: "descriptionMissing", message: "write a description in at least one language" });
  }
  b.weeklyHours.forEach((interval, index) => {
    if (interval.opens >= interval.closes) errors.push({ path: `weeklyHours[${index}].closes`, code: "closesBeforeOpens", message: "must be after the opening time" });
  });
  b.exceptions.forEach((exception, index) => {
    if (exception.lastDate < exception.firstDate) errors.push({ path: `exceptions[${index}].lastDate`, code: "endBeforeStart", message: "must not be before the first date" });
    else if (epochDay(exception.lastDate) - epochDay(exception.firstDate) > 366) errors.push({ path: `exceptions[${index}].lastDate`, code: "rangeTooLong", message: "must be within a year of the first date" });
    if ((exception.opens === null) !== (exception.closes === null)) errors.push({ path: `exceptions[${index}].closes`, code: "required", message: "give both times, or neither for a closed day" });
    else if (exception.opens !== null && exception.closes !== null && exception.opens >= exception.closes) {
      errors.push({ path: `exceptions[${index}].closes`, code: "closesBeforeOpens", message: "must be after the opening time" });
    }
  });
  const latitude = b.latitude ?? null;
  const longitude = b.longitude ?? null;
  if ((latitude === null) !== (longitude === null)) {
    errors.push({ path: latitude === null ? "latitude" : "longitude", code: "coordinatesPair", message: "give both latitude and longitude, or neither" });
  }
  if (!b.name.trim()) errors.push({ path: "name", code: "required", message: "must not be empty" });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      scope: b.scope,
      category: b.category,
      name: b.name.trim(),
      provider: blankToNull(b.provider),
      streetAddress: blankToNull(b.streetAddress),
      postalCode: blankToNull(b.postalCode),
      postalTown: blankToNull(b.postalTown),
      latitude,
      longitude,
      phone: blankToNull(b.phone),
      email: blankToNull(b.email)?.toLowerCase() ?? null,
      bookingUrl: blankToNull(b.bookingUrl),
      website: blankToNull(b.website),
      languages: b.languages,
      wheelchairAccess: b.wheelchairAccess,
      hearingLoop: b.hearingLoop,
      closedOnPublicHolidays: b.closedOnPublicHolidays,
      texts,
      weeklyHours: b.weeklyHours,
      exceptions: b.exceptions,
    },
  };
}
