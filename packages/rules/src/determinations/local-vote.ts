import { addMonths, addYears, laterOf, parseIsoDate, startOfYearTurning, toIsoDate } from "../dates/iso-date.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import type { PlanContext } from "../plan/plan-context.ts";
import { joinLegalBasis, type Determination } from "./determination.ts";
import type { IdNumberType } from "./id-number-type.ts";

/**
 * Rule `valgloven.stemmerett.lokalvalg` (§ 2-2). Registration as resident is taken to start on the
 * arrival date; the date returned is the first day an election could be held with the person on the roll.
 */
export function determineLocalVote(ctx: PlanContext, idNumberType: IdNumberType): Determination<"localVote", { eligibleFrom: string | null }> {
  const years = ruleParameters.number("elections/local-vote-residence-years", ctx.asOf);
  // Only people "registrert som bosatt" count; asylum seekers and D-number holders are not (seed 001 ch. 16.4).
  if (idNumberType !== "fodselsnummer") return { value: { eligibleFrom: null }, reason: "notResident", legalBasis: years.legalBasis };

  // Voters must turn 18 "senest i valgåret": the earliest election day is in the year they turn 18.
  const votingAge = ruleParameters.number("elections/voting-age", ctx.asOf);
  const oldEnoughFrom = startOfYearTurning(ctx.profile.birthDate, votingAge.value);
  if (ctx.nordicCitizen) {
    // Nordic citizens: registered as resident "senest 30. juni i valgåret" (seed 001 ch. 16.4, line 14326): an arrival after
    // the cut-off is too late for an election that year, so the first possible election is in the next year.
    const cutoff = ruleParameters.monthDay("elections/nordic-registration-cutoff", ctx.asOf);
    const arrival = ctx.profile.arrivalDate;
    const afterCutoff = arrival.slice(5) > cutoff.value;
    const onRollFrom = afterCutoff ? toIsoDate({ year: parseIsoDate(arrival).year + 1, month: 1, day: 1 }) : arrival;
    const date = laterOf(onRollFrom, oldEnoughFrom);
    return {
      value: { eligibleFrom: date },
      reason: afterCutoff ? "nordicAfterCutoff" : "nordic",
      values: { date: { date }, cutoff: { monthDay: cutoff.value } },
      legalBasis: joinLegalBasis(cutoff.legalBasis, votingAge.legalBasis),
    };
  }
  // Other foreign citizens: registered as resident "de siste tre årene før valgdagen".
  const date = laterOf(addYears(ctx.profile.arrivalDate, years.value), oldEnoughFrom);
  if (ctx.stayMonths !== undefined && date >= addMonths(ctx.profile.arrivalDate, ctx.stayMonths)) {
    return { value: { eligibleFrom: null }, reason: "stayEndsFirst", values: { years: years.value }, legalBasis: years.legalBasis };
  }
  return {
    value: { eligibleFrom: date },
    reason: "afterYears",
    values: { years: years.value, date: { date } },
    legalBasis: joinLegalBasis(years.legalBasis, votingAge.legalBasis),
  };
}
