import type { Transaction } from "kysely";
import { isLanguage, sourceLanguage } from "@velkomst/i18n";
import type { DatabaseSchema } from "../database/schema.ts";
import { removeSearchDocuments, replaceSearchDocuments, type SearchDocument } from "../search/search-index.ts";
import { pageScopeOf } from "./content-scope.ts";
import { markdownToText } from "./render-markdown.ts";

/**
 * Puts a page's published texts into the search index (or takes the page out when its bokmål
 * text is not published), inside the transaction that published or unpublished it. `knownText`
 * maps Markdown bodies already rendered (the baseline files) to their plain text.
 */
export async function indexContentPage(transaction: Transaction<DatabaseSchema>, pageId: string, knownText?: ReadonlyMap<string, string>): Promise<void> {
  const page = await transaction.selectFrom("content_pages").select(["slug", "scope_kind", "scope_id"]).where("id", "=", pageId).executeTakeFirstOrThrow();
  const versions = await transaction
    .selectFrom("content_versions")
    .select(["language", "title", "summary", "body"])
    .where("page_id", "=", pageId)
    .where("status", "=", "published")
    .execute();
  const target = { kind: "page" as const, key: page.slug, scope: pageScopeOf(page) };
  if (!versions.some((version) => version.language === sourceLanguage)) {
    await removeSearchDocuments(transaction, target);
    return;
  }
  const documents: SearchDocument[] = versions.flatMap((version) =>
    isLanguage(version.language)
      ? [{ language: version.language, title: version.title, summary: version.summary, body: knownText?.get(version.body) ?? markdownToText(version.body), path: `info/${page.slug}` }]
      : [],
  );
  await replaceSearchDocuments(transaction, target, documents);
}
