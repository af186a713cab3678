import { Type, type Static } from "@sinclair/typebox";

const householdId = Type.String({ minLength: 1, description: "a household id" });
const municipalityId = Type.String({ minLength: 1, description: "a municipality id (kommunenummer)" });
const amounts = Type.Record(Type.String(), Type.Number({ minimum: 0 }), {
  description: "an object with a non-negative number for each capacity dimension",
});

export const instanceSchema = Type.Object(
  {
    dimensions: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
    municipalities: Type.Array(
      Type.Object({ id: municipalityId, capacity: amounts }, { additionalProperties: false }),
    ),
    households: Type.Array(
      Type.Object(
        {
          id: householdId,
          use: amounts,
          candidates: Type.Array(
            Type.Object({ municipality: municipalityId, score: Type.Number() }, { additionalProperties: false }),
          ),
          mustPlace: Type.Optional(Type.Boolean({ default: false })),
        },
        { additionalProperties: false },
      ),
    ),
    unplacedPenalty: Type.Optional(Type.Number({ default: 0 })),
  },
  { additionalProperties: false },
);

export type SettlementInstance = Static<typeof instanceSchema>;

const alternativeSchema = Type.Object({
  municipality: municipalityId,
  score: Type.Number(),
  whyNot: Type.String(),
});

const explanationSchema = Type.Object({
  /** The municipality the household got, or null when it was left unplaced. */
  chosen: Type.Union([municipalityId, Type.Null()]),
  reason: Type.String(),
  /** Candidates scored higher than the chosen one (every candidate when unplaced). */
  alternatives: Type.Array(alternativeSchema),
});

export const resultSchema = Type.Object({
  status: Type.Union([Type.Literal("optimal"), Type.Literal("feasible"), Type.Literal("infeasible")]),
  /** Why the instance is infeasible; only with status "infeasible". */
  reason: Type.Optional(Type.String()),
  objective: Type.Number(),
  bound: Type.Number(),
  assignments: Type.Array(Type.Object({ household: householdId, municipality: municipalityId })),
  unplaced: Type.Array(householdId),
  explanations: Type.Record(Type.String(), explanationSchema),
  solveSeconds: Type.Number(),
});

export type SettlementResult = Static<typeof resultSchema>;
export type HouseholdExplanation = Static<typeof explanationSchema>;

export interface SolveOptions {
  /** Wall-clock budget for the whole solve (default 60 s). */
  timeLimitSeconds?: number;
  /** Stop once (bound − objective) / |bound| is at most this (default 1e-3). */
  relativeGap?: number;
  /** HiGHS random seed, for reproducible runs (default 0). */
  seed?: number;
  /**
   * "plain": one HiGHS MIP over every household × candidate binary; "decomposition": bounds and
   * smaller MIPs (see the README); "auto" (default): whichever is measured to win at the instance's size.
   */
  method?: "auto" | SettlementMethod;
}

export type SettlementMethod = "plain" | "decomposition";
