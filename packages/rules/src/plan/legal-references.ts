import type { LegalReference } from "../parameters/parameter-file-schema.ts";
import { ruleParameters } from "../parameters/rule-parameters.ts";
import { DataFileError } from "../parameters/yaml-file.ts";
import { stepCatalogue, stepCataloguePath } from "../steps/step-catalogue.ts";

/** A provision as the plan shows it: the same text as in `legalBasis`, and a link to it. */
export interface LegalReferenceLink {
  text: string;
  href: string;
}

/** Every reference the rules data cites, with the file it stands in. */
export function citedReferences(): Array<LegalReference & { path: string }> {
  const cited: Array<LegalReference & { path: string }> = [];
  for (const parameter of ruleParameters.all.values()) {
    for (const period of parameter.periods) for (const reference of period.reference) cited.push({ ...reference, path: parameter.path });
  }
  for (const step of stepCatalogue) for (const reference of step.legalBasis) cited.push({ ...reference, path: stepCataloguePath });
  return cited;
}

/**
 * Title → link. `legalBasis` carries titles only, so one title must always mean one link: a title
 * cited with two different links is refused at load, naming the file.
 */
function linkByTitle(): ReadonlyMap<string, string> {
  const links = new Map<string, string>();
  for (const { title, href, path } of citedReferences()) {
    const known = links.get(title);
    if (known !== undefined && known !== href) throw new DataFileError(path, [`reference "${title}" links to ${href} here but to ${known} elsewhere: one title, one link`]);
    links.set(title, href);
  }
  return links;
}

const links = linkByTitle();
const cache = new WeakMap<readonly string[], readonly LegalReferenceLink[]>();

/**
 * The links for a `legalBasis` list, in its order. The lists are frozen and shared between plans
 * (see joinLegalBasis), so each one's links are built once and shared too.
 */
export function legalReferencesOf(legalBasis: readonly string[]): readonly LegalReferenceLink[] {
  let references = cache.get(legalBasis);
  if (!references) {
    references = Object.freeze(
      legalBasis.map((text) => {
        const href = links.get(text);
        if (href === undefined) throw new RangeError(`no link for the legal basis "${text}"`);
        return Object.freeze({ text, href });
      }),
    );
    cache.set(legalBasis, references);
  }
  return references;
}
