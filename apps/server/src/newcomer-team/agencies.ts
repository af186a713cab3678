import type { ConsentRecipient } from "../cases/cases-tables.ts";

/** The kinds of member agency of a newcomer team (seed 002 and the services newcomers meet first, seed 000). */
export const agencies = ["nav", "tax-office", "police-service-centre", "career-centre", "adult-learning-centre", "health-centre", "volunteer-centre", "refugee-service", "other"] as const;
export type Agency = (typeof agencies)[number];

export function isAgency(value: string): value is Agency {
  return (agencies as readonly string[]).includes(value);
}

/**
 * The recipient a participant's consent (cases module) must name before they may be referred to
 * an agency of this kind: the county runs the career centre, the adult learning centre is the
 * school; agencies the cases module has no recipient for need a consent to "other".
 */
export const consentRecipientOf: Record<Agency, ConsentRecipient> = {
  nav: "nav",
  "career-centre": "county",
  "adult-learning-centre": "school",
  "health-centre": "health",
  "tax-office": "other",
  "police-service-centre": "other",
  "volunteer-centre": "other",
  "refugee-service": "other",
  other: "other",
};
