import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { createValidator, type FieldError } from "@velkomst/validation";
import type { Language } from "@velkomst/i18n";
import { uiTranslator } from "../i18n/ui-translator.ts";
import { rolesAllowed } from "../platform/access.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import { caseActor, caseworkRoles } from "../cases/case-access.ts";
import { createParticipantRepository } from "../cases/participant-repository.ts";
import { byNorwegianName } from "../municipalities/municipality-finder.ts";
import { translateFieldErrors } from "../web/form-validation.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { cvOfProfile } from "./cv-content.ts";
import { cvToPdf } from "./cv-pdf.ts";
import type { SkillsProfile } from "./skills-profile.ts";
import { bodyOfDraft, draftFromForm, draftOf, emptyDraft, fieldOfPath, type FormBody, type ProfileDraft } from "./skills-profile-form.ts";
import { draftFromParticipant } from "./skills-profile-prefill.ts";
import { skillsProfilePaths, type ProfilePaths } from "./skills-profile-paths.ts";
import { auditOwnChanges, createSkillsProfileRepository, type AccessRecorder, type ProfileOwner } from "./skills-profile-repository.ts";
import { skillsProfileBody, type SkillsProfileInput } from "./skills-profile-schema.ts";
import { skillsProfileTexts } from "./skills-profile-texts.ts";
import { profileErrors } from "./skills-profile-validation.ts";
import { CvPage, ProfilePage } from "./skills-profile-views.tsx";

const newcomersOnly = rolesAllowed("newcomer");
const casework = rolesAllowed(...caseworkRoles);
const langParams = Type.Object({ lang: languageParam });
const idParams = Type.Object({ lang: languageParam, id: Type.String({ format: "uuid" }) });
const formQuery = Type.Object({ lagret: Type.Optional(Type.String({ maxLength: 4 })), slettet: Type.Optional(Type.String({ maxLength: 4 })) });
const cvQuery = Type.Object({ sprak: Type.Optional(Type.String({ maxLength: 5 })) });
const validateProfile = createValidator(skillsProfileBody);
/** The codes this module words itself; others get the site's general wording. */
const ownCodes = new Set(["occupationChoose", "occupationNotFound", "country", "futureYear", "yearOrder", "language", "municipality"]);

/** Whose profile a request is about, where its pages are, and how reads and changes are logged. */
interface ProfileContext {
  owner: ProfileOwner;
  paths: ProfilePaths;
  mode: "own" | "adviser";
  record?: AccessRecorder;
  subjectName?: string;
  /** The form of a profile not yet made. */
  newDraft: () => Promise<{ draft: ProfileDraft; prefilled: boolean }>;
}

/**
 * The skills profile's pages (issue 19): a newcomer's own under "Min side" and a participant's on
 * the adviser's record, the same form, consent and CV for both. The adviser's every read and change
 * is in the participant's access log, written in the transaction that reads or changes.
 */
export const skillsProfilePages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, clock, users } = app.services;
  const profiles = createSkillsProfileRepository(db, clock);
  const participants = createParticipantRepository(db, clock);
  const csrf = app.csrfProtection;

  const allMunicipalities = async () => byNorwegianName(await db.selectFrom("municipalities").select(["number", "name"]).execute());

  function ownContext(request: FastifyRequest): ProfileContext {
    const lang = request.language;
    return {
      owner: { kind: "user", userId: request.viewer!.id },
      paths: skillsProfilePaths.own(lang),
      mode: "own",
      record: auditOwnChanges(request.viewer!.id, request.ip),
      newDraft: async () => ({ draft: { ...emptyDraft(lang), email: request.viewer!.email }, prefilled: false }),
    };
  }

  /** A participant in the adviser's municipalities (else 404, nothing logged), with the log writer for their profile. */
  async function participantContext(request: FastifyRequest, participantId: string): Promise<ProfileContext> {
    const lang = request.language;
    const actor = await caseActor(request.viewer!, users);
    const row = await db.selectFrom("case_participants").select(["name", "municipality_number", "education", "languages", "skills"]).where("id", "=", participantId).where("anonymised_at", "is", null).executeTakeFirst();
    if (!row || !actor.municipalities.has(row.municipality_number)) throw new NotFoundError("participant", participantId);
    return {
      owner: { kind: "participant", participantId },
      paths: skillsProfilePaths.participant(lang, participantId),
      mode: "adviser",
      subjectName: row.name,
      record: (trx, access) => participants.logAccess(trx, [participantId], actor, access),
      newDraft: async () => {
        // The prefill reads the record: that is in the log too.
        await participants.logAccess(db, [participantId], actor, "read");
        return { draft: draftFromParticipant({ name: row.name, municipalityNumber: row.municipality_number, education: row.education, languages: row.languages, skills: row.skills }, lang), prefilled: true };
      },
    };
  }

  async function renderForm(request: FastifyRequest, reply: FastifyReply, context: ProfileContext, state: { draft?: ProfileDraft; profile?: SkillsProfile; errors?: FormErrors; choices?: FormBody["occupationChoices"]; notice?: string; status?: number }) {
    const s = skillsProfileTexts(request.language);
    const fresh = state.draft ? undefined : state.profile ? { draft: draftOf(state.profile), prefilled: false } : await context.newDraft();
    const draft = state.draft ?? fresh!.draft;
    // A saved job's title shows its matches again, so the chosen occupation can be changed.
    const choices = state.choices ?? bodyOfDraft(draft).occupationChoices;
    return sendPage(
      request,
      reply,
      <ProfilePage
        draft={draft}
        errors={state.errors ?? { fields: {} }}
        paths={context.paths}
        mode={context.mode}
        consentGivenAt={state.profile?.consentGivenAt}
        occupationChoices={choices}
        municipalities={await allMunicipalities()}
        notice={state.notice}
        prefilled={fresh?.prefilled}
        subjectName={context.subjectName}
      />,
      { title: context.subjectName ? `${s("page.title")} – ${context.subjectName}` : s("page.title"), status: state.status, personal: true },
    );
  }

  async function showForm(request: FastifyRequest, reply: FastifyReply, context: ProfileContext, query: { lagret?: string; slettet?: string }) {
    const s = skillsProfileTexts(request.language);
    const profile = await profiles.find(context.owner, context.record);
    const notice = query.lagret !== undefined && profile ? s("page.saved") : query.slettet !== undefined && !profile ? s("page.deleted") : undefined;
    return renderForm(request, reply, context, { profile, notice });
  }

  function formErrorsOf(lang: Language, errors: readonly FieldError[], rowOf: FormBody["rowOf"]): FormErrors {
    const s = skillsProfileTexts(lang);
    const fields: Record<string, string> = {};
    for (const error of errors) {
      // A job without a code is a problem with its title: the code comes from the title.
      const field = fieldOfPath(error.path.replace(/\.occupationCode$/, ".title"), rowOf);
      if (fields[field]) continue;
      fields[field] = ownCodes.has(error.code) ? s(`errors.${error.code as "country"}`, error.params) : (Object.values(translateFieldErrors([{ ...error, path: "x" }], uiTranslator(lang)).fields)[0] ?? error.message);
    }
    return { fields };
  }

  async function saveForm(request: FastifyRequest, reply: FastifyReply, context: ProfileContext) {
    const lang = request.language;
    const s = skillsProfileTexts(lang);
    const draft = draftFromForm(request.body, lang);
    const { body, rowOf, occupationErrors, occupationChoices } = bodyOfDraft(draft);
    const checked = validateProfile(body);
    // The form's body always has its lists, so the domain checks run on it even when the schema refused a field.
    const errors: FieldError[] = [...occupationErrors, ...(checked.ok ? [] : checked.errors), ...(await profileErrors(db, body as SkillsProfileInput, clock.today()))];
    const consent = (request.body as Record<string, unknown> | undefined)?.samtykke === "ja";
    const existing = await profiles.find(context.owner);
    const formErrors = formErrorsOf(lang, errors, rowOf);
    if (!existing && !consent) formErrors.fields.samtykke = s("consent.required");
    if (!checked.ok || Object.keys(formErrors.fields).length > 0) {
      return renderForm(request, reply, context, { draft, profile: existing, errors: formErrors, choices: occupationChoices, status: 422 });
    }
    await profiles.save(context.owner, checked.value, consent, context.record);
    return reply.redirect(`${context.paths.form}?lagret=1`, 303);
  }

  async function withdraw(reply: FastifyReply, context: ProfileContext) {
    await profiles.remove(context.owner, context.record);
    return reply.redirect(`${context.paths.form}?slettet=1`, 303);
  }

  /** The CV's language from `?sprak=`: bokmål, English or the person's own; the page's language when not given. */
  async function cvOf(request: FastifyRequest, context: ProfileContext, sprak: string | undefined) {
    const profile = await profiles.find(context.owner, context.record);
    if (!profile) throw new NotFoundError("skills profile", "of this person");
    return cvOfProfile(db, profile, sprak ?? request.language, clock.today(), { field: "sprak", status: 400 });
  }

  async function cvPage(request: FastifyRequest, reply: FastifyReply, context: ProfileContext, sprak: string | undefined) {
    const cv = await cvOf(request, context, sprak);
    return sendPage(request, reply, <CvPage cv={cv} pdfHref={context.paths.pdf(cv.lang)} />, { title: cv.title, personal: true });
  }

  async function cvPdf(request: FastifyRequest, reply: FastifyReply, context: ProfileContext, sprak: string | undefined) {
    const cv = await cvOf(request, context, sprak);
    const pdf = await cvToPdf(cv, clock.now());
    return reply.type("application/pdf").header("content-disposition", `attachment; filename="cv-${cv.lang}.pdf"`).header("cache-control", "no-store").send(pdf);
  }

  app.get("/:lang/min-side/kompetanse", { config: { access: newcomersOnly }, schema: { params: langParams, querystring: formQuery } }, (request, reply) => showForm(request, reply, ownContext(request), request.query));
  app.post("/:lang/min-side/kompetanse", { config: { access: newcomersOnly }, schema: { params: langParams }, preValidation: csrf }, (request, reply) => saveForm(request, reply, ownContext(request)));
  app.post("/:lang/min-side/kompetanse/slett", { config: { access: newcomersOnly }, schema: { params: langParams }, preValidation: csrf }, (request, reply) => withdraw(reply, ownContext(request)));
  app.get("/:lang/min-side/kompetanse/cv", { config: { access: newcomersOnly }, schema: { params: langParams, querystring: cvQuery } }, (request, reply) => cvPage(request, reply, ownContext(request), request.query.sprak));
  app.get("/:lang/min-side/kompetanse/cv.pdf", { config: { access: newcomersOnly }, schema: { params: langParams, querystring: cvQuery } }, (request, reply) => cvPdf(request, reply, ownContext(request), request.query.sprak));

  app.get("/:lang/ansatt/deltakere/:id/kompetanse", { config: { access: casework }, schema: { params: idParams, querystring: formQuery } }, async (request, reply) => showForm(request, reply, await participantContext(request, request.params.id), request.query));
  app.post("/:lang/ansatt/deltakere/:id/kompetanse", { config: { access: casework }, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => saveForm(request, reply, await participantContext(request, request.params.id)));
  app.post("/:lang/ansatt/deltakere/:id/kompetanse/slett", { config: { access: casework }, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => withdraw(reply, await participantContext(request, request.params.id)));
  app.get("/:lang/ansatt/deltakere/:id/kompetanse/cv", { config: { access: casework }, schema: { params: idParams, querystring: cvQuery } }, async (request, reply) => cvPage(request, reply, await participantContext(request, request.params.id), request.query.sprak));
  app.get("/:lang/ansatt/deltakere/:id/kompetanse/cv.pdf", { config: { access: casework }, schema: { params: idParams, querystring: cvQuery } }, async (request, reply) => cvPdf(request, reply, await participantContext(request, request.params.id), request.query.sprak));
};
