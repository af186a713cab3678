import { Type, type Static } from "@sinclair/typebox";

const isoDate = Type.String({ format: "date" });

export const legalReferenceSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, description: "law and section, e.g. Integreringsloven § 8" }),
    href: Type.String({ format: "uri", pattern: "^https://", description: "an https link to the provision or official source" }),
  },
  { additionalProperties: false },
);

/** What a parameter may hold: a number, a flag, a text, a list of codes or named numbers such as an age range. */
export const parameterValueSchema = Type.Union([
  Type.Number(),
  Type.Boolean(),
  Type.String({ minLength: 1 }),
  Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
  Type.Record(Type.String({ pattern: "^[a-z][a-zA-Z]*$" }), Type.Number()),
]);

const datedValueSchema = Type.Object(
  {
    value: parameterValueSchema,
    reference: Type.Array(legalReferenceSchema, { minItems: 1 }),
    seed: Type.String({ minLength: 1, description: "seed document and section, or why the seeds are silent" }),
    lastReviewed: isoDate,
    note: Type.Optional(Type.String({ minLength: 1 })),
    unverified: Type.Optional(Type.String({ minLength: 1, description: "what could not be checked against the law's own text, and what it rests on instead" })),
    endConfirmed: Type.Optional(
      Type.Boolean({
        description:
          "for a value ended by null: true once the law confirms the end (repealed, not extended); false while the end is only the date written in a temporary law, which keeps the value in force past it, marked as being checked",
      }),
    ),
  },
  { additionalProperties: false },
);

/** `parameters/<area>/<name>.yaml`: values keyed by the date they start to apply; `null` ends the rule. */
export const parameterFileSchema = Type.Object(
  {
    description: Type.String({ minLength: 1 }),
    unit: Type.String({ minLength: 1 }),
    temporary: Type.Optional(Type.Boolean({ description: "outside its periods the ordinary rules apply" })),
    values: Type.Record(Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$" }), Type.Union([datedValueSchema, Type.Null()]), {
      minProperties: 1,
    }),
  },
  { additionalProperties: false },
);

/** `parameters/<area>/index.yaml` describes the folder. */
export const parameterIndexSchema = Type.Object({ description: Type.String({ minLength: 1 }) }, { additionalProperties: false });

export type LegalReference = Static<typeof legalReferenceSchema>;
export type ParameterValue = Static<typeof parameterValueSchema>;
export type ParameterFile = Static<typeof parameterFileSchema>;
