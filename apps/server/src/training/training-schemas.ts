import { Type, type TSchema } from "@sinclair/typebox";
import { programmeDeterminationsSchema } from "@velkomst/rules";
import { StringEnum } from "@velkomst/validation";
import { attendancePeriods, exemptionSubjects, trainingLevels, trainingSkills, trainingSubjects } from "./training-tables.ts";

/** Response shapes of the training API (they drive serialisation and the OpenAPI document). */
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const isoDate = Type.String({ format: "date" });
const attended = Type.Object(
  { norwegian: Type.Integer({ minimum: 0 }), "social-studies": Type.Integer({ minimum: 0 }) },
  { additionalProperties: false, description: "minutes attended per subject (the sum of the attendance rows)" },
);

export const learnerIdParams = Type.Object({ id: Type.String({ format: "uuid" }) });

export const learnerSummarySchema = Type.Object(
  {
    id: Type.String(),
    municipality: Type.String({ description: "kommunenummer" }),
    name: Type.String(),
    birthDate: isoDate,
    residenceBasis: Type.String(),
    arrivalDate: isoDate,
    education: Type.String(),
    enrolledOn: nullable(isoDate),
    attendedMinutes: attended,
  },
  { additionalProperties: false },
);

export const learnerSchema = Type.Object(
  {
    ...learnerSummarySchema.properties,
    participantId: nullable(Type.String({ description: "the cases module's participant, when linked" })),
    provider: Type.String(),
    rules: nullable(
      Type.Object(
        { norwegianTraining: programmeDeterminationsSchema.properties.norwegianTraining, socialStudies: programmeDeterminationsSchema.properties.socialStudies },
        { additionalProperties: false, description: "right, duty and hours from evaluateProgramme as of today, explained in the language of ?lang= (default nb); null when the rules cannot place the learner" },
      ),
    ),
    attendance: Type.Array(Type.Object({ id: Type.String(), subject: StringEnum(trainingSubjects), period: StringEnum(attendancePeriods), onDate: isoDate, minutes: Type.Integer() }, { additionalProperties: false })),
    results: Type.Array(Type.Object({ id: Type.String(), skill: StringEnum(trainingSkills), level: StringEnum(trainingLevels), testName: Type.String(), testedOn: isoDate }, { additionalProperties: false })),
    exemptions: Type.Array(Type.Object({ id: Type.String(), subject: StringEnum(exemptionSubjects), reason: Type.String(), decidedOn: isoDate }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
