import { createHash, randomUUID } from "node:crypto";
import { sql, type Kysely, type Transaction } from "kysely";
import { languageCodes, sourceLanguage, type Language } from "@velkomst/i18n";
import type { DatabaseSchema } from "../database/schema.ts";
import { baselineContent, type BaselineContent, type BaselinePage } from "./baseline-content.ts";
import { indexContentPage } from "./content-index.ts";
import { contentHash } from "./content-model.ts";
import type { VersionStatus } from "./content-tables.ts";
import { htmlToPlainText } from "./render-markdown.ts";

export interface ImportReport {
  /** Pages created or given a new published text from the files. */
  published: number;
  /** File changes to pages already edited in the app, waiting for a national editor's review. */
  forReview: number;
  /** Files skipped because the page has a draft in the app; tried again at the next start. */
  skipped: number;
}

type VersionRow = { id: string; page_id: string; language: string; number: number; status: VersionStatus; import_hash: string | null };

function importHash(page: BaselinePage, body: string): string {
  return createHash("sha256").update(JSON.stringify([page.title, page.summary, body, page.sources, page.steps])).digest("hex");
}

/**
 * Imports the baseline files (content/baseline) into the database; run at every start. The files
 * are the seed: a file read before is not read again (its hash is kept on the version it made).
 * A changed file replaces the published text when nobody has edited that text in the app; when
 * someone has, the file's text waits in review for a national editor instead of overwriting
 * their work. Every page that changes is re-indexed for search in the same transaction.
 */
export async function importBaselineContent(db: Kysely<DatabaseSchema>, content: BaselineContent = baselineContent()): Promise<ImportReport> {
  return db.transaction().execute(async (transaction) => {
    // One importer at a time when several instances start together.
    await sql`SELECT pg_advisory_xact_lock(7513002)`.execute(transaction);
    const report: ImportReport = { published: 0, forReview: 0, skipped: 0 };
    const pages = await transaction.selectFrom("content_pages").select(["id", "slug"]).where("scope_kind", "=", "national").execute();
    const pageIds = new Map(pages.map((page) => [page.slug, page.id]));
    const versions: VersionRow[] =
      pages.length === 0
        ? []
        : await transaction
            .selectFrom("content_versions")
            .select(["id", "page_id", "language", "number", "status", "import_hash"])
            .where("page_id", "in", pages.map((page) => page.id))
            .execute();

    const newPages: Array<{ id: string; slug: string; scope_kind: "national"; scope_id: string; theme: string; seed: string }> = [];
    const inserts: Array<Parameters<typeof insertVersions>[1][number]> = [];
    const archive: string[] = [];
    const touched = new Set<string>();
    const knownText = new Map<string, string>();

    for (const slug of content.slugs) {
      let pageId = pageIds.get(slug);
      if (!pageId) {
        const source = content.getPage(slug, sourceLanguage)!.page;
        pageId = randomUUID();
        newPages.push({ id: pageId, slug, scope_kind: "national", scope_id: "", theme: source.theme, seed: source.seed });
      }
      let sourceVersionId: string | null = null;
      for (const language of [sourceLanguage, ...languageCodes.filter((l) => l !== sourceLanguage)] as Language[]) {
        const entry = content.getPage(slug, language);
        if (!entry || entry.fallback) continue;
        const file = entry.page;
        // The files are ours and already rendered and sanitised by the loader; editors' text is cleaned when saved.
        const body = file.body;
        const hash = importHash(file, body);
        const mine = versions.filter((v) => v.page_id === pageId && v.language === language);
        const known = mine.find((v) => v.import_hash === hash);
        if (known) {
          if (language === sourceLanguage) sourceVersionId = known.id;
          continue;
        }
        const working = mine.find((v) => v.status === "draft" || v.status === "review");
        const published = mine.find((v) => v.status === "published");
        if (working) {
          report.skipped++;
          continue;
        }
        const untouched = !published || published.import_hash !== null;
        const id = randomUUID();
        const status: VersionStatus = untouched ? "published" : "review";
        if (untouched && published) archive.push(published.id);
        inserts.push({
          id,
          page_id: pageId,
          language,
          number: Math.max(0, ...mine.map((v) => v.number)) + 1,
          status,
          title: file.title,
          summary: file.summary,
          body,
          sources: JSON.stringify(file.sources),
          steps: [...file.steps],
          content_hash: contentHash({ title: file.title, summary: file.summary, body, sources: [...file.sources] }),
          source_version_id: language === sourceLanguage ? null : sourceVersionId,
          import_hash: hash,
          published_at: status === "published" ? new Date() : null,
        });
        if (language === sourceLanguage) sourceVersionId = id;
        knownText.set(body, htmlToPlainText(file.html));
        if (status === "published") {
          report.published++;
          touched.add(pageId);
        } else report.forReview++;
      }
    }

    if (newPages.length > 0) await transaction.insertInto("content_pages").values(newPages).execute();
    if (archive.length > 0) {
      await transaction.updateTable("content_versions").set({ status: "archived", archived_at: new Date() }).where("id", "in", archive).execute();
    }
    await insertVersions(transaction, inserts);
    for (const pageId of touched) await indexContentPage(transaction, pageId, knownText);
    await indexIfMissing(transaction, touched);
    return report;
  });
}

async function insertVersions(
  transaction: Transaction<DatabaseSchema>,
  rows: Array<{
    id: string;
    page_id: string;
    language: string;
    number: number;
    status: VersionStatus;
    title: string;
    summary: string;
    body: string;
    sources: string;
    steps: string[];
    content_hash: string;
    source_version_id: string | null;
    import_hash: string;
    published_at: Date | null;
  }>,
) {
  // Bokmål first: translations refer to it.
  const ordered = [...rows].sort((a, b) => Number(a.language !== sourceLanguage) - Number(b.language !== sourceLanguage));
  for (let start = 0; start < ordered.length; start += 200) {
    await transaction.insertInto("content_versions").values(ordered.slice(start, start + 200)).execute();
  }
}

/** A database whose pages predate the search index (or lost it) gets every published page indexed once. */
async function indexIfMissing(transaction: Transaction<DatabaseSchema>, alreadyIndexed: ReadonlySet<string>) {
  const indexed = await transaction.selectFrom("search_documents").select("key").where("kind", "=", "page").limit(1).executeTakeFirst();
  if (indexed) return;
  const published = await transaction.selectFrom("content_versions").select("page_id").distinct().where("status", "=", "published").where("language", "=", sourceLanguage).execute();
  for (const { page_id } of published) if (!alreadyIndexed.has(page_id)) await indexContentPage(transaction, page_id);
}
