import { createTranslator, intlLocale, type CatalogShape, type Language, type MessageKey, type Translator, type Catalog } from "@velkomst/i18n";

/**
 * A module's own message catalogs (one per language, bokmål the source) with a cached translator
 * per language, so each module keeps its texts beside its code.
 */
export function catalogTranslators<T extends Catalog>(source: T, catalogs: Record<Language, CatalogShape<T>>): (language: Language) => Translator<MessageKey<T>> {
  const translators = new Map<Language, Translator<MessageKey<T>>>();
  return (language) => {
    let translator = translators.get(language);
    if (!translator) {
      translator = createTranslator<T>(intlLocale(language), catalogs[language], source);
      translators.set(language, translator);
    }
    return translator;
  };
}
