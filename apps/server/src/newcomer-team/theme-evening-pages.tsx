import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { StringEnum } from "@velkomst/validation";
import { eventsPaths } from "../events/events-paths.ts";
import { mentoringCoordinatorRoles, municipalitiesCovered } from "../mentoring/mentoring-access.ts";
import { rolesAllowed } from "../platform/access.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { newcomerTeamTexts } from "./newcomer-team-texts.ts";
import { copyThemeEvening, parseCopyForm, readCopyForm, themeEvenings, type CopyForm, type ThemeEvening } from "./theme-evenings.ts";
import { CopyThemeEveningPage, ThemeEveningListPage } from "./theme-evening-views.tsx";

/** The "Ny i Norge" theme evening templates, copied into a municipality's events by its coordinators and administrators. */
export const themeEveningPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { services } = app;
  const access = rolesAllowed(...mentoringCoordinatorRoles);
  const templateParams = Type.Object({ lang: languageParam, template: StringEnum(themeEvenings) });

  async function municipalityOptions(request: FastifyRequest) {
    const numbers = await municipalitiesCovered(services, request.viewer!, mentoringCoordinatorRoles);
    const rows = numbers.length > 0 ? await services.db.selectFrom("municipalities").select(["number", "name"]).where("number", "in", numbers).orderBy("name").execute() : [];
    return rows.map((m) => ({ value: m.number, label: m.name }));
  }

  async function renderCopy(request: FastifyRequest, reply: FastifyReply, template: ThemeEvening, form: CopyForm, errors: FormErrors, status?: number) {
    const t = newcomerTeamTexts(request.language);
    return sendPage(request, reply, <CopyThemeEveningPage template={template} form={form} errors={errors} municipalities={await municipalityOptions(request)} />, {
      title: t("staff.copyTitle", { title: t(`template.${template}.title`) }),
      status,
    });
  }

  app.get("/:lang/ansatt/temakvelder", { config: { access }, schema: { params: Type.Object({ lang: languageParam }) } }, async (request, reply) =>
    sendPage(request, reply, <ThemeEveningListPage />, { title: newcomerTeamTexts(request.language)("staff.title") }),
  );

  app.get("/:lang/ansatt/temakvelder/:template", { config: { access }, schema: { params: templateParams } }, async (request, reply) => {
    const template = request.params.template;
    const partner = newcomerTeamTexts(request.language)(`template.${template}.partner`);
    return renderCopy(request, reply, template, { fields: { startTime: "18:00", endTime: "20:00", partners: partner }, interpreters: [] }, noErrors);
  });

  app.post("/:lang/ansatt/temakvelder/:template", { config: { access }, schema: { params: templateParams }, preValidation: app.csrfProtection }, async (request, reply) => {
    const { lang, template } = request.params;
    const form = readCopyForm(request.body);
    const parsed = parseCopyForm(form, (await municipalityOptions(request)).map((o) => o.value));
    if (!parsed.ok) {
      const t = newcomerTeamTexts(lang);
      return renderCopy(request, reply, template, form, { fields: Object.fromEntries(Object.entries(parsed.problems).map(([field, code]) => [field, t(`errors.${code}`)])) }, 400);
    }
    const eventId = await copyThemeEvening(services, request.viewer!, template, parsed.input, request.ip);
    return reply.redirect(`${eventsPaths.staffEvent(lang, eventId)}?melding=created`, 303);
  });
};
