import { locales, type Language } from "../locales/languages.ts";
import type { StepId } from "./step-catalogue.ts";

/** A step's title as readers see it in their plan, for the places staff pick steps (the content editor). */
export function stepTitle(step: StepId, language: Language): string {
  return locales[language].steps[step].title;
}
