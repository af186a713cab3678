import { IntlMessageFormat, type PrimitiveType } from "intl-messageformat";

/** A catalog is nested groups of ICU MessageFormat strings; bokmål's catalog defines the shape. */
export type Catalog = { readonly [key: string]: string | Catalog };

/** The same shape as the source catalog, with any string in each leaf (what a translation must satisfy). */
export type CatalogShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : CatalogShape<T[K]> };

/** Dotted paths to every message: `"login.title"`. */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessageKey<T[K]>}`;
}[keyof T & string];

export type MessageValues = Record<string, PrimitiveType | Date>;

export function lookupMessage(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** Every leaf of a catalog as [dotted key, message]. */
export function flattenCatalog(catalog: Catalog, prefix = ""): Array<[string, string]> {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value] as [string, string]] : flattenCatalog(value, `${prefix}${key}.`),
  );
}

export interface Translator<K extends string = string> {
  readonly locale: string;
  (key: K, values?: MessageValues): string;
}

/**
 * Formats messages of `catalog` in `locale`, falling back to `fallback` for a missing key.
 * Compiled messages are cached, so a translator is cheap to call in hot paths. A message that
 * uses a placeholder the caller did not give throws: a text with a hole must not reach a user.
 */
export function createTranslator<T extends Catalog>(locale: string, catalog: CatalogShape<T>, fallback: T): Translator<MessageKey<T>> {
  const compiled = new Map<string, IntlMessageFormat>();
  const translate = (key: MessageKey<T>, values?: MessageValues): string => {
    let format = compiled.get(key);
    if (!format) {
      const source = lookupMessage(catalog as Catalog, key) || lookupMessage(fallback, key);
      if (source === undefined) throw new Error(`Unknown message key: ${key}`);
      format = new IntlMessageFormat(source, locale);
      compiled.set(key, format);
    }
    const result = format.format(values);
    return Array.isArray(result) ? result.join("") : String(result);
  };
  return Object.assign(translate, { locale });
}
