import { Type, type Static } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";
import { languageTag } from "../profile/profile-schema.ts";
import { educationLevels } from "./recognition-data-schema.ts";

const country = (description: string) =>
  Type.String({ pattern: "^[A-Z]{2}$", title: "a 2-letter country code (ISO 3166-1 alpha-2) such as PH", description });

/** The question of the recognition contract (shared/contracts/recognition.md). */
export const recognitionQuestionSchema = Type.Object(
  {
    asOf: Type.Optional(Type.String({ format: "date", title: "a date YYYY-MM-DD", description: "bodies and rules are chosen by this date; default today" })),
    occupation: Type.String({
      minLength: 1,
      maxLength: 80,
      title: "an occupation id from the data (such as nurse) or a STYRK-08 code of 4 digits",
      description: "the occupation the person wants to work in",
    }),
    educationCountry: country("where the qualification was taken"),
    citizenship: Type.Optional(country("citizenship; some routes depend on it (EEA rules)")),
    educationLevel: Type.Optional(StringEnum(educationLevels, { description: "the level of the qualification; default the occupation's usual level" })),
    hasDocuments: Type.Optional(Type.Boolean({ title: "true or false", description: "whether the person can document the qualification; default true" })),
    language: Type.Optional(languageTag("language of the texts; falls back to nb, then en")),
  },
  { additionalProperties: false, title: "a recognition question object", description: "what the person has and wants to work as" },
);
export type RecognitionQuestion = Static<typeof recognitionQuestionSchema>;

export const routeKinds = ["authorisation", "general-recognition", "vocational-recognition", "undocumented-education", "subject-recognition", "none-needed"] as const;
export type RouteKind = (typeof routeKinds)[number];

const reference = Type.Object({ title: Type.String(), href: Type.String() });

export const recognitionRouteSchema = Type.Object({
  kind: StringEnum(routeKinds),
  body: Type.Optional(Type.Object({ id: Type.String(), name: Type.String(), url: Type.String() })),
  legalBasis: Type.Array(Type.String(), { description: "titles of the provisions the route rests on" }),
  references: Type.Array(reference, { description: "the provisions with links" }),
  sources: Type.Array(reference, { description: "where the facts were checked" }),
  steps: Type.Array(Type.String()),
  why: Type.String(),
  verified: Type.Boolean({ description: "false when a fact behind this route could not be checked (the why says which)" }),
  unverifiedNotes: Type.Optional(Type.Array(Type.String(), { description: "what could not be checked, in English as the data records it" })),
  processingDays: Type.Optional(Type.Integer({ description: "processing time the body states, in days" })),
  lastReviewed: Type.String({ format: "date" }),
});
export type RecognitionRoute = Static<typeof recognitionRouteSchema>;

export const recognitionAnswerSchema = Type.Object({
  rulesVersion: Type.String(),
  asOf: Type.String({ format: "date" }),
  language: Type.String(),
  occupation: Type.Object({ id: Type.String(), styrk08: Type.String(), title: Type.String() }),
  regulated: Type.Boolean(),
  educationFrom: StringEnum(["norway", "eea", "third-country"] as const),
  routes: Type.Array(recognitionRouteSchema),
  meanwhile: Type.Array(Type.String()),
});
export type RecognitionAnswer = Static<typeof recognitionAnswerSchema>;
