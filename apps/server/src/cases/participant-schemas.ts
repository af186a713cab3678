import { Type, type Static } from "@sinclair/typebox";
import { educationLevels, residenceBases } from "@velkomst/rules";
import { StringEnum } from "@velkomst/validation";
import { consentRecipients } from "./cases-tables.ts";

/** Request and response shapes of the participant API (they drive validation and the OpenAPI document). */
const isoDate = (description: string) => Type.String({ format: "date", title: "a date YYYY-MM-DD", description });
const languageTag = (description: string) =>
  Type.String({ pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", maxLength: 35, title: "a language code such as ar, uk or prs", description });
/** Serialised from a Date by the response serialiser. */
const dateTime = Type.Unsafe<Date | string>({ type: "string", format: "date-time" });
export const participantIdParams = Type.Object({ id: Type.String({ format: "uuid" }) });

export const participantBody = Type.Object(
  {
    municipality: Type.String({ pattern: "^[0-9]{4}$", title: "a 4-digit kommunenummer", description: "the municipality that follows the participant up" }),
    name: Type.String({ minLength: 1, maxLength: 200, pattern: "\\S", title: "a name of 1–200 characters" }),
    birthDate: isoDate("date of birth"),
    identityNumber: Type.Optional(Type.String({ pattern: "^[0-9]{11}$", title: "11 digits (fødselsnummer or D-number)", description: "checked with both check digits" })),
    residenceBasis: StringEnum(residenceBases, { description: "the basis for living in Norway" }),
    residenceFrom: Type.Optional(isoDate("first day of the residence permit")),
    residenceUntil: Type.Optional(isoDate("last day of the residence permit, if limited")),
    settlementDate: Type.Optional(isoDate("when settled in the municipality")),
    arrivalDate: Type.Optional(isoDate("first day in Norway (the rules' frames start from it); omitted: the earliest date known")),
    livesWithParents: Type.Optional(Type.Boolean({ description: "lives with one or both parents (the benefit under 25)" })),
    childrenBirthDates: Type.Optional(Type.Array(isoDate("a child's date of birth"), { maxItems: 20, title: "a list of dates", description: "the participant's children (parental guidance)" })),
    education: StringEnum(educationLevels, { description: "highest completed education" }),
    languages: Type.Array(languageTag("a language the participant speaks"), { maxItems: 10, default: [], title: "a list of language codes" }),
    interpreterLanguage: Type.Optional(languageTag("the language an interpreter is needed in; omitted: no interpreter needed")),
  },
  { additionalProperties: false },
);
export type ParticipantInput = Static<typeof participantBody>;

export const participantSummarySchema = Type.Object(
  {
    id: Type.String(),
    municipality: Type.String(),
    name: Type.String(),
    birthDate: Type.String(),
    residenceBasis: Type.String(),
    settlementDate: Type.Union([Type.String(), Type.Null()]),
    interpreterLanguage: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type ParticipantSummary = Static<typeof participantSummarySchema>;

export const participantDetailsSchema = Type.Object(
  {
    ...participantSummarySchema.properties,
    hasIdentityNumber: Type.Boolean({ description: "the number itself is hidden; POST …/identity-number with a reason shows it" }),
    residenceFrom: Type.Union([Type.String(), Type.Null()]),
    residenceUntil: Type.Union([Type.String(), Type.Null()]),
    education: Type.String(),
    languages: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);
export type ParticipantDetails = Static<typeof participantDetailsSchema>;

export const revealBody = Type.Object(
  { reason: Type.String({ minLength: 3, maxLength: 500, pattern: "\\S", title: "why the number is needed (3–500 characters)" }) },
  { additionalProperties: false },
);

export const accessLogSchema = Type.Array(
  Type.Object(
    { at: dateTime, actorName: Type.String(), actorRole: Type.String({ description: "the role the reader acted in; empty on rows from before roles were logged" }), action: Type.String(), reason: Type.String() },
    { additionalProperties: false },
  ),
);

export const consentBody = Type.Object(
  {
    recipient: StringEnum(consentRecipients, { description: "the agency the record may be shared with" }),
    purpose: Type.String({ minLength: 3, maxLength: 500, pattern: "\\S", title: "what is shared and why (3–500 characters)" }),
    givenOn: isoDate("the day the participant gave the consent"),
  },
  { additionalProperties: false },
);
export type ConsentInput = Static<typeof consentBody>;
export const consentIdParams = Type.Object({ id: Type.String({ format: "uuid" }), consentId: Type.String({ format: "uuid" }) });

export const consentsSchema = Type.Array(
  Type.Object(
    { id: Type.String(), recipient: Type.String(), purpose: Type.String(), givenOn: Type.String(), withdrawnAt: Type.Union([dateTime, Type.Null()]) },
    { additionalProperties: false },
  ),
);
