import { intlLocale, type Language } from "@velkomst/i18n";
import { stayBands } from "../plans/plan-form.ts";
import { employersTexts } from "./employers-texts.ts";
import { maxCsvRows, type CsvProblem } from "./worker-csv.ts";
import { workerResidenceBases } from "./worker-input.ts";

/** "a, b or c" in the reader's language. */
function oneOf(choices: readonly string[], lang: Language): string {
  return new Intl.ListFormat(intlLocale(lang), { type: "disjunction" }).format(choices);
}

/**
 * What was expected in a worker's field or CSV column, in the reader's language. A column of
 * codes names each choice in words, with the code to type after it in brackets.
 */
export function expectedText(problem: CsvProblem["problem"], lang: Language, workplaces: readonly string[]): string {
  const e = employersTexts(lang);
  switch (problem) {
    case "municipality":
      return e("expected.municipality", { numbers: workplaces.join(", ") });
    case "tooManyRows":
      return e("expected.tooManyRows", { max: maxCsvRows });
    case "stay":
      return e("expected.stay", { choices: oneOf(stayBands.map((band) => `${e(`stay.${band}`)} (${band})`), lang) });
    case "basis":
      return e("expected.basis", { choices: oneOf(workerResidenceBases.map((basis) => `${e(`basis.${basis}`)} (${basis})`), lang) });
    default:
      return e(`expected.${problem}`);
  }
}
