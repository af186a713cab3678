import { Type, type Static } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";

export const residenceBases = [
  "eea-worker",
  "eea-self-employed",
  "eea-jobseeker",
  "eea-family",
  "nordic",
  "work-permit",
  "family-of-labour-migrant",
  "family-of-norwegian-or-nordic",
  "refugee",
  "family-of-refugee",
  "collective-protection",
  "student",
  "asylum-seeker",
] as const;
export type ResidenceBasis = (typeof residenceBases)[number];

export const educationLevels = ["none", "primary", "upper-secondary", "higher"] as const;
export type EducationLevel = (typeof educationLevels)[number];

// `title` says what was expected (it becomes the error message); `description` says what the field means.
const date = (description: string) => Type.String({ format: "date", title: "a date YYYY-MM-DD", description });
const months = (description: string) => Type.Integer({ minimum: 0, title: "a whole number of months", description });

/** A BCP 47 language tag asking for the texts in that language. */
export function languageTag(description: string) {
  return Type.String({ pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", maxLength: 35, title: "a BCP 47 language tag such as nb, en or uk-UA", description });
}

export const childSchema = Type.Object(
  {
    birthDate: date("the child's date of birth"),
    plannedStayMonths: Type.Optional(months("how long the child expects to stay; omitted = as the parent")),
  },
  { additionalProperties: false, title: "a child object" },
);

/** The person the plan is for, as in the arrival-plan contract. */
export const profileSchema = Type.Object(
  {
    asOf: Type.Optional(date("the date the plan is evaluated for; default today")),
    arrivalDate: date("first day in Norway (for asylum seekers: date of application)"),
    arrivalDayUnknown: Type.Optional(
      Type.Boolean({ description: "true when only the month of arrival is known (arrivalDate is its 1st): deadlines counted from arrival are given as a time after arrival, not a date" }),
    ),
    birthDate: date("date of birth"),
    citizenship: Type.String({ pattern: "^[A-Z]{2}$", title: "a 2-letter country code (ISO 3166-1 alpha-2) such as PL", description: "citizenship" }),
    residenceBasis: StringEnum(residenceBases, { description: "the basis for living in Norway" }),
    plannedStayMonths: Type.Optional(months("how long the person expects to stay; omitted = long or unknown")),
    municipality: Type.Optional(Type.String({ pattern: "^[0-9]{4}$", title: "a 4-digit kommunenummer", description: "the municipality where the person lives or will live (2024 numbering)" })),
    education: Type.Optional(StringEnum(educationLevels, { description: "highest completed education" })),
    referencePersonSettledDate: Type.Optional(date("for family-of-refugee: when the refugee they join was settled")),
    children: Type.Optional(Type.Array(childSchema, { title: "a list of children", description: "children moving with the person" })),
    language: Type.Optional(languageTag("language of the returned texts; falls back to nb, then en")),
  },
  { additionalProperties: false, title: "a profile object", description: "the person the plan is for" },
);

export type Profile = Static<typeof profileSchema>;
export type Child = Static<typeof childSchema>;
