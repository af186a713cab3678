import type { Kysely } from "kysely";
import { languageCodes, sourceLanguage, type Language } from "@velkomst/i18n";
import type { Viewer } from "../auth/viewer.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import { targetLanguages } from "./content-model.ts";
import { assertInScope, encodePageScope, pageScopeOf, scopeChecker, type PageScope, type ScopeChecker } from "./content-scope.ts";
import type { ContentSourceLink, VersionStatus } from "./content-tables.ts";
import { renderMarkdown } from "./render-markdown.ts";

export type TranslationState = "up-to-date" | "outdated" | "missing";

export interface LanguageState {
  language: Language;
  published?: { versionId: string; number: number; machineTranslated: boolean; publishedAt: Date | null };
  working?: { versionId: string; number: number; status: "draft" | "review"; machineTranslated: boolean; updatedAt: Date; updatedBy: string | null; updatedById: string | null; submittedById: string | null; reviewComment: string | null };
  /** For translations of a page whose bokmål text is published. */
  translation?: TranslationState;
}

export interface PageSummary {
  pageId: string;
  slug: string;
  scope: PageScope;
  /** Bokmål title: published, else the working copy's. */
  title: string;
  live: boolean;
  languages: Record<Language, LanguageState>;
}

export interface VersionDetail {
  id: string;
  pageId: string;
  slug: string;
  scope: PageScope;
  language: Language;
  number: number;
  status: VersionStatus;
  title: string;
  summary: string;
  body: string;
  html: string;
  sources: ContentSourceLink[];
  steps: string[];
  machineTranslated: boolean;
  sourceVersionId: string | null;
  sourceNumber: number | null;
  restoredFromNumber: number | null;
  imported: boolean;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string | null;
  updatedById: string | null;
  submittedBy: string | null;
  submittedById: string | null;
  submittedAt: Date | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewComment: string | null;
  publishedAt: Date | null;
}

export interface ReviewItem {
  versionId: string;
  pageId: string;
  slug: string;
  scope: PageScope;
  language: Language;
  number: number;
  title: string;
  machineTranslated: boolean;
  submittedBy: string | null;
  submittedAt: Date | null;
  /** False when the viewer wrote or submitted it (someone else must approve). */
  mayApprove: boolean;
}

export interface DashboardRow {
  pageId: string;
  slug: string;
  scope: PageScope;
  title: string;
  states: Record<Language, TranslationState>;
  working: Partial<Record<Language, "draft" | "review">>;
}

function emptyLanguages(): Record<Language, LanguageState> {
  return Object.fromEntries(languageCodes.map((language) => [language, { language }])) as Record<Language, LanguageState>;
}

/** What editors see: their pages with the state of every language, versions, history, the review queue and the translation dashboard. */
export function createContentOverview(db: Kysely<DatabaseSchema>) {
  async function summaries(check: ScopeChecker, filter: { pageIds?: readonly string[]; scope?: PageScope }): Promise<PageSummary[]> {
    let pageQuery = db.selectFrom("content_pages").select(["id", "slug", "scope_kind", "scope_id"]);
    if (filter.pageIds) {
      if (filter.pageIds.length === 0) return [];
      pageQuery = pageQuery.where("id", "in", filter.pageIds);
    }
    if (filter.scope) {
      pageQuery = pageQuery.where("scope_kind", "=", filter.scope.kind);
      pageQuery = pageQuery.where("scope_id", "=", filter.scope.kind === "national" ? "" : filter.scope.id);
    }
    const pages = (await pageQuery.execute()).filter((page) => check(pageScopeOf(page)));
    if (pages.length === 0) return [];
    const versions = await db
      .selectFrom("content_versions as v")
      .leftJoin("content_versions as s", "s.id", "v.source_version_id")
      .leftJoin("users as u", "u.id", "v.updated_by")
      .select([
        "v.id",
        "v.page_id",
        "v.language",
        "v.number",
        "v.status",
        "v.title",
        "v.content_hash",
        "s.content_hash as source_hash",
        "v.machine_translated",
        "v.published_at",
        "v.updated_at",
        "v.updated_by",
        "v.submitted_by",
        "v.review_comment",
        "u.name as updated_by_name",
      ])
      .where("v.page_id", "in", pages.map((page) => page.id))
      .where("v.status", "in", ["draft", "review", "published"])
      .execute();
    return pages.map((page) => {
      const mine = versions.filter((v) => v.page_id === page.id);
      const languages = emptyLanguages();
      for (const v of mine) {
        const state = languages[v.language as Language];
        if (!state) continue;
        if (v.status === "published") state.published = { versionId: v.id, number: v.number, machineTranslated: v.machine_translated, publishedAt: v.published_at };
        else
          state.working = {
            versionId: v.id,
            number: v.number,
            status: v.status as "draft" | "review",
            machineTranslated: v.machine_translated,
            updatedAt: v.updated_at,
            updatedBy: v.updated_by_name,
            updatedById: v.updated_by,
            submittedById: v.submitted_by,
            reviewComment: v.review_comment,
          };
      }
      const source = mine.find((v) => v.language === sourceLanguage && v.status === "published");
      if (source) {
        for (const language of targetLanguages) {
          const translation = mine.find((v) => v.language === language && v.status === "published");
          languages[language].translation = !translation ? "missing" : translation.source_hash === source.content_hash ? "up-to-date" : "outdated";
        }
      }
      const working = mine.find((v) => v.language === sourceLanguage && v.status !== "published");
      return { pageId: page.id, slug: page.slug, scope: pageScopeOf(page), title: source?.title ?? working?.title ?? page.slug, live: !!source, languages };
    });
  }

  const byScopeThenTitle = (a: PageSummary, b: PageSummary) =>
    Number(a.scope.kind === "national") - Number(b.scope.kind === "national") || encodePageScope(a.scope).localeCompare(encodePageScope(b.scope)) || a.title.localeCompare(b.title, "nb");

  return {
    async checker(viewer: Viewer): Promise<ScopeChecker> {
      return scopeChecker(db, viewer);
    },

    /** The viewer's pages (optionally of one scope), local before national. */
    async pages(viewer: Viewer, filter: { scope?: PageScope } = {}): Promise<PageSummary[]> {
      const check = await scopeChecker(db, viewer);
      return (await summaries(check, filter)).sort(byScopeThenTitle);
    },

    /** One page with the state of each language; 404 when missing, 403 when out of scope. */
    async page(viewer: Viewer, pageId: string): Promise<PageSummary> {
      const page = await db.selectFrom("content_pages").select(["id", "scope_kind", "scope_id"]).where("id", "=", pageId).executeTakeFirst();
      if (!page) throw new NotFoundError("page", pageId);
      const check = await scopeChecker(db, viewer);
      assertInScope(check, pageScopeOf(page));
      const [summary] = await summaries(check, { pageIds: [pageId] });
      return summary!;
    },

    /** National pages readers see where there is no local page, for "make a local version". */
    async nationalPages(): Promise<Array<{ pageId: string; slug: string; title: string }>> {
      const rows = await db
        .selectFrom("content_pages as p")
        .innerJoin("content_versions as v", "v.page_id", "p.id")
        .select(["p.id", "p.slug", "v.title"])
        .where("p.scope_kind", "=", "national")
        .where("v.language", "=", sourceLanguage)
        .where("v.status", "=", "published")
        .orderBy("v.title")
        .execute();
      return rows.map((row) => ({ pageId: row.id, slug: row.slug, title: row.title }));
    },

    /** The published bokmål text of the national page with this slug, to start a local version from. */
    async nationalText(slug: string) {
      return db
        .selectFrom("content_pages as p")
        .innerJoin("content_versions as v", "v.page_id", "p.id")
        .select(["v.title", "v.summary", "v.body", "v.sources", "v.steps"])
        .where("p.scope_kind", "=", "national")
        .where("p.slug", "=", slug)
        .where("v.language", "=", sourceLanguage)
        .where("v.status", "=", "published")
        .executeTakeFirst();
    },

    /** One version with everything the version page shows; 404 when missing, 403 when out of scope. */
    async version(viewer: Viewer, versionId: string): Promise<VersionDetail> {
      const row = await db
        .selectFrom("content_versions as v")
        .innerJoin("content_pages as p", "p.id", "v.page_id")
        .leftJoin("content_versions as s", "s.id", "v.source_version_id")
        .leftJoin("content_versions as r", "r.id", "v.restored_from")
        .leftJoin("users as updater", "updater.id", "v.updated_by")
        .leftJoin("users as submitter", "submitter.id", "v.submitted_by")
        .leftJoin("users as reviewer", "reviewer.id", "v.reviewed_by")
        .select([
          "v.id",
          "v.page_id",
          "p.slug",
          "p.scope_kind",
          "p.scope_id",
          "v.language",
          "v.number",
          "v.status",
          "v.title",
          "v.summary",
          "v.body",
          "v.sources",
          "v.steps",
          "v.machine_translated",
          "v.source_version_id",
          "s.number as source_number",
          "r.number as restored_number",
          "v.import_hash",
          "v.created_at",
          "v.updated_at",
          "updater.name as updated_by",
          "v.updated_by as updated_by_id",
          "submitter.name as submitted_by",
          "v.submitted_by as submitted_by_id",
          "v.submitted_at",
          "reviewer.name as reviewed_by",
          "v.reviewed_at",
          "v.review_comment",
          "v.published_at",
        ])
        .where("v.id", "=", versionId)
        .executeTakeFirst();
      if (!row) throw new NotFoundError("version", versionId);
      assertInScope(await scopeChecker(db, viewer), pageScopeOf(row));
      return {
        id: row.id,
        pageId: row.page_id,
        slug: row.slug,
        scope: pageScopeOf(row),
        language: row.language as Language,
        number: row.number,
        status: row.status,
        title: row.title,
        summary: row.summary,
        body: row.body,
        html: renderMarkdown(row.body),
        sources: row.sources,
        steps: row.steps,
        machineTranslated: row.machine_translated,
        sourceVersionId: row.source_version_id,
        sourceNumber: row.source_number,
        restoredFromNumber: row.restored_number,
        imported: row.import_hash !== null,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        updatedBy: row.updated_by,
        updatedById: row.updated_by_id,
        submittedBy: row.submitted_by,
        submittedById: row.submitted_by_id,
        submittedAt: row.submitted_at,
        reviewedBy: row.reviewed_by,
        reviewedAt: row.reviewed_at,
        reviewComment: row.review_comment,
        publishedAt: row.published_at,
      };
    },

    /** Every version of a page in one language, newest first (checked for scope by the caller via page()). */
    async history(pageId: string, language: Language) {
      return db
        .selectFrom("content_versions as v")
        .leftJoin("users as updater", "updater.id", "v.updated_by")
        .leftJoin("users as reviewer", "reviewer.id", "v.reviewed_by")
        .leftJoin("content_versions as r", "r.id", "v.restored_from")
        .select([
          "v.id",
          "v.number",
          "v.status",
          "v.title",
          "v.machine_translated",
          "v.import_hash",
          "v.updated_at",
          "v.published_at",
          "v.archived_at",
          "updater.name as updated_by",
          "reviewer.name as reviewed_by",
          "r.number as restored_number",
        ])
        .where("v.page_id", "=", pageId)
        .where("v.language", "=", language)
        .orderBy("v.number", "desc")
        .execute();
    },

    /** Texts waiting for approval in the viewer's scope. */
    async reviewQueue(viewer: Viewer): Promise<ReviewItem[]> {
      const check = await scopeChecker(db, viewer);
      const rows = await db
        .selectFrom("content_versions as v")
        .innerJoin("content_pages as p", "p.id", "v.page_id")
        .leftJoin("users as submitter", "submitter.id", "v.submitted_by")
        .select(["v.id", "v.page_id", "p.slug", "p.scope_kind", "p.scope_id", "v.language", "v.number", "v.title", "v.machine_translated", "v.updated_by", "v.submitted_by", "submitter.name as submitter", "v.submitted_at"])
        .where("v.status", "=", "review")
        .orderBy("v.submitted_at")
        .execute();
      return rows
        .filter((row) => check(pageScopeOf(row)))
        .map((row) => ({
          versionId: row.id,
          pageId: row.page_id,
          slug: row.slug,
          scope: pageScopeOf(row),
          language: row.language as Language,
          number: row.number,
          title: row.title,
          machineTranslated: row.machine_translated,
          submittedBy: row.submitter,
          submittedAt: row.submitted_at,
          mayApprove: row.updated_by !== viewer.id && row.submitted_by !== viewer.id,
        }));
    },

    /** How many texts in the viewer's scope wait for the viewer's approval (not their own: four eyes). */
    async awaitingApprovalCount(viewer: Viewer): Promise<number> {
      return (await this.reviewQueue(viewer)).filter((item) => item.mayApprove).length;
    },

    /** Per language: which published pages in scope are translated and up to date, outdated or missing. */
    async translationDashboard(viewer: Viewer, filter: { scope?: PageScope } = {}) {
      const check = await scopeChecker(db, viewer);
      const pages = (await summaries(check, filter)).filter((page) => page.live).sort(byScopeThenTitle);
      const rows: DashboardRow[] = pages.map((page) => ({
        pageId: page.pageId,
        slug: page.slug,
        scope: page.scope,
        title: page.title,
        states: Object.fromEntries(targetLanguages.map((language) => [language, page.languages[language].translation ?? "missing"])) as Record<Language, TranslationState>,
        working: Object.fromEntries(targetLanguages.flatMap((language) => (page.languages[language].working ? [[language, page.languages[language].working!.status]] : []))),
      }));
      const totals = Object.fromEntries(
        targetLanguages.map((language) => [
          language,
          { "up-to-date": rows.filter((r) => r.states[language] === "up-to-date").length, outdated: rows.filter((r) => r.states[language] === "outdated").length, missing: rows.filter((r) => r.states[language] === "missing").length },
        ]),
      ) as Record<Language, Record<TranslationState, number>>;
      return { rows, totals };
    },
  };
}

export type ContentOverview = ReturnType<typeof createContentOverview>;
