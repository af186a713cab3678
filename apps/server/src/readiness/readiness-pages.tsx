import type { FastifyPluginAsync, FastifyReply, FastifyRequest, preValidationHookHandler } from "fastify";
import multipart, { type MultipartFile, type MultipartValue } from "@fastify/multipart";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FieldError } from "@velkomst/validation";
import { rolesAllowed } from "../platform/access.ts";
import { InvalidInputError } from "../platform/domain-errors.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { languageParam } from "../web/language-param.ts";
import { formFields, noErrors } from "../web/form-validation.ts";
import { sendPage } from "../web/render-page.tsx";
import { canEditChecklist, readinessEditorRoles, readinessReaderRoles, type ChecklistOwner } from "./readiness-access.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { checkDocument, contentDisposition, maxDocumentBytes } from "./readiness-documents.ts";
import { parseItemInput } from "./readiness-input.ts";
import { isReadinessItemId, type ReadinessItemId } from "./readiness-items.ts";
import { readinessPaths } from "./readiness-paths.ts";
import { createReadiness, type Actor, type NewDocument } from "./readiness-repository.ts";
import { readinessTexts, type ReadinessTranslator } from "./readiness-texts.ts";
import { ChecklistPage, ItemPage, OverviewPage, ReadinessHome, ReadinessNotFound, placeName, type HomeEntry } from "./readiness-views.tsx";
import { pageStylesheets } from "../web/page-stylesheets.ts";

const readers = rolesAllowed(...readinessReaderRoles);
const editors = rolesAllowed(...readinessEditorRoles);

const placeSchema = Type.String({ minLength: 1, maxLength: 60 });
const placeParams = Type.Object({ lang: languageParam, place: placeSchema });
const itemParams = Type.Object({ lang: languageParam, place: placeSchema, item: Type.String({ maxLength: 40 }) });
const documentParams = Type.Object({ lang: languageParam, place: placeSchema, item: Type.String({ maxLength: 40 }), document: Type.String({ format: "uuid" }) });

/** The one uploaded file of a multipart form, kept beside the request so the body stays plain strings. */
interface Upload {
  fileName: string;
  bytes: Buffer;
  truncated: boolean;
}
const uploads = new WeakMap<FastifyRequest, Upload>();

/**
 * Multipart fields arrive as `{ value }` objects and files as parts; turn the body into plain
 * strings (so the CSRF check finds `_csrf` where it looks, in `body._csrf`) and keep the file aside.
 */
const flattenMultipart: preValidationHookHandler = async (request) => {
  if (!request.isMultipart() || !request.body || typeof request.body !== "object") return;
  const fields: Record<string, string> = {};
  for (const [name, part] of Object.entries(request.body as Record<string, MultipartValue | MultipartFile | Array<MultipartValue | MultipartFile>>)) {
    const first = Array.isArray(part) ? part[0] : part;
    if (!first) continue;
    if (first.type === "file") {
      const bytes = await first.toBuffer();
      if (name === "document" && (first.filename !== "" || bytes.byteLength > 0)) uploads.set(request, { fileName: first.filename, bytes, truncated: first.file.truncated });
    } else {
      fields[name] = typeof first.value === "string" ? first.value : "";
    }
  }
  request.body = fields;
};

function fieldErrors(errors: readonly FieldError[], r: ReadinessTranslator): FormErrors {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    if (fields[error.path]) continue;
    switch (error.code) {
      case "tooLong":
        fields[error.path] = r("errors.tooLong", { limit: Number(error.params?.limit ?? 0) });
        break;
      case "status":
      case "ownerUser":
      case "dueDate":
      case "notRelevantNeedsNote":
      case "fileType":
      case "fileTooLarge":
        fields[error.path] = r(`errors.${error.code}`);
        break;
      default:
        fields[error.path] = r("errors.status");
    }
  }
  return { fields };
}

/** The readiness checklist pages under /:lang/ansatt/sjekkliste (seed 000 §2.2). */
export const readinessPages: FastifyPluginAsync = async (plain) => {
  pageStylesheets(plain, "readiness.css");
  // Only this plugin takes files, so multipart is registered here and nowhere else.
  await plain.register(multipart, {
    attachFieldsToBody: true,
    throwFileSizeLimit: false,
    limits: { fileSize: maxDocumentBytes, files: 1, fields: 20, fieldSize: 32 * 1024, parts: 25 },
  });
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const readiness = createReadiness(app.services.db, app.services.clock);
  const { clock } = app.services;
  const csrf = app.csrfProtection;

  const actorOf = (request: FastifyRequest): Actor => request.viewer!;

  async function ownerOrNotFound(request: FastifyRequest, reply: FastifyReply, place: string): Promise<ChecklistOwner | undefined> {
    const owner = await readiness.resolve(place, clock.today());
    if (!owner) {
      await sendPage(request, reply, <ReadinessNotFound />, { title: readinessTexts(request.language)("notFound.title"), status: 404 });
      return undefined;
    }
    return owner;
  }

  async function renderItem(
    request: FastifyRequest,
    reply: FastifyReply,
    owner: ChecklistOwner,
    itemId: ReadinessItemId,
    extra: { errors?: FormErrors; values?: Record<string, string>; notice?: string; status?: number } = {},
  ) {
    const r = readinessTexts(request.language);
    const actor = actorOf(request);
    const { item, history } = await readiness.item(actor, owner, itemId, clock.today());
    const canEdit = canEditChecklist(actor, owner);
    const candidates = canEdit ? await readiness.ownerCandidates(owner) : [];
    return sendPage(
      request,
      reply,
      <ItemPage owner={owner} item={item} history={history} canEdit={canEdit} candidates={candidates} errors={extra.errors ?? noErrors} values={extra.values} notice={extra.notice} />,
      { title: `${r(`items.${itemId}.title`)} – ${placeName(r, owner)}`, status: extra.status },
    );
  }

  app.get("/:lang/ansatt/sjekkliste", { config: { access: readers }, schema: { params: Type.Object({ lang: languageParam }) } }, async (request, reply) => {
    const actor = actorOf(request);
    const today = clock.today();
    const owners = new Map<string, ChecklistOwner>();
    for (const { role, scope } of actor.assignments) {
      if (!readinessReaderRoles.includes(role) || (scope.kind !== "municipality" && scope.kind !== "region")) continue;
      const owner = await readiness.resolve(scope.id, today);
      if (owner) owners.set(`${owner.kind}:${owner.id}`, owner);
    }
    const entries: HomeEntry[] = [];
    for (const owner of owners.values()) {
      const checklist = await readiness.checklist(actor, owner, today);
      entries.push({ owner, done: checklist.done, canEdit: canEditChecklist(actor, owner) });
    }
    return sendPage(request, reply, <ReadinessHome entries={entries} />, { title: readinessTexts(request.language)("home.title") });
  });

  app.get(
    "/:lang/ansatt/sjekkliste/oversikt",
    {
      config: { access: readers },
      schema: { params: Type.Object({ lang: languageParam }), querystring: Type.Object({ fylke: Type.Optional(Type.String({ maxLength: 10 })) }) },
    },
    async (request, reply) => {
      const overview = await readiness.overview(actorOf(request), request.query.fylke || undefined, clock.today());
      return sendPage(request, reply, <OverviewPage overview={overview} />, { title: readinessTexts(request.language)("overview.title") });
    },
  );

  app.get(
    "/:lang/ansatt/sjekkliste/:place",
    { config: { access: readers }, schema: { params: placeParams, querystring: Type.Object({ kommune: Type.Optional(Type.String({ maxLength: 10 })) }) } },
    async (request, reply) => {
      const { lang, place } = request.params;
      const owner = await ownerOrNotFound(request, reply, place);
      if (!owner) return reply;
      // A municipality in a region has the region's checklist; its own address leads there.
      if (owner.id !== place) return reply.redirect(`${readinessPaths.checklist(lang, owner.id)}?kommune=${place}`, 303);
      const actor = actorOf(request);
      const checklist = await readiness.checklist(actor, owner, clock.today());
      const from = owner.members.find((m) => m.number === request.query.kommune)?.name;
      const r = readinessTexts(lang);
      return sendPage(request, reply, <ChecklistPage checklist={checklist} canEdit={canEditChecklist(actor, owner)} from={from} />, {
        title: r("checklist.title", { place: placeName(r, owner) }),
      });
    },
  );

  app.get(
    "/:lang/ansatt/sjekkliste/:place/:item",
    { config: { access: readers }, schema: { params: itemParams, querystring: Type.Object({ lagret: Type.Optional(Type.String()), uendret: Type.Optional(Type.String()), fjernet: Type.Optional(Type.String()) }) } },
    async (request, reply) => {
      const { lang, place, item } = request.params;
      const owner = await ownerOrNotFound(request, reply, place);
      if (!owner) return reply;
      if (!isReadinessItemId(item)) return sendPage(request, reply, <ReadinessNotFound />, { title: readinessTexts(lang)("notFound.title"), status: 404 });
      if (owner.id !== place) return reply.redirect(readinessPaths.item(lang, owner.id, item), 303);
      const r = readinessTexts(lang);
      const notice = request.query.lagret !== undefined ? r("item.saved") : request.query.uendret !== undefined ? r("item.noChange") : request.query.fjernet !== undefined ? r("item.removed") : undefined;
      return renderItem(request, reply, owner, item, { notice });
    },
  );

  app.post(
    "/:lang/ansatt/sjekkliste/:place/:item",
    { config: { access: editors }, schema: { params: itemParams }, preValidation: [flattenMultipart, csrf] },
    async (request, reply) => {
      const { lang, place, item } = request.params;
      const r = readinessTexts(lang);
      const owner = await ownerOrNotFound(request, reply, place);
      if (!owner) return reply;
      if (!isReadinessItemId(item)) return sendPage(request, reply, <ReadinessNotFound />, { title: r("notFound.title"), status: 404 });
      const form = formFields(request.body);
      const values = { status: form.status ?? "", ownerUser: form.ownerUser ?? "", ownerName: form.ownerName ?? "", dueDate: form.dueDate ?? "", notes: form.notes ?? "" };
      const parsed = parseItemInput(values);
      const problems: FieldError[] = parsed.ok ? [] : [...parsed.errors];
      const upload = uploads.get(request);
      let document: NewDocument | undefined;
      if (upload) {
        const check = checkDocument(upload.fileName, upload.bytes, upload.truncated);
        if (check.ok) document = { fileName: check.fileName, contentType: check.contentType, bytes: upload.bytes };
        else problems.push({ path: "document", code: check.problem, message: check.problem === "fileTooLarge" ? "at most 5 MB" : "not an accepted file type" });
      }
      if (!parsed.ok || problems.length > 0) return renderItem(request, reply, owner, item, { errors: fieldErrors(problems, r), values, status: 400 });
      try {
        const { changed } = await readiness.updateItem(actorOf(request), owner, item, parsed.value, document);
        return reply.redirect(`${readinessPaths.item(lang, owner.id, item)}?${changed ? "lagret" : "uendret"}=1`, 303);
      } catch (error) {
        if (error instanceof InvalidInputError) return renderItem(request, reply, owner, item, { errors: fieldErrors(error.errors, r), values, status: 422 });
        throw error;
      }
    },
  );

  app.get("/:lang/ansatt/sjekkliste/:place/:item/dokument/:document", { config: { access: readers }, schema: { params: documentParams } }, async (request, reply) => {
    const { place, item, document } = request.params;
    const owner = await ownerOrNotFound(request, reply, place);
    if (!owner) return reply;
    if (!isReadinessItemId(item)) return sendPage(request, reply, <ReadinessNotFound />, { title: readinessTexts(request.language)("notFound.title"), status: 404 });
    const file = await readiness.document(actorOf(request), owner, item, document);
    await recordAudit(app.services.db, { actorUserId: request.viewer!.id, action: "readiness.document.downloaded", subjectType: "readiness-document", subjectId: document, details: { item }, ip: request.ip });
    return reply
      .header("content-type", file.contentType)
      .header("content-disposition", contentDisposition(file.fileName))
      .header("x-content-type-options", "nosniff")
      .header("cache-control", "private, no-store")
      .header("content-security-policy", "default-src 'none'; sandbox")
      .send(file.content);
  });

  app.post(
    "/:lang/ansatt/sjekkliste/:place/:item/dokument/:document/fjern",
    { config: { access: editors }, schema: { params: documentParams }, preValidation: csrf },
    async (request, reply) => {
      const { lang, place, item, document } = request.params;
      const owner = await ownerOrNotFound(request, reply, place);
      if (!owner) return reply;
      if (!isReadinessItemId(item)) return sendPage(request, reply, <ReadinessNotFound />, { title: readinessTexts(lang)("notFound.title"), status: 404 });
      await readiness.removeDocument(actorOf(request), owner, item, document);
      return reply.redirect(`${readinessPaths.item(lang, owner.id, item)}?fjernet=1`, 303);
    },
  );
};
