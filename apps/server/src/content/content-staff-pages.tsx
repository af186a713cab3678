import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { sourceLanguage, type Language } from "@velkomst/i18n";
import type { FieldError } from "@velkomst/validation";
import type { Viewer } from "../auth/viewer.ts";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { rolesAllowed } from "../platform/access.ts";
import { InvalidInputError } from "../platform/domain-errors.ts";
import { scopeNamer } from "../staff/scope-options.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { formFields, noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import type { PageSummary } from "./content-overview.ts";
import { contentPaths, contentStaffPaths, versionActions, type VersionAction } from "./content-paths.ts";
import { asRoleScope, contentRoles, contentScopesOf, decodePageScope, encodePageScope, nationalScope, type PageScope } from "./content-scope.ts";
import {
  EditTextForm,
  FeedbackPage,
  HistoryPage,
  NewPageForm,
  noticeKeys,
  OverviewPage,
  PageDetailPage,
  ReviewsPage,
  TranslationsPage,
  VersionPage,
  textValues,
  type NoticeKey,
  type ScopeChoice,
  type SourceForTranslation,
  type TextValues,
} from "./content-staff-views.tsx";
import { contentTexts, type ContentTranslator } from "./content-texts.ts";
import { ConflictError, OwnTextError } from "./content-workflow.ts";
import { diffLines } from "./line-diff.ts";
import { TranslationFailedError } from "./machine-translation.ts";
import { pageStylesheets } from "../web/page-stylesheets.ts";

const editors = rolesAllowed(...contentRoles);
const langOnly = Type.Object({ lang: languageParam });
const pageParams = Type.Object({ lang: languageParam, id: Type.String({ format: "uuid" }) });
const pageLangParams = Type.Object({ lang: languageParam, id: Type.String({ format: "uuid" }), pageLang: languageParam });
const query = Type.Object({ melding: Type.Optional(Type.String()), omrade: Type.Optional(Type.String()), slug: Type.Optional(Type.String()) });

function noticeOf(value: string | undefined): NoticeKey | undefined {
  return noticeKeys.find((key) => key === value);
}

/** A form's repeated field ("steps") as a list. */
function listField(body: unknown, name: string): string[] {
  const value = body && typeof body === "object" ? (body as Record<string, unknown>)[name] : undefined;
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === "string");
}

function textFromForm(body: unknown): TextValues {
  const form = formFields(body);
  return { title: form.title ?? "", summary: form.summary ?? "", body: form.body ?? "", sources: form.sources ?? "", steps: listField(body, "steps") };
}

/** Field problems in the editor's language. */
function fieldMessages(errors: readonly FieldError[], t: ContentTranslator): FormErrors {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const field = error.path.split(/[.[]/)[0] || "title";
    if (fields[field]) continue;
    const limit = Number(error.params?.limit ?? 0);
    fields[field] =
      error.code === "required"
        ? field === "body"
          ? t("staff.errors.bodyRequired")
          : t("staff.errors.required")
        : error.code === "maxLength"
          ? t("staff.errors.maxLength", { limit })
          : error.code === "slug"
            ? t("staff.errors.slug")
            : error.code === "slugTaken"
              ? t("staff.errors.slugTaken")
              : error.code === "sourceUrl"
                ? t("staff.errors.sourceUrl", { line: Number(error.params?.line ?? 1) })
                : error.code === "tooManySources"
                  ? t("staff.errors.tooManySources", { limit })
                  : error.code === "sourceNotPublished"
                    ? t("staff.errors.sourceNotPublished")
                    : t("staff.errors.invalid");
  }
  return { fields };
}

/** The editors' pages: overview, new page, page with its languages, editing, versions and their workflow, review queue, translations, feedback. */
export const contentStaffPages: FastifyPluginAsync = async (plain) => {
  pageStylesheets(plain, "content.css");
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, content } = app.services;
  const { overview, workflow, feedback } = content;
  const csrf = app.csrfProtection;

  async function scopeNames(lang: Language): Promise<(scope: PageScope) => string> {
    const name = await scopeNamer(db, uiTranslator(lang));
    return (scope) => name(asRoleScope(scope));
  }

  /** The areas the viewer writes pages for: their own, and what lies inside them (regions and municipalities). */
  async function writableScopes(viewer: Viewer, nameOf: (scope: PageScope) => string): Promise<ScopeChoice[]> {
    const own = contentScopesOf(viewer);
    const scopes: PageScope[] = [];
    const regionsIn = (county?: string) => {
      let q = db.selectFrom("regions").select("id").orderBy("name");
      if (county) q = q.where("county_number", "=", county);
      return q.execute();
    };
    const municipalitiesIn = (county?: string) => {
      let q = db.selectFrom("municipalities").select("number").orderBy("name");
      if (county) q = q.where("county_number", "=", county);
      return q.execute();
    };
    for (const scope of own) {
      if (scope.kind === "national") {
        scopes.push(nationalScope);
        scopes.push(...(await regionsIn()).map((r) => ({ kind: "region" as const, id: r.id })));
        scopes.push(...(await municipalitiesIn()).map((m) => ({ kind: "municipality" as const, id: m.number })));
      } else if (scope.kind === "county") {
        // A county editor writes for regions wholly inside the county and for its municipalities.
        scopes.push(...(await regionsIn(scope.id)).map((r) => ({ kind: "region" as const, id: r.id })));
        scopes.push(...(await municipalitiesIn(scope.id)).map((m) => ({ kind: "municipality" as const, id: m.number })));
      } else if (scope.kind === "region") {
        scopes.push({ kind: "region", id: scope.id });
        const members = await db
          .selectFrom("region_municipalities")
          .innerJoin("municipalities", "municipalities.number", "region_municipalities.municipality_number")
          .select("municipality_number")
          .where("region_id", "=", scope.id)
          .orderBy("municipalities.name")
          .execute();
        scopes.push(...members.map((m) => ({ kind: "municipality" as const, id: m.municipality_number })));
      } else {
        scopes.push({ kind: "municipality", id: scope.id });
      }
    }
    const check = await overview.checker(viewer);
    const unique = [...new Map(scopes.filter(check).map((scope) => [encodePageScope(scope), scope])).values()];
    return unique.map((scope) => ({ value: encodePageScope(scope), label: nameOf(scope) }));
  }

  /** Filter choices: the viewer's own areas and those inside them, at most the first 40 (national editors filter by national or all). */
  async function filterChoices(viewer: Viewer, nameOf: (scope: PageScope) => string): Promise<ScopeChoice[]> {
    if (contentScopesOf(viewer).some((scope) => scope.kind === "national")) return [{ value: encodePageScope(nationalScope), label: nameOf(nationalScope) }];
    return (await writableScopes(viewer, nameOf)).slice(0, 40);
  }

  async function reviewCount(viewer: Viewer): Promise<number> {
    return (await overview.reviewQueue(viewer)).length;
  }

  /** A municipality where a reader sees this page: the page's own, the region's first, or one in the viewer's area. */
  async function readerMunicipality(viewer: Viewer, scope: PageScope): Promise<string | undefined> {
    if (scope.kind === "municipality") return scope.id;
    if (scope.kind === "region") {
      const first = await db.selectFrom("region_municipalities").select("municipality_number").where("region_id", "=", scope.id).orderBy("municipality_number").executeTakeFirst();
      return first?.municipality_number;
    }
    for (const own of contentScopesOf(viewer)) {
      if (own.kind === "municipality") return own.id;
      if (own.kind === "region") return readerMunicipality(viewer, { kind: "region", id: own.id });
    }
    return "0301";
  }

  // ---- Overview, new page ----

  app.get("/:lang/ansatt/innhold", { config: { access: editors }, schema: { params: langOnly, querystring: query } }, async (request, reply) => {
    const viewer = request.viewer!;
    const t = contentTexts(request.language);
    const nameOf = await scopeNames(request.language);
    const filter = request.query.omrade ? decodePageScope(request.query.omrade) : undefined;
    const check = await overview.checker(viewer);
    const [pages, nationalPages, choices, count] = await Promise.all([overview.pages(viewer, { scope: filter }), overview.nationalPages(), filterChoices(viewer, nameOf), reviewCount(viewer)]);
    return sendPage(
      request,
      reply,
      <OverviewPage
        pages={pages}
        nationalPages={nationalPages}
        scopeName={nameOf}
        choices={choices}
        selected={filter ? encodePageScope(filter) : ""}
        mayEditNational={check(nationalScope) && (!filter || filter.kind === "national")}
        mayCreateLocal={contentScopesOf(viewer).some((scope) => scope.kind !== "national")}
        reviewCount={count}
        notice={noticeOf(request.query.melding)}
      />,
      { title: t("staff.title") },
    );
  });

  async function renderNewPage(request: FastifyRequest, reply: FastifyReply, values: TextValues & { scope: string; slug: string }, options: { fixedSlug?: string; errors?: FormErrors; status?: number }) {
    const viewer = request.viewer!;
    const t = contentTexts(request.language);
    const nameOf = await scopeNames(request.language);
    let choices = await writableScopes(viewer, nameOf);
    if (options.fixedSlug) choices = choices.filter((choice) => choice.value !== encodePageScope(nationalScope));
    return sendPage(request, reply, <NewPageForm choices={choices} values={values} fixedSlug={options.fixedSlug} errors={options.errors ?? noErrors} reviewCount={await reviewCount(viewer)} />, {
      title: t("staff.form.newTitle"),
      status: options.status,
    });
  }

  app.get("/:lang/ansatt/innhold/ny", { config: { access: editors }, schema: { params: langOnly, querystring: query } }, async (request, reply) => {
    const national = request.query.slug ? await overview.nationalText(request.query.slug) : undefined;
    const values = national ? textValues(national) : { title: "", summary: "", body: "", sources: "", steps: [] };
    const requested = request.query.omrade ? decodePageScope(request.query.omrade) : undefined;
    const scope = requested && requested.kind !== "national" ? encodePageScope(requested) : "";
    return renderNewPage(request, reply, { ...values, scope, slug: national ? request.query.slug! : "" }, { fixedSlug: national ? request.query.slug : undefined });
  });

  app.post("/:lang/ansatt/innhold/ny", { config: { access: editors }, schema: { params: langOnly }, preValidation: csrf }, async (request, reply) => {
    const t = contentTexts(request.language);
    const form = formFields(request.body);
    const values = { ...textFromForm(request.body), scope: form.scope ?? "", slug: (form.slug ?? "").trim() };
    const fixedSlug = form.lokalVersjon === "1" ? values.slug : undefined;
    const scope = decodePageScope(values.scope);
    if (!scope) return renderNewPage(request, reply, values, { fixedSlug, errors: { fields: { scope: t("staff.errors.required") } }, status: 400 });
    try {
      const created = await workflow.createPage({ viewer: request.viewer!, ip: request.ip }, { scope, slug: values.slug, title: values.title, summary: values.summary, body: values.body, sources: values.sources, steps: values.steps });
      if (form.handling === "send") await workflow.submit({ viewer: request.viewer!, ip: request.ip }, created.versionId);
      return reply.redirect(`${contentStaffPaths.page(request.language, created.pageId)}?melding=${form.handling === "send" ? "submitted" : "created"}`, 303);
    } catch (error) {
      if (error instanceof InvalidInputError) return renderNewPage(request, reply, values, { fixedSlug, errors: fieldMessages(error.errors, t), status: error.statusCode === 409 ? 409 : 400 });
      throw error;
    }
  });

  // ---- One page ----

  async function renderDetail(request: FastifyRequest, reply: FastifyReply, pageId: string, extra: { notice?: NoticeKey; error?: string; status?: number } = {}) {
    const viewer = request.viewer!;
    const page = await overview.page(viewer, pageId);
    const nameOf = await scopeNames(request.language);
    const [summaries, national, municipality, count] = await Promise.all([
      feedback.forViewer(viewer, { pageId }),
      page.scope.kind === "national" ? undefined : overview.nationalText(page.slug),
      readerMunicipality(viewer, page.scope),
      reviewCount(viewer),
    ]);
    return sendPage(
      request,
      reply,
      <PageDetailPage
        page={page}
        scopeName={nameOf}
        readerUrl={municipality ? contentPaths.page(request.language, municipality, page.slug) : undefined}
        nationalTitle={national?.title}
        machineTranslation={workflow.machineTranslationAvailable}
        feedback={summaries[0]}
        reviewCount={count}
        notice={extra.notice}
        error={extra.error}
      />,
      { title: page.title, status: extra.status },
    );
  }

  app.get("/:lang/ansatt/innhold/sider/:id", { config: { access: editors }, schema: { params: pageParams, querystring: query } }, async (request, reply) =>
    renderDetail(request, reply, request.params.id, { notice: noticeOf(request.query.melding) }),
  );

  async function renderEdit(request: FastifyRequest, reply: FastifyReply, page: PageSummary, pageLang: Language, extra: { values?: TextValues; errors?: FormErrors; error?: string; status?: number; basedOn?: string } = {}) {
    const viewer = request.viewer!;
    const t = contentTexts(request.language);
    const state = page.languages[pageLang];
    const current = state.working ?? state.published;
    const version = current ? await overview.version(viewer, current.versionId) : undefined;
    let source: SourceForTranslation | undefined;
    if (pageLang !== sourceLanguage) {
      const nb = page.languages[sourceLanguage].published;
      if (!nb) return renderDetail(request, reply, page.pageId, { error: t("staff.errors.sourceNotPublished"), status: 409 });
      const sourceVersion = await overview.version(viewer, nb.versionId);
      source = { number: sourceVersion.number, title: sourceVersion.title, summary: sourceVersion.summary, html: sourceVersion.html };
      const madeFrom = version?.sourceVersionId && version.sourceVersionId !== sourceVersion.id ? await overview.version(viewer, version.sourceVersionId) : undefined;
      if (madeFrom && state.translation === "outdated") {
        const flatten = (v: { title: string; summary: string; body: string }) => `${v.title}\n${v.summary}\n${v.body}`;
        source.changes = { from: madeFrom.number, to: sourceVersion.number, lines: diffLines(flatten(madeFrom), flatten(sourceVersion)) };
      }
    }
    const empty: TextValues = { title: "", summary: "", body: "", sources: source ? "" : "", steps: [] };
    let values = extra.values ?? (version ? textValues(version) : empty);
    if (!extra.values && !version && pageLang !== sourceLanguage) {
      const nb = await overview.version(viewer, page.languages[sourceLanguage].published!.versionId);
      values = { ...empty, sources: textValues(nb).sources };
    }
    const basedOn = extra.basedOn ?? (state.working && version ? `${version.id}@${version.updatedAt.toISOString()}` : "");
    return sendPage(
      request,
      reply,
      <EditTextForm
        page={page}
        pageLang={pageLang}
        values={values}
        errors={extra.errors ?? noErrors}
        basedOn={basedOn}
        reviewComment={state.working ? version?.reviewComment : undefined}
        machineTranslated={!!state.working?.machineTranslated}
        source={source}
        error={extra.error}
        reviewCount={await reviewCount(viewer)}
      />,
      { title: page.title, status: extra.status },
    );
  }

  app.get("/:lang/ansatt/innhold/sider/:id/:pageLang", { config: { access: editors }, schema: { params: pageLangParams } }, async (request, reply) => {
    const page = await overview.page(request.viewer!, request.params.id);
    return renderEdit(request, reply, page, request.params.pageLang);
  });

  app.post("/:lang/ansatt/innhold/sider/:id/:pageLang", { config: { access: editors }, schema: { params: pageLangParams }, preValidation: csrf }, async (request, reply) => {
    const t = contentTexts(request.language);
    const { id, pageLang } = request.params;
    const page = await overview.page(request.viewer!, id);
    const form = formFields(request.body);
    const values = textFromForm(request.body);
    const submit = form.handling === "send";
    try {
      const saved = await workflow.saveText({ viewer: request.viewer!, ip: request.ip }, id, pageLang, values, { submit, basedOn: form.basedOn ?? "" });
      return reply.redirect(`${contentStaffPaths.version(request.language, saved.versionId)}?melding=${submit ? "submitted" : "saved"}`, 303);
    } catch (error) {
      if (error instanceof InvalidInputError) {
        const errors = fieldMessages(error.errors, t);
        return renderEdit(request, reply, page, pageLang, { values, errors, basedOn: form.basedOn ?? "", status: 400 });
      }
      if (error instanceof ConflictError) return renderEdit(request, reply, page, pageLang, { values, error: t("staff.errors.conflict"), status: 409 });
      throw error;
    }
  });

  app.post("/:lang/ansatt/innhold/sider/:id/:pageLang/avpubliser", { config: { access: editors }, schema: { params: pageLangParams }, preValidation: csrf }, async (request, reply) => {
    const { id, pageLang } = request.params;
    try {
      await workflow.unpublish({ viewer: request.viewer!, ip: request.ip }, id, pageLang);
    } catch (error) {
      if (error instanceof ConflictError) return renderDetail(request, reply, id, { error: contentTexts(request.language)("staff.errors.stateChanged"), status: 409 });
      throw error;
    }
    return reply.redirect(`${contentStaffPaths.page(request.language, id)}?melding=unpublished`, 303);
  });

  app.post("/:lang/ansatt/innhold/sider/:id/:pageLang/maskinoversett", { config: { access: editors }, schema: { params: pageLangParams }, preValidation: csrf }, async (request, reply) => {
    const t = contentTexts(request.language);
    const { id, pageLang } = request.params;
    try {
      const { versionId } = await workflow.machineTranslate({ viewer: request.viewer!, ip: request.ip }, id, pageLang);
      return reply.redirect(`${contentStaffPaths.version(request.language, versionId)}?melding=machineTranslated`, 303);
    } catch (error) {
      if (error instanceof TranslationFailedError) {
        request.log.warn({ err: error }, "machine translation failed");
        return renderDetail(request, reply, id, { error: t("staff.errors.translationFailed"), status: 502 });
      }
      if (error instanceof ConflictError) return renderDetail(request, reply, id, { error: t("staff.errors.stateChanged"), status: 409 });
      if (error instanceof InvalidInputError) return renderDetail(request, reply, id, { error: t("staff.errors.sourceNotPublished"), status: 409 });
      throw error;
    }
  });

  app.get("/:lang/ansatt/innhold/sider/:id/:pageLang/historikk", { config: { access: editors }, schema: { params: pageLangParams } }, async (request, reply) => {
    const viewer = request.viewer!;
    const page = await overview.page(viewer, request.params.id);
    const versions = await overview.history(page.pageId, request.params.pageLang);
    return sendPage(request, reply, <HistoryPage page={page} pageLang={request.params.pageLang} versions={versions} reviewCount={await reviewCount(viewer)} />, { title: page.title });
  });

  // ---- Versions and the workflow ----

  async function renderVersion(request: FastifyRequest, reply: FastifyReply, versionId: string, extra: { notice?: NoticeKey; error?: string; status?: number } = {}) {
    const viewer = request.viewer!;
    const version = await overview.version(viewer, versionId);
    const page = await overview.page(viewer, version.pageId);
    const mayApprove = version.status === "review" && version.updatedById !== viewer.id && version.submittedById !== viewer.id;
    return sendPage(request, reply, <VersionPage version={version} pageTitle={page.title} mayApprove={mayApprove} reviewCount={await reviewCount(viewer)} notice={extra.notice} error={extra.error} />, {
      title: page.title,
      status: extra.status,
    });
  }

  app.get("/:lang/ansatt/innhold/versjoner/:id", { config: { access: editors }, schema: { params: pageParams, querystring: query } }, async (request, reply) =>
    renderVersion(request, reply, request.params.id, { notice: noticeOf(request.query.melding) }),
  );

  const notices: Record<VersionAction, NoticeKey> = { send: "submitted", godkjenn: "published", "send-tilbake": "returned", gjenopprett: "restored", forkast: "discarded" };
  for (const action of versionActions) {
    app.post(`/:lang/ansatt/innhold/versjoner/:id/${action}`, { config: { access: editors }, schema: { params: pageParams }, preValidation: csrf }, async (request, reply) => {
      const t = contentTexts(request.language);
      const { id } = request.params as { id: string };
      const actor = { viewer: request.viewer!, ip: request.ip };
      let target = id;
      try {
        if (action === "send") await workflow.submit(actor, id);
        else if (action === "godkjenn") await workflow.approve(actor, id);
        else if (action === "send-tilbake") await workflow.reject(actor, id, formFields(request.body).kommentar ?? "");
        else if (action === "gjenopprett") target = (await workflow.restore(actor, id)).versionId;
        else {
          const version = await overview.version(request.viewer!, id);
          await workflow.discard(actor, id);
          return reply.redirect(`${contentStaffPaths.page(request.language, version.pageId)}?melding=discarded`, 303);
        }
      } catch (error) {
        if (error instanceof OwnTextError) return renderVersion(request, reply, id, { error: t("staff.version.ownText"), status: 403 });
        if (error instanceof ConflictError) return renderVersion(request, reply, id, { error: t("staff.errors.stateChanged"), status: 409 });
        if (error instanceof InvalidInputError) return renderVersion(request, reply, id, { error: t("staff.errors.sourceNotPublished"), status: 409 });
        throw error;
      }
      return reply.redirect(`${contentStaffPaths.version(request.language, target)}?melding=${notices[action]}`, 303);
    });
  }

  // ---- Review queue, translations, feedback ----

  app.get("/:lang/ansatt/innhold/godkjenning", { config: { access: editors }, schema: { params: langOnly } }, async (request, reply) => {
    const items = await overview.reviewQueue(request.viewer!);
    return sendPage(request, reply, <ReviewsPage items={items} scopeName={await scopeNames(request.language)} />, { title: contentTexts(request.language)("staff.reviews.title") });
  });

  app.get("/:lang/ansatt/innhold/oversettelser", { config: { access: editors }, schema: { params: langOnly, querystring: query } }, async (request, reply) => {
    const viewer = request.viewer!;
    const nameOf = await scopeNames(request.language);
    const filter = request.query.omrade ? decodePageScope(request.query.omrade) : undefined;
    const [dashboard, choices, count] = await Promise.all([overview.translationDashboard(viewer, { scope: filter }), filterChoices(viewer, nameOf), reviewCount(viewer)]);
    return sendPage(
      request,
      reply,
      <TranslationsPage rows={dashboard.rows} totals={dashboard.totals} scopeName={nameOf} choices={choices} selected={filter ? encodePageScope(filter) : ""} reviewCount={count} />,
      { title: contentTexts(request.language)("staff.translations.title") },
    );
  });

  app.get("/:lang/ansatt/innhold/tilbakemeldinger", { config: { access: editors }, schema: { params: langOnly } }, async (request, reply) => {
    const viewer = request.viewer!;
    const [summaries, count] = await Promise.all([feedback.forViewer(viewer), reviewCount(viewer)]);
    return sendPage(request, reply, <FeedbackPage summaries={summaries} scopeName={await scopeNames(request.language)} reviewCount={count} />, {
      title: contentTexts(request.language)("staff.feedback.title"),
    });
  });
};
