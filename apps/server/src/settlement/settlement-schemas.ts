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
        fields: Type.Optional(Type.Array(Type.String(), { description: "corrected: the fields IMDi changed" })),
      }),
    ),
  }),
]);

export const enquirySchema = Type.Object({
  id: Type.String(),
  year: Type.Integer(),
  municipality: Type.Object({ number: Type.String(), name: Type.String() }),
  // After a refusal, or once settled elsewhere, a municipality keeps only the reference.
  household: Type.Union([householdSummarySchema, Type.Object({ id: Type.String(), reference: Type.String(), accessEnded: Type.Literal(true) })]),
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

// ---- Household intake (IMDi registers households ready for settlement from UDI's decision) ----

export const protections = ["asylum", "resettlement", "collective"] as const;
export const relations = ["main", "spouse", "child", "other"] as const;
export const levels = ["none", "basic", "good"] as const;
export const educations = ["none", "primary", "secondary", "vocational", "higher"] as const;
export const workSectors = ["none", "agriculture", "fishery", "industry", "construction", "health", "teaching", "service", "transport", "office"] as const;
export const tieKinds = ["family", "network"] as const;
export const maximumMembers = 20;
export const maximumTies = 10;

/**
 * The skills mapping of an adult 18–55 (integreringsloven; seed ch. 7.3.2). Driving licence and car
 * belong to the simplified mapping of collective protection only, where they are required.
 */
export const householdMappingBody = Type.Object(
  {
    norwegianLevel: StringEnum(levels, { description: "Norwegian" }),
    englishLevel: StringEnum(levels, { description: "English" }),
    digitalSkills: StringEnum(levels),
    education: StringEnum(educations, { description: "highest completed education" }),
    workSector: StringEnum(workSectors, { description: "sector of the longest work experience" }),
    workYears: Type.Integer({ minimum: 0, maximum: 70, description: "years of work experience" }),
    otherSkills: Type.Optional(Type.String({ maxLength: 500, description: "other skills, free text in Norwegian" })),
    drivingLicence: Type.Optional(Type.Boolean({ description: "simplified mapping (collective protection) only" })),
    hasCar: Type.Optional(Type.Boolean({ description: "own car in Norway; simplified mapping only" })),
  },
  { additionalProperties: false },
);

export const householdMemberBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    birthYear: Type.Integer({ minimum: 1900, maximum: 2100 }),
    relation: StringEnum(relations, { description: "relation to the main person; exactly one member is main" }),
    languages: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 10, description: "languages the member speaks, in Norwegian (arabisk, tigrinja...)" })),
    mapping: Type.Optional(Type.Union([householdMappingBody, Type.Null()], { description: "the skills mapping; only for members aged 18–55" })),
  },
  { additionalProperties: false },
);

export const householdTieBody = Type.Object({ municipality: municipalityNumber, kind: StringEnum(tieKinds) }, { additionalProperties: false });

/** What IMDi registers for a household ready for settlement (POST) or replaces when correcting it (PUT). */
export const householdBody = Type.Object(
  {
    reference: Type.String({ minLength: 1, maxLength: 40, pattern: "^[A-Za-z0-9ÆØÅæøå][A-Za-z0-9ÆØÅæøå/_.-]*$", description: "IMDi's case reference, e.g. B-2026-0301" }),
    protection: StringEnum(protections, { description: "basis of residence: asylum, resettlement (overføringsflyktning) or collective protection" }),
    readyOn: Type.String({ format: "date", description: "date the household was ready for settlement, YYYY-MM-DD" }),
    needsHealthServices: Type.Optional(Type.Boolean({ description: "needs adapted health and care services" })),
    needsWheelchairHome: Type.Optional(Type.Boolean({ description: "needs a wheelchair-accessible home" })),
    members: Type.Array(householdMemberBody, { minItems: 1, maxItems: maximumMembers }),
    ties: Type.Optional(Type.Array(householdTieBody, { maxItems: maximumTies, description: "family or network in a municipality" })),
  },
  { additionalProperties: false },
);
