/**
 * The employer's guide (seed 000 §4.2–4.3): what the employer does, each point leading to the
 * content page that explains it, read from the content module for the workplace municipality
 * (its own page where it has one, else the region's or the national baseline).
 */
export const employerGuide = [
  { id: "contract", contentSlug: "work-rights" },
  { id: "hmsCard", contentSlug: "work-rights" },
  { id: "taxCard", contentSlug: "tax-card" },
  { id: "signing", contentSlug: "bank-and-electronic-id" },
] as const;
