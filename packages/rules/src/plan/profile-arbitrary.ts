import fc from "fast-check";
import { addDays } from "../dates/iso-date.ts";
import { supportedLanguages } from "../locales/languages.ts";
import { citizenshipMismatch } from "../profile/citizenship.ts";
import { educationLevels, residenceBases, type Profile } from "../profile/profile-schema.ts";

const citizenships = ["PL", "LT", "DE", "SE", "DK", "FI", "IS", "UA", "SY", "ER", "AF", "IN", "PH", "CN", "US", "GB", "CH", "SO"];
const languageTags = [...supportedLanguages, "nb-NO", "ar-SA", "uk-UA", "en-GB", "de", "no"];
const yearDays = 365;

/**
 * Any profile the schema accepts and whose dates make sense together, over the dates the rules
 * cover: plan date 2021–2035, people aged 0–100, arrival up to 15 years back or a year ahead.
 */
export const validProfile: fc.Arbitrary<Profile> = fc
  .record(
    {
      asOfOffset: fc.integer({ min: 0, max: 15 * yearDays }),
      ageDays: fc.integer({ min: 0, max: 100 * yearDays }),
      arrivalBack: fc.integer({ min: -yearDays, max: 15 * yearDays }),
      settledBack: fc.integer({ min: 0, max: 10 * yearDays }),
      citizenship: fc.constantFrom(...citizenships),
      residenceBasis: fc.constantFrom(...residenceBases),
      plannedStayMonths: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      municipality: fc.option(fc.integer({ min: 301, max: 5636 }).map((n) => String(n).padStart(4, "0")), { nil: undefined }),
      education: fc.option(fc.constantFrom(...educationLevels), { nil: undefined }),
      withSettledDate: fc.boolean(),
      children: fc.option(
        fc.array(fc.record({ ageDays: fc.integer({ min: 0, max: 30 * yearDays }), stay: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }) }), { maxLength: 5 }),
        { nil: undefined },
      ),
      language: fc.option(fc.constantFrom(...languageTags), { nil: undefined }),
    },
  )
  .map((r) => {
    const asOf = addDays("2021-01-01", r.asOfOffset);
    const birthDate = addDays(asOf, -r.ageDays);
    const proposedArrival = addDays(asOf, -r.arrivalBack);
    const arrivalDate = proposedArrival < birthDate ? birthDate : proposedArrival;
    // A citizenship that cannot hold the basis (a US "eea-worker") is refused by validation; swap in one that can.
    const fitting = { citizenship: r.citizenship, residenceBasis: r.residenceBasis };
    const citizenship = citizenshipMismatch(fitting, asOf) ? (r.residenceBasis === "nordic" ? "SE" : "PL") : r.citizenship;
    const profile: Profile = { asOf, arrivalDate, birthDate, citizenship, residenceBasis: r.residenceBasis };
    // Optional fields are left out rather than set to undefined, as in JSON.
    if (r.plannedStayMonths !== undefined) profile.plannedStayMonths = r.plannedStayMonths;
    if (r.municipality !== undefined) profile.municipality = r.municipality;
    if (r.education !== undefined) profile.education = r.education;
    if (r.withSettledDate) profile.referencePersonSettledDate = addDays(arrivalDate, -r.settledBack);
    if (r.language !== undefined) profile.language = r.language;
    if (r.children !== undefined) {
      profile.children = r.children.map((child) => ({
        birthDate: addDays(asOf, -child.ageDays),
        ...(child.stay === undefined ? {} : { plannedStayMonths: child.stay }),
      }));
    }
    return profile;
  });
