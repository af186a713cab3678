import { sql, type Kysely, type Transaction } from "kysely";
import { sourceLanguage, type Language } from "@velkomst/i18n";
import { recordAudit } from "../audit/audit-log.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { DomainError, ForbiddenError, InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { indexContentPage } from "./content-index.ts";
import { cleanPageText, contentHash, limits, slugFrom, slugPattern, type PageText } from "./content-model.ts";
import { assertInScope, pageScopeOf, scopeChecker, scopeColumns, type PageScope, type ScopeChecker } from "./content-scope.ts";
import type { VersionStatus } from "./content-tables.ts";
import type { TranslationProvider } from "./machine-translation.ts";
import type { Clock } from "../platform/clock.ts";

type Db = Kysely<DatabaseSchema>;
type Tx = Transaction<DatabaseSchema>;

/** A state change that does not fit the version's state (two people clicking at once, an old form). */
export class ConflictError extends DomainError {
  constructor(message: string) {
    super(409, "conflict", message);
  }
}

/** Approving a text one wrote or submitted oneself: someone else must (four eyes). */
export class OwnTextError extends ForbiddenError {
  constructor() {
    super("someone else must approve a text you wrote or submitted");
  }
}

export interface TextInput {
  title: string;
  summary: string;
  body: string;
  /** "Title | https://…" per line, or already parsed. */
  sources: string | PageText["sources"];
  steps: readonly string[];
}

export interface WorkflowDependencies {
  db: Db;
  /** Absent: no machine translation configured, the workflow is fully manual. */
  translation?: TranslationProvider;
  clock: Clock;
}

interface Actor {
  viewer: Viewer;
  ip: string | null;
}

async function lockPage(transaction: Tx, pageId: string) {
  const page = await transaction
    .selectFrom("content_pages")
    .select(["id", "slug", "scope_kind", "scope_id"])
    .where("id", "=", pageId)
    .forUpdate()
    .executeTakeFirst();
  if (!page) throw new NotFoundError("page", pageId);
  return page;
}

async function nextNumber(transaction: Tx, pageId: string, language: string): Promise<number> {
  const row = await transaction
    .selectFrom("content_versions")
    .select((eb) => eb.fn.max("number").as("max"))
    .where("page_id", "=", pageId)
    .where("language", "=", language)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

async function workingCopy(transaction: Tx | Db, pageId: string, language: string) {
  return transaction
    .selectFrom("content_versions")
    .select(["id", "status", "updated_at", "machine_translated"])
    .where("page_id", "=", pageId)
    .where("language", "=", language)
    .where("status", "in", ["draft", "review"])
    .executeTakeFirst();
}

async function publishedSource(transaction: Tx | Db, pageId: string) {
  return transaction
    .selectFrom("content_versions")
    .select(["id", "title", "summary", "body", "sources", "steps", "content_hash"])
    .where("page_id", "=", pageId)
    .where("language", "=", sourceLanguage)
    .where("status", "=", "published")
    .executeTakeFirst();
}

function languageProblem(message: string): InvalidInputError {
  return new InvalidInputError([{ path: "language", code: "sourceNotPublished", message }]);
}

/**
 * The editorial workflow: draft → review → published, with the history kept as versions.
 * Every change checks that the page is in the viewer's scope and runs in one transaction with
 * its audit entry and, when what readers see changes, the search index.
 */
export function createContentWorkflow({ db, translation, clock }: WorkflowDependencies) {
  // Scope checks read the places before a transaction starts: PGlite has one connection, and a
  // query outside the transaction would wait for it forever.
  const checkerFor = (viewer: Viewer): Promise<ScopeChecker> => scopeChecker(db, viewer);

  async function versionForChange(transaction: Tx, check: ScopeChecker, versionId: string) {
    const version = await transaction
      .selectFrom("content_versions")
      .select(["id", "page_id", "language", "status", "number", "updated_by", "submitted_by", "title", "summary", "body", "sources", "steps", "content_hash", "source_version_id", "machine_translated"])
      .where("id", "=", versionId)
      .executeTakeFirst();
    if (!version) throw new NotFoundError("version", versionId);
    const page = await lockPage(transaction, version.page_id);
    assertInScope(check, pageScopeOf(page));
    // Re-read under the page lock: another request may have changed it since.
    const current = await transaction.selectFrom("content_versions").select(["status", "updated_by", "submitted_by"]).where("id", "=", versionId).executeTakeFirstOrThrow();
    return { version: { ...version, ...current }, page };
  }

  async function scopeExists(scope: PageScope): Promise<boolean> {
    if (scope.kind === "national") return true;
    if (scope.kind === "region") return !!(await db.selectFrom("regions").select("id").where("id", "=", scope.id).executeTakeFirst());
    return !!(await db.selectFrom("municipalities").select("number").where("number", "=", scope.id).executeTakeFirst());
  }

  return {
    machineTranslationAvailable: (language: Language) => !!translation && translation.supports(language),

    /** A new page (local, or national for national editors) with its first bokmål draft. */
    async createPage(actor: Actor, input: { scope: PageScope; slug: string } & TextInput): Promise<{ pageId: string; versionId: string }> {
      const slug = slugFrom(input.slug.trim() || input.title);
      const problems = [];
      if (!slugPattern.test(slug) || slug.length > limits.slug) problems.push({ path: "slug", code: "slug", message: "lowercase letters a–z, digits and single hyphens" });
      let text: PageText | undefined;
      try {
        text = cleanPageText(input);
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        problems.push(...error.errors);
      }
      if (!(await scopeExists(input.scope))) problems.push({ path: "scope", code: "enum", message: "unknown municipality or region" });
      if (problems.length > 0 || !text) throw new InvalidInputError(problems);
      assertInScope(await checkerFor(actor.viewer), input.scope);
      const pageText = text;
      return db.transaction().execute(async (transaction) => {
        const existing = await transaction
          .selectFrom("content_pages")
          .select("id")
          .where("scope_kind", "=", scopeColumns(input.scope).scope_kind)
          .where("scope_id", "=", scopeColumns(input.scope).scope_id)
          .where("slug", "=", slug)
          .executeTakeFirst();
        if (existing) throw new InvalidInputError([{ path: "slug", code: "slugTaken", message: "this area already has a page with this address" }], 409);
        const national = input.scope.kind === "national" ? undefined : await transaction.selectFrom("content_pages").select(["theme", "seed"]).where("scope_kind", "=", "national").where("slug", "=", slug).executeTakeFirst();
        const page = await transaction
          .insertInto("content_pages")
          .values({ slug, ...scopeColumns(input.scope), theme: national?.theme ?? null, seed: null, created_by: actor.viewer.id })
          .returning("id")
          .executeTakeFirstOrThrow();
        const version = await insertVersion(transaction, page.id, sourceLanguage, pageText, { viewer: actor.viewer, status: "draft", sourceVersionId: null, now: clock.now() });
        await recordAudit(transaction, { actorUserId: actor.viewer.id, action: "content.page-created", subjectType: "content-page", subjectId: page.id, details: { slug, scope: input.scope }, ip: actor.ip });
        return { pageId: page.id, versionId: version };
      });
    },

    /**
     * Saves the working copy of a page in one language (a new version when there is none), as a
     * draft or straight into review. A translation is made from the bokmål text published now.
     * `basedOn` is the working copy the editor started from; when someone else saved since, the
     * save is refused instead of overwriting their text.
     */
    async saveText(actor: Actor, pageId: string, language: Language, input: TextInput, options: { submit: boolean; basedOn?: string }): Promise<{ versionId: string }> {
      const text = cleanPageText(input);
      const check = await checkerFor(actor.viewer);
      return db.transaction().execute(async (transaction) => {
        const page = await lockPage(transaction, pageId);
        assertInScope(check, pageScopeOf(page));
        let sourceVersionId: string | null = null;
        if (language !== sourceLanguage) {
          const source = await publishedSource(transaction, pageId);
          if (!source) throw languageProblem("publish the bokmål text before translating it");
          sourceVersionId = source.id;
          text.steps = source.steps;
        }
        const working = await workingCopy(transaction, pageId, language);
        if (options.basedOn !== undefined && (working ? `${working.id}@${working.updated_at.toISOString()}` : "") !== options.basedOn) {
          throw new ConflictError("someone saved this text after you opened it");
        }
        const status: VersionStatus = options.submit ? "review" : "draft";
        let versionId: string;
        if (working) {
          await transaction
            .updateTable("content_versions")
            .set({
              status,
              title: text.title,
              summary: text.summary,
              body: text.body,
              sources: JSON.stringify(text.sources),
              steps: text.steps,
              content_hash: contentHash(text),
              source_version_id: sourceVersionId,
              updated_by: actor.viewer.id,
              updated_at: clock.now(),
              submitted_by: options.submit ? actor.viewer.id : null,
              submitted_at: options.submit ? clock.now() : null,
            })
            .where("id", "=", working.id)
            .execute();
          versionId = working.id;
        } else {
          versionId = await insertVersion(transaction, pageId, language, text, { viewer: actor.viewer, status, sourceVersionId, now: clock.now() });
        }
        await recordAudit(transaction, { actorUserId: actor.viewer.id, action: options.submit ? "content.submitted" : "content.saved", subjectType: "content-version", subjectId: versionId, details: { pageId, language }, ip: actor.ip });
        return { versionId };
      });
    },

    async submit(actor: Actor, versionId: string): Promise<void> {
      const check = await checkerFor(actor.viewer);
      await db.transaction().execute(async (transaction) => {
        const { version } = await versionForChange(transaction, check, versionId);
        if (version.status !== "draft") throw new ConflictError("only a draft can be sent for review");
        await transaction.updateTable("content_versions").set({ status: "review", submitted_by: actor.viewer.id, submitted_at: clock.now() }).where("id", "=", versionId).execute();
        await recordAudit(transaction, { actorUserId: actor.viewer.id, action: "content.submitted", subjectType: "content-version", subjectId: versionId, details: { pageId: version.page_id, language: version.language }, ip: actor.ip });
      });
    },

    /**
     * Approves a text in review and publishes it; the text it replaces is archived. Whoever
     * changed or submitted the text cannot approve it: another editor or administrator in scope must.
     */
    async approve(actor: Actor, versionId: string): Promise<void> {
      const check = await checkerFor(actor.viewer);
      await db.transaction().execute(async (transaction) => {
        const { version, page } = await versionForChange(transaction, check, versionId);
        if (version.status !== "review") throw new ConflictError("only a text in review can be approved");
        if (version.updated_by === actor.viewer.id || version.submitted_by === actor.viewer.id) {
          throw new OwnTextError();
        }
        if (version.language !== sourceLanguage && !(await publishedSource(transaction, page.id))) throw languageProblem("publish the bokmål text first");
        await publishVersion(transaction, page.id, version.language, versionId, { reviewedBy: actor.viewer.id }, clock.now());
        await recordAudit(transaction, { actorUserId: actor.viewer.id, action: "content.published", subjectType: "content-version", subjectId: versionId, details: { pageId: page.id, slug: page.slug, language: version.language, number: version.number }, ip: actor.ip });
      });
    },

    /** Sends a text in review back to its writers as a draft, with the reviewer's comment. */
    async reject(actor: Actor, versionId: string, comment: string): Promise<void> {
      const trimmed = comment.trim().slice(0, limits.comment);
      const check = await checkerFor(actor.viewer);
      await db.transaction().execute(async (transaction) => {
        const { version } = await versionForChange(transaction, check, versionId);
        if (version.status !== "review") throw new ConflictError("only a text in review can be sent back");
        await transaction
          .updateTable("content_versions")
          .set({ status: "draft", reviewed_by: actor.viewer.id, reviewed_at: clock.now(), review_comment: trimmed === "" ? null : trimmed })
          .where("id", "=", versionId)
          .execute();
        await recordAudit(transaction, { actorUserId: actor.viewer.id, action: "content.returned", subjectType: "content-version", subjectId: versionId, details: { pageId: version.page_id, language: version.language }, ip: actor.ip });
      });
    },

    /** Puts an earlier text back as a new draft (the current draft, if any, is archived); nothing is published until approved. */
    async restore(actor: Actor, versionId: string): Promise<{ versionId: string }> {
      const check = await checkerFor(actor.viewer);
      return db.transaction().execute(async (transaction) => {
        const { version, page } = await versionForChange(transaction, check, versionId);
        if (version.status === "draft" || version.status === "review") throw new ConflictError("this text is already the working copy");
        const working = await workingCopy(transaction, page.id, version.language);
        if (working) await transaction.updateTable("content_versions").set({ status: "archived", archived_at: clock.now() }).where("id", "=", working.id).execute();
        const id = await insertVersion(
          transaction,
          page.id,
          version.language,
          { title: version.title, summary: version.summary, body: version.body, sources: version.sources, steps: version.steps },
          { viewer: actor.viewer, status: "draft", sourceVersionId: version.source_version_id, restoredFrom: version.id, machineTranslated: version.machine_translated, now: clock.now() },
        );
        await recordAudit(transaction, { actorUserId: actor.viewer.id, action: "content.restored", subjectType: "content-version", subjectId: id, details: { pageId: page.id, language: version.language, from: version.number }, ip: actor.ip });
        return { versionId: id };
      });
    },

    /** Throws the working copy away (it stays in the history as archived). */
    async discard(actor: Actor, versionId: string): Promise<void> {
      const check = await checkerFor(actor.viewer);
      await db.transaction().execute(async (transaction) => {
        const { version } = await versionForChange(transaction, check, versionId);
        if (version.status !== "draft" && version.status !== "review") throw new ConflictError("only a draft can be discarded");
        await transaction.updateTable("content_versions").set({ status: "archived", archived_at: clock.now() }).where("id", "=", versionId).execute();
        await recordAudit(transaction, { actorUserId: actor.viewer.id, action: "content.discarded", subjectType: "content-version", subjectId: versionId, details: { pageId: version.page_id, language: version.language }, ip: actor.ip });
      });
    },

    /** Takes a language off the page for readers; taking bokmål off hides the whole page (and the national page shows again). */
    async unpublish(actor: Actor, pageId: string, language: Language): Promise<void> {
      const check = await checkerFor(actor.viewer);
      await db.transaction().execute(async (transaction) => {
        const page = await lockPage(transaction, pageId);
        assertInScope(check, pageScopeOf(page));
        const result = await transaction
          .updateTable("content_versions")
          .set({ status: "archived", archived_at: clock.now() })
          .where("page_id", "=", pageId)
          .where("language", "=", language)
          .where("status", "=", "published")
          .returning("id")
          .executeTakeFirst();
        if (!result) throw new ConflictError("this text is not published");
        await indexContentPage(transaction, pageId);
        await recordAudit(transaction, { actorUserId: actor.viewer.id, action: "content.unpublished", subjectType: "content-page", subjectId: pageId, details: { slug: page.slug, language }, ip: actor.ip });
      });
    },

    /**
     * Asks the configured provider for a translation of the published bokmål text and saves it as
     * a draft marked "machine translated", for a person to check and send for review.
     */
    async machineTranslate(actor: Actor, pageId: string, language: Language): Promise<{ versionId: string }> {
      if (!translation || !translation.supports(language)) throw new NotFoundError("machine translation", language);
      const page = await db.selectFrom("content_pages").select(["id", "scope_kind", "scope_id"]).where("id", "=", pageId).executeTakeFirst();
      if (!page) throw new NotFoundError("page", pageId);
      assertInScope(await checkerFor(actor.viewer), pageScopeOf(page));
      const source = await publishedSource(db, pageId);
      if (!source) throw languageProblem("publish the bokmål text before translating it");
      const working = await workingCopy(db, pageId, language);
      if (working && !working.machine_translated) throw new ConflictError("there is already a draft of this translation; finish or discard it first");
      // Outside the transaction: a slow provider must not hold the database.
      const translated = await translation.translatePage({ title: source.title, summary: source.summary, body: source.body, sources: source.sources }, language);
      const text = cleanPageText({ ...translated, steps: source.steps });
      return db.transaction().execute(async (transaction) => {
        await lockPage(transaction, pageId);
        const current = await workingCopy(transaction, pageId, language);
        if (current && !current.machine_translated) throw new ConflictError("there is already a draft of this translation; finish or discard it first");
        if (current) await transaction.updateTable("content_versions").set({ status: "archived", archived_at: clock.now() }).where("id", "=", current.id).execute();
        const id = await insertVersion(transaction, pageId, language, text, { viewer: actor.viewer, status: "draft", sourceVersionId: source.id, machineTranslated: true, now: clock.now() });
        await recordAudit(transaction, { actorUserId: actor.viewer.id, action: "content.machine-translated", subjectType: "content-version", subjectId: id, details: { pageId, language }, ip: actor.ip });
        return { versionId: id };
      });
    },
  };
}

async function insertVersion(
  transaction: Tx,
  pageId: string,
  language: string,
  text: PageText,
  options: { viewer: Viewer; status: VersionStatus; sourceVersionId: string | null; restoredFrom?: string; machineTranslated?: boolean; now: Date },
): Promise<string> {
  const submitted = options.status === "review";
  const row = await transaction
    .insertInto("content_versions")
    .values({
      page_id: pageId,
      language,
      number: await nextNumber(transaction, pageId, language),
      status: options.status,
      title: text.title,
      summary: text.summary,
      body: text.body,
      sources: JSON.stringify(text.sources),
      steps: language === sourceLanguage ? text.steps : [],
      content_hash: contentHash(text),
      source_version_id: language === sourceLanguage ? null : options.sourceVersionId,
      machine_translated: options.machineTranslated ?? false,
      restored_from: options.restoredFrom ?? null,
      created_by: options.viewer.id,
      updated_by: options.viewer.id,
      submitted_by: submitted ? options.viewer.id : null,
      submitted_at: submitted ? options.now : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Publishes one version, archiving the one it replaces, and re-indexes the page for search. */
export async function publishVersion(transaction: Tx, pageId: string, language: string, versionId: string, review: { reviewedBy: string | null }, now: Date): Promise<void> {
  await transaction
    .updateTable("content_versions")
    .set({ status: "archived", archived_at: now })
    .where("page_id", "=", pageId)
    .where("language", "=", language)
    .where("status", "=", "published")
    .execute();
  await transaction
    .updateTable("content_versions")
    .set({ status: "published", published_at: now, reviewed_by: review.reviewedBy, reviewed_at: review.reviewedBy ? now : null })
    .where("id", "=", versionId)
    .execute();
  await indexContentPage(transaction, pageId);
}

/** For tests and the demo: the number of versions per status of a page, e.g. { published: 2, draft: 1 }. */
export async function versionCounts(db: Db, pageId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom("content_versions")
    .select(["status", sql<number>`count(*)::int`.as("count")])
    .where("page_id", "=", pageId)
    .groupBy("status")
    .execute();
  return Object.fromEntries(rows.map((row) => [row.status, row.count]));
}
