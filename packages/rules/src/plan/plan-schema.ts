import { Type, type Static, type TSchema } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";
import { supportedLanguages } from "../locales/languages.ts";
import { canonicalStepIds } from "../steps/step-catalogue.ts";

const isoDate = Type.String({ format: "date" });

/** `legalBasis` again, each provision with a link to it (Lovdata for laws and regulations); added to the contract, so optional. */
export const legalReferences = Type.Optional(
  Type.Array(Type.Object({ text: Type.String(), href: Type.String({ format: "uri" }) }, { additionalProperties: false }), {
    description: "the provisions of legalBasis, in the same order, each with a link to the provision or official source",
  }),
);
export const nullableDate = Type.Union([isoDate, Type.Null()]);

/** Values the text rests on that are being checked against the law on `asOf` (added to the contract, so optional; absent when none). */
const ruleChecks = Type.Optional(
  Type.Array(
    Type.Object(
      {
        reason: StringEnum(["endUnconfirmed", "reviewOverdue"] as const, {
          description: "endUnconfirmed: a temporary rule kept in force past an end the law has not confirmed; reviewOverdue: not checked against the law within the review horizon",
        }),
        since: Type.String({ format: "date", description: "the unconfirmed end, or the day the review horizon passed" }),
        source: Type.Object({ text: Type.String(), href: Type.String({ format: "uri" }) }, { additionalProperties: false, description: "the provision to verify" }),
      },
      { additionalProperties: false },
    ),
    { minItems: 1, description: "the explanation in `why` says the rule is being checked" },
  ),
);

/** Every determination: its value, a title and an explanation in the plan's language, and the provisions it rests on. */
export function determination<V extends TSchema>(value: V, description: string) {
  return Type.Object(
    {
      title: Type.String({ description: "short name, in the plan's language" }),
      value,
      why: Type.String({ description: "plain-language explanation, in the plan's language" }),
      legalBasis: Type.Array(Type.String(), { minItems: 1, description: "law and section, or the official source" }),
      legalReferences,
      ruleChecks,
    },
    { additionalProperties: false, description },
  );
}

export const determinationsSchema = Type.Object(
  {
    idNumberType: determination(StringEnum(["fodselsnummer", "d-number"]), "which Norwegian identity number the person is expected to get"),
    eeaRegistration: determination(
      Type.Object({ required: Type.Boolean(), deadline: nullableDate }, { additionalProperties: false }),
      "the EEA registration scheme with the police",
    ),
    norwegianTraining: determination(
      Type.Object({ right: Type.Boolean(), duty: Type.Boolean(), free: Type.Boolean() }, { additionalProperties: false }),
      "training in Norwegian and social studies under the Integration Act",
    ),
    introductionProgramme: determination(
      Type.Object({ right: Type.Boolean(), duty: Type.Boolean() }, { additionalProperties: false }),
      "the introduction programme",
    ),
    regularGp: determination(Type.Object({ eligible: Type.Boolean() }, { additionalProperties: false }), "whether the person can get a regular GP (fastlege)"),
    localVote: determination(
      Type.Object({ eligibleFrom: nullableDate }, { additionalProperties: false }),
      "first date the person may vote in municipal and county elections",
    ),
    children: determination(
      Type.Array(Type.Object({ schoolRight: Type.Boolean(), upperSecondaryRight: Type.Boolean() }, { additionalProperties: false })),
      "school rights of each child, in the order given",
    ),
  },
  { additionalProperties: false },
);

export const planStepSchema = Type.Object(
  {
    id: StringEnum(canonicalStepIds, { description: "canonical step id; local content attaches to it" }),
    title: Type.String(),
    kind: StringEnum(["duty", "right", "advice"] as const, { description: "something the person must do, may claim, or is advised to do" }),
    dueBy: nullableDate,
    dueAfterArrival: Type.Optional(
      Type.Union([Type.Object({ days: Type.Integer() }, { additionalProperties: false }), Type.Object({ months: Type.Integer() }, { additionalProperties: false })], {
        description: "set when only the month of arrival is known: the deadline is this long after arrival, and dueBy is its earliest possible date",
      }),
    ),
    after: Type.Array(StringEnum(canonicalStepIds), { description: "steps listed earlier in the plan that come first" }),
    why: Type.String(),
    legalBasis: Type.Array(Type.String(), { minItems: 1 }),
    legalReferences,
    ruleChecks,
    links: Type.Array(Type.Object({ title: Type.String(), url: Type.String({ format: "uri" }) }, { additionalProperties: false })),
    documents: Type.Array(Type.String(), { description: "what to bring, in plain language" }),
  },
  { additionalProperties: false },
);

/** The personal arrival plan ("Min plan"), as in the arrival-plan contract. */
export const planSchema = Type.Object(
  {
    rulesVersion: Type.String({ description: "identifies the rule set used" }),
    asOf: isoDate,
    language: StringEnum(supportedLanguages, { description: "language of the texts after fallback" }),
    determinations: determinationsSchema,
    steps: Type.Array(planStepSchema),
  },
  { additionalProperties: false, title: "Plan" },
);

export type Plan = Static<typeof planSchema>;
export type PlanStep = Static<typeof planStepSchema>;
export type PlanRuleCheck = NonNullable<PlanStep["ruleChecks"]>[number];
