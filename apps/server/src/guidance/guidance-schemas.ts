import { Type, type TSchema } from "@sinclair/typebox";
import { StringEnum } from "@velkomst/validation";
import { enquirySources, guidanceOutcomes, guidanceStatuses } from "./guidance-tables.ts";

/** Response shapes of the guidance API (they drive serialisation and the OpenAPI document). */
const dateTime = Type.Unsafe<Date | string>({ type: "string", format: "date-time" });
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const guidanceCaseIdParams = Type.Object({ id: Type.String({ format: "uuid" }) });

export const guidanceSummarySchema = Type.Object(
  {
    id: Type.String(),
    municipality: Type.String({ description: "kommunenummer" }),
    source: StringEnum(enquirySources),
    name: Type.String(),
    language: Type.String({ description: "the language the person needs (BCP 47)" }),
    status: StringEnum(guidanceStatuses),
    receivedAt: dateTime,
    nextMeetingStartsAt: nullable(dateTime),
    outcome: nullable(StringEnum(guidanceOutcomes)),
  },
  { additionalProperties: false },
);

export const guidanceCaseSchema = Type.Object(
  {
    ...guidanceSummarySchema.properties,
    contact: Type.String(),
    question: Type.String(),
    planAnswers: Type.Record(Type.String(), Type.String(), { description: "the arrival-plan questionnaire's coarse answers" }),
    coordinatorName: nullable(Type.String()),
    nextMeetingEndsAt: nullable(dateTime),
    nextMeetingPlace: nullable(Type.String()),
    outcomeNote: nullable(Type.String()),
    closedAt: nullable(dateTime),
    notes: Type.Array(Type.Object({ id: Type.String(), at: dateTime, authorName: Type.String(), text: Type.String() }, { additionalProperties: false })),
    referrals: Type.Array(Type.Object({ id: Type.String(), serviceId: Type.String(), serviceName: Type.String(), at: dateTime, note: Type.String() }, { additionalProperties: false })),
    interpreterBookings: Type.Array(
      Type.Object(
        { id: Type.String(), interpreterName: Type.String(), language: Type.String(), startsAt: dateTime, endsAt: dateTime, exemptionReason: nullable(Type.String()) },
        { additionalProperties: false, description: "bookings not cancelled; exemptionReason is set when an interpreter outside the register was used" },
      ),
    ),
  },
  { additionalProperties: false },
);
