/** A translated text split once into literal parts and `{placeholder}` names, so formatting is a join. */
export interface MessageTemplate {
  readonly parts: readonly string[];
  readonly names: readonly string[];
}

const placeholder = /\{([a-zA-Z]+)\}/g;

export function compileTemplate(text: string): MessageTemplate {
  const parts: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholder)) {
    parts.push(text.slice(last, match.index));
    names.push(match[1]!);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return { parts, names };
}

export function placeholdersOf(text: string): string[] {
  return [...new Set(compileTemplate(text).names)].sort();
}

/** Fills a template; a missing value is a bug in the rules, so it throws rather than printing `{deadline}`. */
export function fillTemplate(template: MessageTemplate, lookup: (name: string) => string | undefined): string {
  if (template.names.length === 0) return template.parts[0]!;
  let result = template.parts[0]!;
  for (let i = 0; i < template.names.length; i++) {
    const name = template.names[i]!;
    const value = lookup(name);
    if (value === undefined) throw new Error(`missing value for placeholder {${name}}`);
    result += value + template.parts[i + 1]!;
  }
  return result;
}
