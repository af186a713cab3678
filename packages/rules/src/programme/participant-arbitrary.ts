import fc from "fast-check";
import { addDays } from "../dates/iso-date.ts";
import { supportedLanguages } from "../locales/languages.ts";
import { educationLevels, residenceBases } from "../profile/profile-schema.ts";
import { programmeGoals, type Participant } from "./participant-schema.ts";

const languageTags = [...supportedLanguages, "nb-NO", "ar-SA", "uk-UA", "de"];
const yearDays = 365;
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/**
 * Any participant the schema accepts and whose dates make sense together, over the dates the rules
 * cover: asked about 2021–2035, aged 0–80, arrived up to 10 years back, settled and started after arrival.
 */
export const validParticipant: fc.Arbitrary<Participant> = fc
  .record({
    asOfOffset: fc.integer({ min: 0, max: 15 * yearDays }),
    ageDays: fc.integer({ min: 0, max: 80 * yearDays }),
    arrivalBack: fc.integer({ min: 0, max: 10 * yearDays }),
    settledAfter: optional(fc.integer({ min: 0, max: yearDays })),
    startAfter: optional(fc.integer({ min: 0, max: 3 * yearDays })),
    trainingAfter: optional(fc.integer({ min: 0, max: 2 * yearDays })),
    referenceBack: optional(fc.integer({ min: 0, max: 10 * yearDays })),
    residenceBasis: fc.constantFrom(...residenceBases),
    education: fc.constantFrom(...educationLevels),
    goal: optional(fc.constantFrom(...programmeGoals)),
    livesWithParents: optional(fc.boolean()),
    childrenAges: optional(fc.array(fc.integer({ min: 0, max: 30 * yearDays }), { maxLength: 4 })),
    language: optional(fc.constantFrom(...languageTags)),
  })
  .map((r) => {
    const asOf = addDays("2021-01-01", r.asOfOffset);
    const birthDate = addDays(asOf, -r.ageDays);
    const proposedArrival = addDays(asOf, -r.arrivalBack);
    const arrivalDate = proposedArrival < birthDate ? birthDate : proposedArrival;
    const participant: Participant = { asOf, birthDate, residenceBasis: r.residenceBasis, arrivalDate, education: r.education };
    // Optional fields are left out rather than set to undefined, as in JSON.
    if (r.settledAfter !== undefined) participant.settlementDate = addDays(arrivalDate, r.settledAfter);
    if (r.startAfter !== undefined) participant.programmeStart = addDays(arrivalDate, r.startAfter);
    if (r.trainingAfter !== undefined) participant.norwegianTrainingStart = addDays(arrivalDate, r.trainingAfter);
    if (r.referenceBack !== undefined) participant.referencePersonSettledDate = addDays(arrivalDate, -r.referenceBack);
    if (r.goal !== undefined) participant.goal = r.goal;
    if (r.livesWithParents !== undefined) participant.livesWithParents = r.livesWithParents;
    if (r.language !== undefined) participant.language = r.language;
    if (r.childrenAges !== undefined) {
      participant.childrenBirthDates = r.childrenAges.map((days) => addDays(asOf, -days)).map((date) => (date < birthDate ? birthDate : date));
    }
    return participant;
  });
