import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Language } from "@velkomst/i18n";
import type { FieldError } from "@velkomst/validation";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { rolesAllowed } from "../platform/access.ts";
import { ForbiddenError, InvalidInputError } from "../platform/domain-errors.ts";
import { scopeNamer } from "../staff/scope-options.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { formFields, noErrors, translateFieldErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { directoryEditorRoles } from "./directory.ts";
import { directoryPaths } from "./directory-paths.ts";
import { DeleteServicePage, ServiceFormPage, StaffServiceListPage, type ScopeChoice } from "./directory-staff-views.tsx";
import { directoryTexts } from "./directory-texts.ts";
import { directoryNb } from "./messages/nb.ts";
import { blankFormState, checkedValues, readServiceForm, serviceFormState, type FormState } from "./service-form.ts";
import type { DirectoryService, ServiceScope } from "./service-model.ts";
import { pageStylesheets } from "../web/page-stylesheets.ts";

const ownCodes = new Set(Object.keys(directoryNb.errors));

/** Field errors in the reader's language: the directory's own rules from its catalog, schema problems from the shared one. */
function translateErrors(errors: readonly FieldError[], lang: Language): FormErrors {
  const t = directoryTexts(lang);
  const fields: Record<string, string> = {};
  const generic = translateFieldErrors(
    errors.filter((e) => !ownCodes.has(e.code)),
    uiTranslator(lang),
  ).fields;
  for (const error of errors) {
    if (fields[error.path]) continue;
    if (ownCodes.has(error.code)) fields[error.path] = t(`errors.${error.code as keyof typeof directoryNb.errors}`);
    else if (generic[error.path]) fields[error.path] = generic[error.path]!;
  }
  return { fields };
}

const langParams = Type.Object({ lang: languageParam });
const serviceParams = Type.Object({ lang: languageParam, id: Type.String({ maxLength: 60 }) });

/** Staff pages for the directory: list, add, change and delete services within one's own municipality or region. */
export const directoryStaffPages: FastifyPluginAsync = async (plain) => {
  pageStylesheets(plain, "directory.css");
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { directory, db } = app.services;
  const csrf = app.csrfProtection;
  const editors = { access: rolesAllowed(...directoryEditorRoles) };

  /** The municipalities and regions the viewer may put a service in: regions first, then municipalities by name. */
  async function scopeChoices(request: FastifyRequest): Promise<ScopeChoice[]> {
    const nameOf = await scopeNamer(db, uiTranslator(request.language));
    const [regions, municipalities] = await Promise.all([
      db.selectFrom("regions").select("id").orderBy("name").execute(),
      db.selectFrom("municipalities").select("number").orderBy("name").execute(),
    ]);
    const candidates: ServiceScope[] = [...regions.map((r) => ({ kind: "region" as const, id: r.id })), ...municipalities.map((m) => ({ kind: "municipality" as const, id: m.number }))];
    const allowed = await directory.editableScopes(request.viewer!, candidates);
    return allowed.map((scope) => ({ value: `${scope.kind}:${scope.id}`, label: nameOf(scope) }));
  }

  async function renderForm(request: FastifyRequest, reply: FastifyReply, options: { service?: DirectoryService; state: FormState; errors?: FormErrors; status?: number; notice?: string }) {
    const t = directoryTexts(request.language);
    const scopes = await scopeChoices(request);
    // A service outside the viewer's choices (none should be) still shows its own area rather than silently another.
    const current = options.state.fields.scope;
    if (current && !scopes.some((s) => s.value === current)) scopes.unshift({ value: current, label: current });
    return sendPage(request, reply, <ServiceFormPage service={options.service} scopes={scopes} state={options.state} errors={options.errors ?? noErrors} notice={options.notice} />, {
      title: options.service ? t("staff.editTitle", { name: options.service.name }) : t("staff.newTitle"),
      status: options.status,
    });
  }

  /** Runs a change; refusals and rule breaks come back on the form instead of an error page. */
  async function submit(request: FastifyRequest, reply: FastifyReply, service: DirectoryService | undefined, change: (body: unknown) => Promise<string>) {
    const state: FormState = { fields: formFields(request.body), languages: checkedValues(request.body, "languages") };
    const read = readServiceForm(state);
    if (!read.ok) return renderForm(request, reply, { service, state, errors: translateErrors(read.errors, request.language), status: 400 });
    try {
      return reply.redirect(await change(read.value), 303);
    } catch (error) {
      if (error instanceof InvalidInputError) {
        const errors = error.errors.map((e) => ({ ...e, path: e.path.startsWith("scope") ? "scope" : e.path }));
        return renderForm(request, reply, { service, state, errors: translateErrors(errors, request.language), status: error.statusCode });
      }
      if (error instanceof ForbiddenError) {
        return renderForm(request, reply, { service, state, errors: { fields: { scope: directoryTexts(request.language)("staff.notYourScope") } }, status: 403 });
      }
      throw error;
    }
  }

  app.get(
    "/:lang/ansatt/tjenester",
    { config: editors, schema: { params: langParams, querystring: Type.Object({ "lagt-til": Type.Optional(Type.String({ maxLength: 60 })), slettet: Type.Optional(Type.String({ maxLength: 5 })) }) } },
    async (request, reply) => {
      const t = directoryTexts(request.language);
      const services = await directory.listEditable(request.viewer!);
      const nameOf = await scopeNamer(db, uiTranslator(request.language));
      const added = services.find((s) => s.id === request.query["lagt-til"]);
      const notice = added ? t("staff.created", { name: added.name }) : request.query.slettet !== undefined ? t("staff.deleted") : undefined;
      return sendPage(request, reply, <StaffServiceListPage services={services} areaName={(service) => nameOf(service.scope)} notice={notice} />, { title: t("staff.listTitle") });
    },
  );

  app.get("/:lang/ansatt/tjenester/ny", { config: editors, schema: { params: langParams } }, async (request, reply) => {
    const first = (await scopeChoices(request))[0];
    return renderForm(request, reply, { state: blankFormState(first?.value ?? "") });
  });

  app.post("/:lang/ansatt/tjenester", { config: editors, schema: { params: langParams }, preValidation: csrf }, async (request, reply) =>
    submit(request, reply, undefined, async (input) => `${directoryPaths.staffList(request.params.lang)}?lagt-til=${await directory.create(request.viewer!, input, request.ip)}`),
  );

  app.get("/:lang/ansatt/tjenester/:id", { config: editors, schema: { params: serviceParams, querystring: Type.Object({ lagret: Type.Optional(Type.String({ maxLength: 5 })) }) } }, async (request, reply) => {
    const service = await directory.editable(request.viewer!, request.params.id);
    const notice = request.query.lagret !== undefined ? directoryTexts(request.language)("staff.saved", { name: service.name }) : undefined;
    return renderForm(request, reply, { service, state: serviceFormState(service), notice });
  });

  app.post("/:lang/ansatt/tjenester/:id", { config: editors, schema: { params: serviceParams }, preValidation: csrf }, async (request, reply) => {
    const service = await directory.editable(request.viewer!, request.params.id);
    return submit(request, reply, service, async (input) => {
      await directory.update(request.viewer!, service.id, input, request.ip);
      return `${directoryPaths.staffEdit(request.params.lang, service.id)}?lagret=1`;
    });
  });

  app.get("/:lang/ansatt/tjenester/:id/slett", { config: editors, schema: { params: serviceParams } }, async (request, reply) => {
    const service = await directory.editable(request.viewer!, request.params.id);
    return sendPage(request, reply, <DeleteServicePage service={service} />, { title: directoryTexts(request.language)("staff.deleteTitle", { name: service.name }) });
  });

  app.post("/:lang/ansatt/tjenester/:id/slett", { config: editors, schema: { params: serviceParams }, preValidation: csrf }, async (request, reply) => {
    await directory.remove(request.viewer!, request.params.id, request.ip);
    return reply.redirect(`${directoryPaths.staffList(request.params.lang)}?slettet=1`, 303);
  });
};
