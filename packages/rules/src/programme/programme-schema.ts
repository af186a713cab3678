import { Type, type Static } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";
import { supportedLanguages } from "../locales/languages.ts";
import { determination, nullableDate } from "../plan/plan-schema.ts";
import { programmeGoals } from "./participant-schema.ts";

const isoDate = Type.String({ format: "date" });
const months = Type.Integer({ minimum: 0 });
const kroner = Type.Integer({ minimum: 0, description: "whole kroner" });
const closed = { additionalProperties: false } as const;

export const programmeDeterminationsSchema = Type.Object(
  {
    introductionProgramme: determination(
      Type.Object({ right: Type.Boolean(), duty: Type.Boolean() }, closed),
      "the introduction programme, as in the arrival plan",
    ),
    programmeGoal: determination(
      Type.Object({ goal: StringEnum(programmeGoals), proposed: Type.Boolean({ description: "true when the rules propose the goal" }) }, closed),
      "the programme's final goal (sluttmål): the one given, or the one the rules propose",
    ),
    programmeDuration: determination(
      Type.Union([
        Type.Object(
          {
            minMonths: Type.Union([months, Type.Null()]),
            maxMonths: months,
            extensionMonths: months,
            standardEnd: Type.Union([isoDate, Type.Null()], { description: "last day in the programme at the longest frame, without leave; needs programmeStart" }),
            latestEnd: Type.Union([isoDate, Type.Null()], { description: "last day with the longest extension, without leave; needs programmeStart" }),
          },
          closed,
        ),
        Type.Null(),
      ]),
      "the frame of the programme for this education and goal; null without a right",
    ),
    introductionBenefit: determination(
      Type.Object(
        {
          fraction: StringEnum(["1", "2/3", "1/3"] as const),
          perYear: kroner,
          perMonth: kroner,
          basicAmount: Type.Object(
            {
              value: kroner,
              validFrom: isoDate,
              current: Type.Boolean({ description: "false when asOf is past the year this G was set for and the next G is not reviewed in the rules" }),
            },
            closed,
          ),
        },
        closed,
      ),
      "the introduction benefit: 2 G a year, reduced under 25",
    ),
    parentalGuidance: determination(Type.Object({ required: Type.Boolean() }, closed), "whether the participant takes the parental guidance course"),
    fullTime: determination(Type.Object({ required: Type.Boolean() }, closed), "whether the programme is full time (collective protection: part time possible)"),
    norwegianTraining: determination(
      Type.Object({ right: Type.Boolean(), duty: Type.Boolean(), free: Type.Boolean(), rightEnds: nullableDate }, closed),
      "training in Norwegian, as in the arrival plan, with the end of a right limited in time",
    ),
    socialStudies: determination(
      Type.Object({ right: Type.Boolean(), duty: Type.Boolean(), hours: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]), deadline: nullableDate }, closed),
      "social studies in a language the person understands",
    ),
  },
  closed,
);

/** The rights, frames and amounts of a participant, as in the introduction-programme contract. */
export const programmeResultSchema = Type.Object(
  {
    rulesVersion: Type.String({ description: "identifies the rule set used" }),
    asOf: isoDate,
    language: StringEnum(supportedLanguages, { description: "language of the texts after fallback" }),
    determinations: programmeDeterminationsSchema,
  },
  { additionalProperties: false, title: "ProgrammeResult" },
);

export type ProgrammeResult = Static<typeof programmeResultSchema>;
