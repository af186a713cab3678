import type { Language } from "@velkomst/i18n";

/** The addresses of one profile's pages: the newcomer's own under "Min side", or a participant's under the adviser's record. */
export interface ProfilePaths {
  form: string;
  withdraw: string;
  cv: (cvLanguage: Language) => string;
  pdf: (cvLanguage: Language) => string;
}

function pathsUnder(base: string): ProfilePaths {
  return {
    form: base,
    withdraw: `${base}/slett`,
    cv: (cvLanguage) => `${base}/cv?sprak=${cvLanguage}`,
    pdf: (cvLanguage) => `${base}/cv.pdf?sprak=${cvLanguage}`,
  };
}

export const skillsProfilePaths = {
  own: (lang: Language) => pathsUnder(`/${lang}/min-side/kompetanse`),
  participant: (lang: Language, participantId: string) => pathsUnder(`/${lang}/ansatt/deltakere/${participantId}/kompetanse`),
};
