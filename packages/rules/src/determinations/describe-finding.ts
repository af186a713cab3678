import type { Translator } from "../locales/translator.ts";
import { legalReferencesOf, type LegalReferenceLink } from "../plan/legal-references.ts";
import type { Finding } from "./determination.ts";

/** A finding as a result shows it: title and why in the reader's language, the provisions and a link to each. */
export function describeFinding<Texts extends { title: string }, V>(texts: Texts, finding: Finding<Texts, V>, t: Translator) {
  return {
    title: texts.title,
    value: finding.value,
    why: t.format((texts as unknown as Record<string, string>)[finding.reason as string]!, finding.values),
    legalBasis: finding.legalBasis as string[],
    legalReferences: legalReferencesOf(finding.legalBasis) as LegalReferenceLink[],
  };
}
