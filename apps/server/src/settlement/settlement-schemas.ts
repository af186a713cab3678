import { Type } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";
import { maximumWeight, scoreParts } from "./scoring/settlement-score.ts";

/** Request and response shapes of the settlement API (they drive validation and the OpenAPI document). */
export const yearParam = Type.String({ pattern: "^20[0-9]{2}$", description: "settlement year, e.g. 2026" });
export const uuidParam = Type.String({ format: "uuid" });
export const municipalityNumber = Type.String({ pattern: "^[0-9]{4}$", description: "kommunenummer" });
export const countyNumber = Type.String({ pattern: "^[0-9]{2}$", description: "fylkesnummer" });
const count = (description: string) => Type.Integer({ minimum: 0, maximum: 1_000_000, description });
/** Serialised from a Date by the response serialiser. */
const dateTime = Type.Unsafe<Date | string>({ type: "string", format: "date-time" });
const isoDate = Type.String({ format: "date", description: "YYYY-MM-DD" });

export const openYearBody = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2099 }),
    nationalNeed: count("persons to settle in the year (anmodningstall)"),
    nationalNeedMinors: Type.Optional(count("of which unaccompanied minors")),
  },
  { additionalProperties: false },
);

export const countyRecommendationBody = Type.Object(
  { county: countyNumber, persons: count("persons recommended for the county"), unaccompaniedMinors: Type.Optional(count("of which unaccompanied minors")) },
  { additionalProperties: false },
);

export const requestBody = Type.Object(
  { municipality: municipalityNumber, persons: count("persons requested"), unaccompaniedMinors: Type.Optional(count("of which unaccompanied minors")) },
  { additionalProperties: false },
);

export const decisionBody = Type.Object(
  {
    persons: count("persons the municipality decided to settle"),
    unaccompaniedMinors: count("of which unaccompanied minors"),
    wheelchairHomes: count("wheelchair-accessible homes available"),
    healthServices: Type.Boolean({ description: "the municipality can offer adapted health and care services" }),
    decidedOn: Type.String({ pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description: "date of the political decision, YYYY-MM-DD" }),
  },
  { additionalProperties: false },
);

export const weightsSchema = Type.Object(
  Object.fromEntries(scoreParts.map((part) => [part, Type.Number({ minimum: 0, maximum: maximumWeight })])) as Record<(typeof scoreParts)[number], ReturnType<typeof Type.Number>>,
  { additionalProperties: false },
);

export const runBody = Type.Object({ timeLimitSeconds: Type.Optional(Type.Number({ minimum: 1, maximum: 120 })) }, { additionalProperties: false });

export const overrideBody = Type.Object(
  { municipality: municipalityNumber, reason: Type.String({ minLength: 1, maxLength: 2000, description: "why the case worker chose another municipality (mandatory)" }) },
  { additionalProperties: false },
);

export const answerBody = Type.Object(
  { answer: StringEnum(["accepted", "refused"] as const), reason: Type.Optional(Type.String({ maxLength: 2000, description: "mandatory when refused" })) },
  { additionalProperties: false },
);

const amounts = Type.Object({ persons: Type.Integer(), unaccompaniedMinors: Type.Integer(), wheelchairHomes: Type.Integer() });

export const dateTimeSchema = dateTime;

export const yearSchema = Type.Object({ year: Type.Integer(), nationalNeed: Type.Integer(), nationalNeedMinors: Type.Integer(), openedAt: dateTime });

const totals = {
  requested: Type.Integer(),
  requestedMinors: Type.Integer(),
  decided: Type.Integer(),
  decidedMinors: Type.Integer(),
  enquired: Type.Integer(),
  settled: Type.Integer(),
  municipalities: Type.Integer(),
  answered: Type.Integer(),
};

export const overviewSchema = Type.Object({
  year: yearSchema,
  national: Type.Object(totals),
  counties: Type.Array(
    Type.Object({ number: Type.String(), name: Type.String(), recommended: Type.Union([Type.Object({ persons: Type.Integer(), unaccompaniedMinors: Type.Integer() }), Type.Null()]), ...totals }),
  ),
  municipalities: Type.Array(
    Type.Object({
      number: Type.String(),
      name: Type.String(),
      countyNumber: Type.String(),
      population: Type.Integer(),
      requested: Type.Union([Type.Object({ persons: Type.Integer(), unaccompaniedMinors: Type.Integer(), sentAt: dateTime }), Type.Null()]),
      decision: Type.Union([
        Type.Object({
          persons: Type.Integer(),
          unaccompaniedMinors: Type.Integer(),
          wheelchairHomes: Type.Integer(),
          healthServices: Type.Boolean(),
          decidedOn: isoDate,
          recordedAt: dateTime,
        }),
        Type.Null(),
      ]),
      enquired: amounts,
      settled: amounts,
      remaining: amounts,
    }),
  ),
});

const partsSchema = Type.Object(Object.fromEntries(scoreParts.map((part) => [part, Type.Number()])) as Record<(typeof scoreParts)[number], ReturnType<typeof Type.Number>>);

export const runSummarySchema = Type.Object({
  id: Type.String(),
  year: Type.Integer(),
  startedAt: dateTime,
  startedBy: Type.Union([Type.String(), Type.Null()]),
  weights: partsSchema,
  inputs: Type.Object({
    households: Type.Integer(),
    persons: Type.Integer(),
    municipalities: Type.Integer(),
    candidates: Type.Integer(),
    capacity: amounts,
    withoutCandidates: Type.Integer(),
    buildSeconds: Type.Number(),
  }),
  status: StringEnum(["optimal", "feasible", "infeasible"] as const),
  objective: Type.Number(),
  bound: Type.Number(),
  gap: Type.Number(),
  solveSeconds: Type.Number(),
  timeLimitSeconds: Type.Number(),
  placed: Type.Integer(),
  unplaced: Type.Integer(),
});

export const proposalSchema = Type.Object({
  id: Type.String(),
  householdId: Type.String(),
  reference: Type.String(),
  municipality: Type.Union([Type.String(), Type.Null()]),
  score: Type.Union([Type.Number(), Type.Null()]),
  explanation: Type.Object({
    persons: Type.Integer(),
    use: amounts,
    reason: StringEnum(["best", "bestWithRoom", "noCandidates", "noRoom"] as const),
    parts: Type.Union([partsSchema, Type.Null()]),
    alternatives: Type.Array(
      Type.Object({
        municipality: Type.String(),
        score: Type.Number(),
        parts: partsSchema,
        why: Type.Object({ kind: StringEnum(["full", "tradeoff"] as const), dimensions: Type.Optional(Type.Array(Type.String())) }),
      }),
    ),
    candidates: Type.Array(Type.Object({ municipality: Type.String(), score: Type.Number(), parts: partsSchema })),
    solverReason: Type.String(),
  }),
  override: Type.Union([Type.Object({ municipality: Type.String(), reason: Type.String(), at: dateTime, by: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
  enquiry: Type.Union([Type.Object({ id: Type.String(), municipality: Type.String(), answer: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
});

export const householdSummarySchema = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  protection: Type.String(),
  readyOn: isoDate,
  waitDays: Type.Integer(),
  persons: Type.Integer(),
  type: Type.String(),
  unaccompaniedMinors: Type.Integer(),
  needsHealthServices: Type.Boolean(),
  needsWheelchairHome: Type.Boolean(),
  status: StringEnum(["ready", "waiting", "enquired", "settled"] as const),
  municipality: Type.Union([Type.Object({ number: Type.String(), name: Type.String() }), Type.Null()]),
});

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const householdDetailsSchema = Type.Composite([
  householdSummarySchema,
  Type.Object({
    members: Type.Array(
      Type.Object({
        id: Type.String(),
        position: Type.Integer(),
        name: Type.String(),
        birthYear: Type.Integer(),
        age: Type.Integer(),
        relation: Type.String(),
        mapping: nullable(Type.String()),
        languages: Type.Array(Type.String()),
        norwegianLevel: nullable(Type.String()),
        englishLevel: nullable(Type.String()),
        digitalSkills: nullable(Type.String()),
        education: nullable(Type.String()),
        workSector: nullable(Type.String()),
        workYears: nullable(Type.Integer()),
        otherSkills: nullable(Type.String()),
        drivingLicence: nullable(Type.Boolean()),
        hasCar: nullable(Type.Boolean()),
      }),
    ),
    ties: Type.Array(Type.Object({ municipality: Type.String(), municipalityName: Type.String(), countyNumber: Type.String(), kind: Type.String() })),
    history: Type.Array(
      Type.Object({
        at: dateTime,
        kind: Type.String(),
        municipality: Type.Optional(nullable(Type.String())),
        reason: Type.Optional(nullable(Type.String())),
        by: Type.Optional(nullable(Type.String())),
        runId: Type.Optional(Type.String()),
        score: Type.Optional(nullable(Type.Number())),
      }),
    ),
  }),
]);

export const enquirySchema = Type.Object({
  id: Type.String(),
  year: Type.Integer(),
  municipality: Type.Object({ number: Type.String(), name: Type.String() }),
  household: householdSummarySchema,
  sentAt: dateTime,
  overridden: Type.Boolean(),
  answer: nullable(Type.Object({ answer: Type.String(), reason: nullable(Type.String()), at: dateTime })),
});

const share = Type.Number({ minimum: 0, maximum: 1 });
export const fairnessSchema = Type.Object({
  year: Type.Integer(),
  placedHouseholds: Type.Integer(),
  placedPersons: Type.Integer(),
  counties: Type.Array(Type.Object({ number: Type.String(), name: Type.String(), requested: Type.Integer(), requestedShare: share, placedPersons: Type.Integer(), placedShare: share })),
  types: Type.Array(Type.Object({ type: Type.String(), placedHouseholds: Type.Integer(), placedPersons: Type.Integer(), waitingHouseholds: Type.Integer(), averageWaitDays: nullable(Type.Integer()) })),
  needs: Type.Array(Type.Object({ need: Type.String(), placedHouseholds: Type.Integer(), waitingHouseholds: Type.Integer(), averageWaitDays: nullable(Type.Integer()) })),
  ties: Type.Object({ placedWithTies: Type.Integer(), placedWhereTies: Type.Integer(), share: nullable(share) }),
});
