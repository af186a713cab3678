import { addMonths } from "../dates/iso-date.ts";
import { joinLegalBasis, type Determination } from "../determinations/determination.ts";
import type { NorwegianTraining } from "../determinations/norwegian-training.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import type { ProgrammeContext, ProgrammeFinding } from "./programme-context.ts";

export interface SocialStudies {
  right: boolean;
  duty: boolean;
  hours: number | null;
  deadline: string | null;
}

const none: SocialStudies = Object.freeze({ right: false, duty: false, hours: null, deadline: null });

/**
 * Rule `integreringsloven.samfunnskunnskap` (§§ 27–28, § 5 in reception centres). Social studies go
 * with the Norwegian training of the arrival plan, so the groups come from that one rule, except
 * collective protection under ch. 6A: "verken rett eller plikt til samfunnskunnskap" (seed 001 ch. 3.3.2).
 */
export function determineSocialStudies(
  ctx: ProgrammeContext,
  training: Determination<"norwegianTraining", NorwegianTraining>,
): ProgrammeFinding<"socialStudies", SocialStudies> {
  switch (training.reason) {
    case "rightAndDuty":
    case "dutyOnly": {
      // "Opplæringen består av 75 timer … gjennomføres innen ett år etter flytting til Norge" (seed 001 Box 13.2).
      const hours = ruleParameters.number("integration/social-studies-hours", ctx.asOf);
      const months = ruleParameters.number("integration/social-studies-deadline-months", ctx.asOf);
      const deadline = addMonths(ctx.participant.arrivalDate, months.value);
      return {
        value: { right: training.value.right, duty: training.value.duty, hours: hours.value, deadline },
        reason: training.reason,
        values: { hours: hours.value, deadline: { date: deadline } },
        legalBasis: joinLegalBasis(hours.legalBasis, months.legalBasis),
      };
    }
    case "asylumSeeker": {
      // § 5: "plikt til å delta i … 25 timer opplæring i samfunnskunnskap" (seed 001 ch. 6.3.1).
      const hours = ruleParameters.number("integration/asylum-seeker-social-studies-hours", ctx.asOf);
      return { value: { right: false, duty: true, hours: hours.value, deadline: null }, reason: "asylumSeeker", values: { hours: hours.value }, legalBasis: hours.legalBasis };
    }
    case "collectiveProtection":
      return { value: none, reason: "collectiveProtection", legalBasis: training.legalBasis };
    default:
      return { value: none, reason: "notCovered", legalBasis: training.legalBasis };
  }
}
