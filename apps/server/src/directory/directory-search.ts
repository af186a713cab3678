import type { Kysely, Transaction } from "kysely";
import { languageCodes } from "@velkomst/i18n";
import type { DatabaseSchema } from "../database/schema.ts";
import { removeSearchDocuments, replaceSearchDocuments, type SearchDocument, type SearchTarget } from "../search/search-index.ts";
import { directoryPaths } from "./directory-paths.ts";
import { directoryTexts } from "./directory-texts.ts";
import type { ServiceInput, ServiceScope } from "./service-model.ts";
import { addressLine, markdownToPlainText } from "./service-presentation.ts";

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

const target = (id: string, scope: ServiceScope): SearchTarget => ({ kind: "service", key: id, scope });

/**
 * A service as one search document per language it has a text in (the search falls back to
 * bokmål documents for readers of other languages, as the pages do); the category is named in
 * the document's language.
 */
export function serviceSearchDocuments(service: ServiceInput & { id: string }): SearchDocument[] {
  const address = addressLine(service);
  return languageCodes.flatMap((language) => {
    const text = service.texts[language];
    if (!text?.description) return [];
    const body = [markdownToPlainText(text.description), text.directions, text.accessibilityNote, service.provider ?? "", address ?? ""].filter(Boolean).join("\n");
    const summary = [directoryTexts(language)(`categories.${service.category}`), address].filter(Boolean).join(" · ");
    return [{ language, title: service.name, summary, body, path: directoryPaths.searchPath(service.id) }];
  });
}

/** Indexes a service (call with the transaction that wrote it); a changed scope drops the old entries. */
export async function indexService(db: Db, service: ServiceInput & { id: string }, previousScope?: ServiceScope): Promise<void> {
  if (previousScope && (previousScope.kind !== service.scope.kind || previousScope.id !== service.scope.id)) {
    await removeSearchDocuments(db, target(service.id, previousScope));
  }
  await replaceSearchDocuments(db, target(service.id, service.scope), serviceSearchDocuments(service));
}

export async function unindexService(db: Db, id: string, scope: ServiceScope): Promise<void> {
  await removeSearchDocuments(db, target(id, scope));
}
