import type { Language } from "@velkomst/i18n";

/** The contract's education levels, in the order the form offers them. */
export const educationLevels = ["vocational", "bachelor", "master", "doctorate", "other"] as const;

/** The navigator's answers as query fields (GET, so a link or a bookmark carries them). */
export interface NavigatorAnswers {
  q?: string;
  occupation?: string;
  country?: string;
  citizenship?: string;
  level?: string;
  documents?: "yes" | "no";
}

/** Addresses of the recognition navigator (kept beside the module). */
export const recognitionPaths = {
  navigator: (lang: Language, answers: NavigatorAnswers = {}) => {
    const query = new URLSearchParams(Object.entries(answers).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "")).toString();
    return `/${lang}/godkjenning${query ? `?${query}` : ""}`;
  },
};

/**
 * The navigator prefilled from an arrival-plan profile: the plan asks no country of education, so
 * the citizenship stands in for it (the person changes it on the page when they studied elsewhere).
 */
export function navigatorFromPlan(lang: Language, profile: { citizenship: string }): string {
  return recognitionPaths.navigator(lang, { country: profile.citizenship, citizenship: profile.citizenship });
}
