import { createHmac, randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
import type { Language } from "@velkomst/i18n";
import type { Viewer } from "../auth/viewer.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { scopeCoversMunicipality } from "../staff/roles.ts";
import { contentScopesOf, loadPlaces, pageScopeOf, scopeChecker, type PageScope } from "./content-scope.ts";
import type { Clock } from "../platform/clock.ts";

/** Answers per reader in one day, over all pages and counting changed answers, before the form says "try again tomorrow". */
export const feedbackPerDay = 30;
export const commentLimit = 1000;

export type FeedbackOutcome = "saved" | "updated" | "too-many";

export interface FeedbackEntry {
  id: number;
  pageId: string;
  slug: string;
  scope: PageScope;
  title: string;
  language: string;
  municipalityNumber: string;
  municipalityName: string;
  useful: boolean;
  comment: string | null;
  createdAt: Date;
}

export interface FeedbackSummary {
  pageId: string;
  slug: string;
  scope: PageScope;
  title: string;
  useful: number;
  notUseful: number;
  comments: FeedbackEntry[];
}

/**
 * Reader feedback on pages. Nothing about the reader is stored but a keyed hash of their address
 * and the day, which lets one reader's repeated answers on a page replace each other (dedupe) and
 * slows down floods, and cannot be turned back into the address without the key.
 */
export function createContentFeedback(db: Kysely<DatabaseSchema>, clock: Clock, secret: string = randomBytes(32).toString("hex")) {
  function readerKey(ip: string, now: Date): string {
    return createHmac("sha256", secret).update(`${ip}|${now.toISOString().slice(0, 10)}`).digest("base64url");
  }

  return {
    async record(input: { pageId: string; municipalityNumber: string; language: Language; useful: boolean; comment: string; ip: string }): Promise<FeedbackOutcome> {
      const now = clock.now();
      const key = readerKey(input.ip, now);
      const comment = input.comment.replace(/\r\n?/g, "\n").trim().slice(0, commentLimit);
      const today = await db
        .selectFrom("content_feedback")
        .select(sql<number>`coalesce(sum(answers), 0)::int`.as("count"))
        .where("reader_key", "=", key)
        .executeTakeFirst();
      if ((today?.count ?? 0) >= feedbackPerDay) return "too-many";
      const result = await db
        .insertInto("content_feedback")
        .values({ page_id: input.pageId, municipality_number: input.municipalityNumber, language: input.language, useful: input.useful, comment: comment === "" ? null : comment, reader_key: key })
        .onConflict((conflict) =>
          conflict.columns(["page_id", "reader_key"]).doUpdateSet({
            useful: input.useful,
            comment: comment === "" ? null : comment,
            language: input.language,
            municipality_number: input.municipalityNumber,
            answers: sql<number>`content_feedback.answers + 1`,
          }),
        )
        .returning(sql<boolean>`(xmax = 0)`.as("inserted"))
        .executeTakeFirstOrThrow();
      return result.inserted ? "saved" : "updated";
    },

    /**
     * Feedback the viewer may read, per page: on pages they edit, and on national pages the answers
     * given by readers in their municipalities. National editors see everything.
     */
    async forViewer(viewer: Viewer, options: { pageId?: string; limit?: number } = {}): Promise<FeedbackSummary[]> {
      const check = await scopeChecker(db, viewer);
      const scopes = contentScopesOf(viewer);
      const places = await loadPlaces(db);
      const coversMunicipality = (number: string) => {
        const place = places.find((p) => p.number === number);
        return !!place && scopes.some((scope) => scopeCoversMunicipality(scope, place));
      };
      let query = db
        .selectFrom("content_feedback as f")
        .innerJoin("content_pages as p", "p.id", "f.page_id")
        .innerJoin("municipalities as m", "m.number", "f.municipality_number")
        .select((eb) =>
          eb
            .selectFrom("content_versions as v")
            .select("v.title")
            .whereRef("v.page_id", "=", "p.id")
            .where("v.language", "=", "nb")
            .orderBy(sql`v.status = 'published'`, "desc")
            .orderBy("v.number", "desc")
            .limit(1)
            .as("title"),
        )
        .select(["f.id", "f.page_id", "p.slug", "p.scope_kind", "p.scope_id", "f.language", "f.municipality_number", "m.name as municipality_name", "f.useful", "f.comment", "f.created_at"])
        .orderBy("f.created_at", "desc")
        .limit(options.limit ?? 2000);
      if (options.pageId) query = query.where("f.page_id", "=", options.pageId);
      const rows = await query.execute();
      const summaries = new Map<string, FeedbackSummary>();
      for (const row of rows) {
        const scope = pageScopeOf(row);
        if (!check(scope) && !(scope.kind === "national" && coversMunicipality(row.municipality_number))) continue;
        let summary = summaries.get(row.page_id);
        if (!summary) {
          summary = { pageId: row.page_id, slug: row.slug, scope, title: row.title ?? row.slug, useful: 0, notUseful: 0, comments: [] };
          summaries.set(row.page_id, summary);
        }
        if (row.useful) summary.useful++;
        else summary.notUseful++;
        if (row.comment) {
          summary.comments.push({
            id: row.id,
            pageId: row.page_id,
            slug: row.slug,
            scope,
            title: summary.title,
            language: row.language,
            municipalityNumber: row.municipality_number,
            municipalityName: row.municipality_name,
            useful: row.useful,
            comment: row.comment,
            createdAt: row.created_at,
          });
        }
      }
      return [...summaries.values()].sort((a, b) => b.notUseful - a.notUseful || b.useful + b.notUseful - (a.useful + a.notUseful));
    },
  };
}

export type ContentFeedback = ReturnType<typeof createContentFeedback>;
