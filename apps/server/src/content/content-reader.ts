import type { Kysely } from "kysely";
import { sourceLanguage, type Language } from "@velkomst/i18n";
import { canonicalStepIds } from "@velkomst/rules";
import type { DatabaseSchema } from "../database/schema.ts";
import { pageScopeOf, type PageScope } from "./content-scope.ts";
import type { ContentSourceLink } from "./content-tables.ts";
import { renderMarkdown } from "./render-markdown.ts";

/** Who a page shown to a reader comes from, for the label over it. */
export type PageOrigin = { kind: "national" } | { kind: "municipality"; name: string } | { kind: "region"; name: string };

/** A published page as a reader of one municipality sees it, in their language or in bokmål. */
export interface ReaderPage {
  pageId: string;
  slug: string;
  scope: PageScope;
  origin: PageOrigin;
  /** The language of the text shown. */
  lang: Language;
  requested: Language;
  /** Bokmål because the page is not translated (or the translation is not published). */
  fallback: boolean;
  /** A translation made from an older bokmål text than the one published now. */
  outdated: boolean;
  machineTranslated: boolean;
  title: string;
  summary: string;
  steps: readonly string[];
  sources: readonly ContentSourceLink[];
  publishedAt: Date | null;
}

export interface ReaderPageWithBody extends ReaderPage {
  /** Sanitised HTML. */
  html: string;
  /** The national page with the same slug, when this local page replaces it. */
  replacesNational: boolean;
}

interface Row {
  page_id: string;
  slug: string;
  scope_kind: "national" | "region" | "municipality";
  scope_id: string;
  language: string;
  title: string;
  summary: string;
  steps: string[];
  sources: ContentSourceLink[];
  content_hash: string;
  source_hash: string | null;
  machine_translated: boolean;
  published_at: Date | null;
  body?: string;
}

const scopeRank = { municipality: 0, region: 1, national: 2 } as const;

/** Pages in the order a newcomer meets them: by the earliest plan step they explain, pages without steps last. */
function planOrder(steps: readonly string[]): number {
  const positions = steps.map((step) => (canonicalStepIds as readonly string[]).indexOf(step)).filter((index) => index >= 0);
  return positions.length > 0 ? Math.min(...positions) : canonicalStepIds.length;
}

export function createContentReader(db: Kysely<DatabaseSchema>) {
  async function placeOf(number: string) {
    const [municipality, regions] = await Promise.all([
      db.selectFrom("municipalities").select(["number", "name"]).where("number", "=", number).executeTakeFirst(),
      db
        .selectFrom("region_municipalities")
        .innerJoin("regions", "regions.id", "region_municipalities.region_id")
        .select(["regions.id", "regions.name"])
        .where("region_municipalities.municipality_number", "=", number)
        .execute(),
    ]);
    return { municipality, regions };
  }

  async function publishedRows(number: string, lang: Language, options: { slug?: string; withBody?: boolean }) {
    const { municipality, regions } = await placeOf(number);
    if (!municipality) return undefined;
    let query = db
      .selectFrom("content_pages as p")
      .innerJoin("content_versions as v", "v.page_id", "p.id")
      .leftJoin("content_versions as s", "s.id", "v.source_version_id")
      .select([
        "p.id as page_id",
        "p.slug",
        "p.scope_kind",
        "p.scope_id",
        "v.language",
        "v.title",
        "v.summary",
        "v.steps",
        "v.sources",
        "v.content_hash",
        "s.content_hash as source_hash",
        "v.machine_translated",
        "v.published_at",
      ])
      .where("v.status", "=", "published")
      .where("v.language", "in", [...new Set([sourceLanguage, lang])])
      .where((eb) =>
        eb.or([
          eb("p.scope_kind", "=", "national"),
          eb.and([eb("p.scope_kind", "=", "municipality"), eb("p.scope_id", "=", number)]),
          ...(regions.length > 0 ? [eb.and([eb("p.scope_kind", "=", "region"), eb("p.scope_id", "in", regions.map((r) => r.id))])] : []),
        ]),
      );
    if (options.slug !== undefined) query = query.where("p.slug", "=", options.slug);
    const rows: Row[] = options.withBody ? await query.select("v.body").execute() : await query.execute();
    return { municipality, regions, rows };
  }

  /** Most local wins: the municipality's own page, else its region's, else the national one. */
  function resolve(rows: readonly Row[], lang: Language, names: { municipality: string; regions: ReadonlyMap<string, string> }) {
    const bySlug = new Map<string, Row[]>();
    for (const row of rows) bySlug.set(row.slug, [...(bySlug.get(row.slug) ?? []), row]);
    const pages: Array<{ page: ReaderPage; source: Row; shown: Row; candidates: number }> = [];
    for (const [slug, candidates] of bySlug) {
      const sources = candidates.filter((row) => row.language === sourceLanguage).sort((a, b) => scopeRank[a.scope_kind] - scopeRank[b.scope_kind] || a.scope_id.localeCompare(b.scope_id));
      const source = sources[0];
      if (!source) continue;
      const translation = lang === sourceLanguage ? source : candidates.find((row) => row.page_id === source.page_id && row.language === lang);
      const shown = translation ?? source;
      const origin: PageOrigin =
        source.scope_kind === "national"
          ? { kind: "national" }
          : source.scope_kind === "municipality"
            ? { kind: "municipality", name: names.municipality }
            : { kind: "region", name: names.regions.get(source.scope_id) ?? source.scope_id };
      pages.push({
        source,
        shown,
        candidates: sources.length,
        page: {
          pageId: source.page_id,
          slug,
          scope: pageScopeOf(source),
          origin,
          lang: shown.language as Language,
          requested: lang,
          fallback: shown === source && lang !== sourceLanguage,
          outdated: shown !== source && shown.source_hash !== source.content_hash,
          machineTranslated: shown.machine_translated,
          title: shown.title,
          summary: shown.summary,
          steps: source.steps,
          sources: shown.sources,
          publishedAt: shown.published_at,
        },
      });
    }
    return pages;
  }

  return {
    /** Every page a reader in this municipality can read, in plan order; undefined for an unknown municipality. */
    async listPages(number: string, lang: Language): Promise<ReaderPage[] | undefined> {
      const found = await publishedRows(number, lang, {});
      if (!found) return undefined;
      const names = { municipality: found.municipality.name, regions: new Map(found.regions.map((r) => [r.id, r.name])) };
      return resolve(found.rows, lang, names)
        .map(({ page }) => page)
        .sort((a, b) => planOrder(a.steps) - planOrder(b.steps) || Number(a.origin.kind === "national") - Number(b.origin.kind === "national") || a.title.localeCompare(b.title, a.lang));
    },

    /** One page with its body, local if there is a local one; undefined when there is no such page here. */
    async getPage(number: string, slug: string, lang: Language): Promise<ReaderPageWithBody | undefined> {
      const found = await publishedRows(number, lang, { slug, withBody: true });
      if (!found) return undefined;
      const names = { municipality: found.municipality.name, regions: new Map(found.regions.map((r) => [r.id, r.name])) };
      const [resolved] = resolve(found.rows, lang, names);
      if (!resolved) return undefined;
      return { ...resolved.page, html: renderMarkdown(resolved.shown.body ?? ""), replacesNational: resolved.page.origin.kind !== "national" && found.rows.some((row) => row.scope_kind === "national") };
    },

    /** The pages that explain each plan step for a reader in this municipality. */
    async pagesForSteps(number: string, lang: Language): Promise<Map<string, ReaderPage[]>> {
      const pages = (await this.listPages(number, lang)) ?? [];
      const byStep = new Map<string, ReaderPage[]>();
      for (const page of pages) for (const step of page.steps) byStep.set(step, [...(byStep.get(step) ?? []), page]);
      return byStep;
    },
  };
}

export type ContentReader = ReturnType<typeof createContentReader>;
