import { Type, type Static } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";
import { languageCodes } from "@velkomst/i18n";
import { cefrLevels } from "./skills-profile.ts";

/** Norwegian driving licence classes (førerkortforskriften § 3), in the order the licence lists them. */
export const drivingLicenceClasses = ["AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "T", "S"] as const;
export const educationLevels = ["primary", "upper-secondary", "vocational", "bachelor", "master", "doctorate"] as const;
export const recognitionStatuses = ["recognised", "in-progress", "not-recognised", "not-needed", "unknown"] as const;

const text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const optionalText = (maxLength: number) => Type.Optional(Type.Union([Type.String({ maxLength }), Type.Null()]));
const year = Type.Integer({ minimum: 1940, maximum: 2100, title: "a year (YYYY)" });
const country = Type.String({ pattern: "^[A-Z]{2}$", title: "a country code (ISO 3166-1 alpha-2)" });
const styrk = Type.String({ pattern: "^[0-9]{4}$", title: "a STYRK-08 code (four digits)" });
const cefr = Type.Union([StringEnum(cefrLevels), Type.Null()]);

export const educationSchema = Type.Object(
  { level: StringEnum(educationLevels), field: text(200), country, completedYear: Type.Optional(Type.Union([year, Type.Null()])), recognition: StringEnum(recognitionStatuses) },
  { additionalProperties: false },
);
export const experienceSchema = Type.Object(
  { occupationCode: styrk, title: text(200), employer: optionalText(200), country, fromYear: year, toYear: Type.Optional(Type.Union([year, Type.Null()])) },
  { additionalProperties: false },
);
export const languageSkillSchema = Type.Object(
  { code: Type.String({ pattern: "^[a-z]{2,3}$", title: "a language code (ISO 639)" }), level: StringEnum([...cefrLevels, "native"]) },
  { additionalProperties: false },
);
export const norwegianSchema = Type.Object({ listening: cefr, reading: cefr, writing: cefr, speaking: cefr }, { additionalProperties: false });
export const certificateSchema = Type.Object(
  { name: text(200), issuer: optionalText(200), validUntil: Type.Optional(Type.Union([Type.String({ format: "date" }), Type.Null()])) },
  { additionalProperties: false },
);
export const wishesSchema = Type.Object(
  {
    occupations: Type.Array(styrk, { maxItems: 10 }),
    municipalities: Type.Array(Type.String({ pattern: "^[0-9]{4}$", title: "a municipality number (four digits)" }), { maxItems: 10 }),
    hoursPerWeek: Type.Union([Type.Integer({ minimum: 1, maximum: 60 }), Type.Null()]),
  },
  { additionalProperties: false },
);

/** What the person (or their adviser) writes: the profile without its id and timestamps. */
export const skillsProfileBody = Type.Object(
  {
    fullName: Type.String({ minLength: 1, maxLength: 200, pattern: "\\S" }),
    email: Type.Optional(Type.Union([Type.String({ format: "email", maxLength: 254 }), Type.Null()])),
    phone: Type.Optional(Type.Union([Type.String({ pattern: "^\\+?[0-9 ]{5,20}$", title: "a phone number (digits, spaces, a leading +)" }), Type.Null()])),
    language: StringEnum(languageCodes),
    municipalityNumber: Type.Optional(Type.Union([Type.String({ pattern: "^[0-9]{4}$" }), Type.Null()])),
    education: Type.Array(educationSchema, { maxItems: 20 }),
    experience: Type.Array(experienceSchema, { maxItems: 30 }),
    languages: Type.Array(languageSkillSchema, { maxItems: 20 }),
    norwegian: Type.Union([norwegianSchema, Type.Null()]),
    drivingLicences: Type.Array(StringEnum(drivingLicenceClasses), { maxItems: drivingLicenceClasses.length, uniqueItems: true }),
    certificates: Type.Array(certificateSchema, { maxItems: 30 }),
    digitalSkills: Type.Optional(Type.Union([StringEnum(["basic", "good"]), Type.Null()])),
    otherSkills: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
    wishes: wishesSchema,
  },
  { additionalProperties: false },
);
export type SkillsProfileInput = Static<typeof skillsProfileBody>;

/** `PUT /api/v1/skills-profile`: the profile, and the consent that lets us keep it. */
export const skillsProfilePutBody = Type.Composite([skillsProfileBody, Type.Object({ consent: Type.Literal(true, { description: "the person agrees that Velkomst keeps this profile (withdrawn by DELETE)" }) })], { additionalProperties: false });

export const skillsProfileResponse = Type.Composite([skillsProfileBody, Type.Object({ id: Type.String({ format: "uuid" }), consentGivenAt: Type.String({ format: "date-time" }), matchingOptInAt: Type.Union([Type.String({ format: "date-time" }), Type.Null()]) })]);
