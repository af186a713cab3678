import { Type, type Static } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";
import { educationLevels, languageTag, residenceBases } from "../profile/profile-schema.ts";

export const programmeGoals = ["work", "upper-secondary", "upper-secondary-partial", "higher-education", "other"] as const;
export type ProgrammeGoal = (typeof programmeGoals)[number];

// `title` says what was expected (it becomes the error message); `description` says what the field means.
const date = (description: string) => Type.String({ format: "date", title: "a date YYYY-MM-DD", description });

/** The participant of the introduction-programme contract (shared/contracts/introduction-programme.md). */
export const participantSchema = Type.Object(
  {
    asOf: Type.Optional(date("rules and amounts are chosen by this date; default today")),
    birthDate: date("date of birth"),
    residenceBasis: StringEnum(residenceBases, { description: "the basis for living in Norway, as in the arrival plan" }),
    arrivalDate: date("first day in Norway"),
    settlementDate: Type.Optional(date("when settled in the municipality (refugees and family)")),
    referencePersonSettledDate: Type.Optional(date("for family-of-refugee: when the refugee they join was settled")),
    education: StringEnum(educationLevels, { description: "highest completed education" }),
    goal: Type.Optional(StringEnum(programmeGoals, { description: "the programme's final goal (sluttmål); omitted: the rules propose one" })),
    programmeStart: Type.Optional(date("first day in the programme, for the end dates")),
    norwegianTrainingStart: Type.Optional(
      date("first day of Norwegian training, where the right runs from it (collective protection); omitted: programmeStart"),
    ),
    livesWithParents: Type.Optional(Type.Boolean({ title: "true or false", description: "lives with one or both parents (benefit under 25); default false" })),
    childrenBirthDates: Type.Optional(Type.Array(date("a child's date of birth"), { title: "a list of dates YYYY-MM-DD", description: "the participant's children" })),
    language: Type.Optional(languageTag("language of the `why` texts; falls back to nb, then en")),
  },
  { additionalProperties: false, title: "a participant object", description: "the participant the rights, frames and amounts are for" },
);

export type Participant = Static<typeof participantSchema>;
