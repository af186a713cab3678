import type { Language } from "@velkomst/i18n";
import type { CorrectionKind } from "./training-tables.ts";

/** The address segment of each kind of record, as the form that adds it. */
export const correctionSegments: Record<CorrectionKind, string> = { result: "resultat", exemption: "fritak", hours: "timer" };

/** The addresses of Norwegian training and social studies (staff only). */
export const trainingPaths = {
  list: (lang: Language) => `/${lang}/ansatt/opplaering`,
  new: (lang: Language) => `/${lang}/ansatt/opplaering/ny`,
  learner: (lang: Language, id: string) => `/${lang}/ansatt/opplaering/${id}`,
  result: (lang: Language, id: string) => `/${lang}/ansatt/opplaering/${id}/resultat`,
  exemption: (lang: Language, id: string) => `/${lang}/ansatt/opplaering/${id}/fritak`,
  enrolment: (lang: Language, id: string) => `/${lang}/ansatt/opplaering/${id}/pamelding`,
  attendance: (lang: Language, id: string) => `/${lang}/ansatt/opplaering/${id}/timer`,
  /** Change a test result, an exemption or a row of hours. */
  correction: (lang: Language, id: string, kind: CorrectionKind, recordId: string) => `/${lang}/ansatt/opplaering/${id}/${correctionSegments[kind]}/${recordId}`,
  /** Confirm its removal. */
  removal: (lang: Language, id: string, kind: CorrectionKind, recordId: string) => `/${lang}/ansatt/opplaering/${id}/${correctionSegments[kind]}/${recordId}/fjern`,
};
