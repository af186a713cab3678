import { Type, type Static } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";
import { legalReferenceSchema } from "../parameters/parameter-file-schema.ts";

const isoDate = Type.String({ format: "date" });
const https = Type.String({ format: "uri", pattern: "^https?://", description: "the body's own page" });
const id = Type.String({ pattern: "^[a-z][a-z0-9-]*$" });
const checkNote = {
  verified: Type.Optional(Type.Boolean({ description: "false: a fact here could not be checked against its source; say what in `note`" })),
  note: Type.Optional(Type.String({ minLength: 1 })),
};

export const educationLevels = ["vocational", "bachelor", "master", "doctorate", "other"] as const;
export type RecognitionEducationLevel = (typeof educationLevels)[number];

export const bodyFileSchema = Type.Array(
  Type.Object(
    {
      id,
      name: Type.Object({ nb: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
      url: https,
      source: legalReferenceSchema,
      lastReviewed: isoDate,
      processingDays: Type.Optional(Type.Integer({ minimum: 1, description: "the processing time the body states, in days" })),
      ...checkNote,
    },
    { additionalProperties: false },
  ),
);

const authorityValueSchema = Type.Object(
  {
    body: id,
    reference: Type.Array(legalReferenceSchema, { minItems: 1 }),
    source: legalReferenceSchema,
    lastReviewed: isoDate,
    ...checkNote,
    startAssumed: Type.Optional(Type.Boolean({ description: "true when only the start date is unverified (the note says so): answers a year or more after it are not marked" })),
  },
  { additionalProperties: false },
);

/** Each recognition task and the body that holds it, keyed by the date it took it over. */
export const authorityFileSchema = Type.Record(
  id,
  Type.Object({ description: Type.String({ minLength: 1 }), values: Type.Record(isoDate, authorityValueSchema, { minProperties: 1 }) }, { additionalProperties: false }),
);

export const groupFileSchema = Type.Record(
  id,
  Type.Object(
    {
      authority: Type.Optional(id),
      legalBasis: Type.Array(legalReferenceSchema, { minItems: 1 }),
      nonEeaLegalBasis: Type.Optional(Type.Array(legalReferenceSchema, { minItems: 1 })),
      source: legalReferenceSchema,
    },
    { additionalProperties: false },
  ),
);

export const meanwhileKeys = ["health-assistant", "supervised-assistant", "temporary-teacher", "related-work"] as const;
export type MeanwhileKey = (typeof meanwhileKeys)[number];

const name = Type.String({ minLength: 1 });
export const professionFileSchema = Type.Array(
  Type.Object(
    {
      id,
      styrk08: Type.String({ pattern: "^[0-9]{4}$", description: "STYRK-08 (ISCO-08) occupation code" }),
      names: Type.Object({ nb: name, nn: name, en: name, uk: name, pl: name, ar: name }, { additionalProperties: false }),
      group: id,
      level: StringEnum(educationLevels),
      harmonised: Type.Optional(Type.Boolean({ description: "automatic recognition in the EEA (directive 2005/36/EC art. 21)" })),
      meanwhile: Type.Optional(Type.Array(StringEnum(meanwhileKeys))),
      unverified: Type.Optional(Type.String({ minLength: 1, description: "what could not be checked" })),
      lastReviewed: isoDate,
    },
    { additionalProperties: false },
  ),
);

export type BodyEntry = Static<typeof bodyFileSchema>[number];
export type AuthorityValue = Static<typeof authorityValueSchema>;
export type GroupEntry = Static<typeof groupFileSchema>[string];
export type ProfessionEntry = Static<typeof professionFileSchema>[number];
