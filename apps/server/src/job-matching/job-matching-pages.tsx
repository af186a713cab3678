import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { StringEnum } from "@velkomst/validation";
import type { Employer } from "../employers/employers-repository.ts";
import { rolesAllowed } from "../platform/access.ts";
import { NotFoundError } from "../platform/domain-errors.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { formFields, noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { MessagePage } from "../web/pages/message-page.tsx";
import { pageStylesheets } from "../web/page-stylesheets.ts";
import { sendPage } from "../web/render-page.tsx";
import { fairsFor, saveStand } from "./job-fair-stands.tsx";
import {
  answerRequest,
  candidateForOpening,
  candidatesForOpening,
  createOpening,
  openingsForCandidate,
  openingsOf,
  ownMatchingProfile,
  ownOpening,
  requestContact,
  requestsTo,
  setMatchingOptIn,
  setOpeningStatus,
  updateOpening,
  type Opening,
} from "./job-matching-repository.ts";
import { jobMatchingPaths } from "./job-matching-paths.ts";
import { jobMatchingTexts, type JobMatchingTranslator } from "./job-matching-texts.ts";
import { CandidatePage, MyJobsPage, OpeningFormPage, OpeningPage, OpeningsPage, type OpeningFormValues } from "./job-matching-views.tsx";
import { checkOpeningForm, norwegianFields, type OpeningProblem } from "./opening-form.ts";
import { norwegianSkills } from "./match-facts.ts";
import { occupationName } from "./occupation-names.ts";

const employerOnly = rolesAllowed("employer");
const newcomersOnly = rolesAllowed("newcomer");
const employerNotices = ["created", "updated", "closed", "reopened", "requested", "stand", "withdrawn"] as const;
const candidateNotices = { inn: "mine.optedInNotice", ut: "mine.optedOutNotice", ja: "mine.acceptedNotice", nei: "mine.declinedNotice" } as const;

const langParams = Type.Object({ lang: languageParam });
const uuid = Type.String({ format: "uuid" });
const openingParams = Type.Object({ lang: languageParam, id: uuid });
const candidateParams = Type.Object({ lang: languageParam, id: uuid, profileId: uuid });
const noticeQuery = Type.Object({ melding: Type.Optional(StringEnum(employerNotices)) });

function formErrors(problems: Record<string, OpeningProblem>, t: JobMatchingTranslator): FormErrors {
  return { fields: Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, t(`expected.${problem}`)])) };
}

/** A stored opening as the form shows it. */
function formValuesOf(opening: Opening, lang: FastifyRequest["language"]): OpeningFormValues {
  const other = opening.languages[0];
  return {
    tittel: opening.title,
    yrke: occupationName(opening.occupationCode, lang),
    kommune: opening.municipalityNumber,
    timer: String(opening.hoursPerWeek),
    start: opening.startsOn,
    sprak: other?.code ?? "",
    sprakniva: other && other.level !== "native" ? other.level : "",
    forerkort: opening.drivingLicence ?? "",
    sertifikat: opening.certificate ?? "",
    ...Object.fromEntries(norwegianSkills.map((s) => [norwegianFields[s], opening.norwegian?.[s] ?? ""])),
  };
}

/** Job matching's pages (issue 19): the employer's openings and candidates, and the candidate's page on Min side. */
export const jobMatchingPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  pageStylesheets(app, "job-matching.css");
  const { services } = app;
  const { db, clock, employers } = services;
  const csrf = app.csrfProtection;

  /** The viewer's approved employer; without one, the page saying so (and undefined). */
  async function employerOf(request: FastifyRequest, reply: FastifyReply): Promise<Employer | undefined> {
    const employer = await employers.employerOf(request.viewer!.id);
    if (!employer) await sendPage(request, reply, <MessagePage title={jobMatchingTexts(request.language)("openings.title")} text={jobMatchingTexts(request.language)("notLinked")} color="info" />, { title: jobMatchingTexts(request.language)("openings.title"), status: 404 });
    return employer;
  }

  app.get("/:lang/arbeidsgiver/stillinger", { config: { access: employerOnly }, schema: { params: langParams, querystring: noticeQuery } }, async (request, reply) => {
    const employer = await employerOf(request, reply);
    if (!employer) return reply;
    const t = jobMatchingTexts(request.language);
    const [openings, fairs] = await Promise.all([openingsOf(db, employer.id), fairsFor(db, employer, clock.now(), request.language)]);
    const notice = request.query.melding && t(`openings.notice.${request.query.melding}`);
    return sendPage(request, reply, <OpeningsPage openings={openings} fairs={fairs} notice={notice} />, { title: t("openings.title") });
  });

  async function renderForm(request: FastifyRequest, reply: FastifyReply, employer: Employer, values: OpeningFormValues, checked: { errors: FormErrors; choices: ReturnType<typeof checkOpeningForm>["choices"] }, opening: Opening | undefined, status?: number) {
    const t = jobMatchingTexts(request.language);
    const action = opening ? jobMatchingPaths.editOpening(request.language, opening.id) : jobMatchingPaths.newOpening(request.language);
    return sendPage(request, reply, <OpeningFormPage employer={employer} values={values} errors={checked.errors} choices={checked.choices} action={action} editing={Boolean(opening)} />, {
      title: opening ? t("form.editTitle") : t("form.newTitle"),
      status,
    });
  }

  app.get("/:lang/arbeidsgiver/stillinger/ny", { config: { access: employerOnly }, schema: { params: langParams } }, async (request, reply) => {
    const employer = await employerOf(request, reply);
    if (!employer) return reply;
    return renderForm(request, reply, employer, { kommune: employer.workplaces[0]?.municipalityNumber ?? "", timer: "37", start: clock.today() }, { errors: noErrors, choices: [] }, undefined);
  });

  /** Saves a new or changed opening; the form again with what to fix (400), or the opening's page. */
  async function saveOpening(request: FastifyRequest, reply: FastifyReply, employer: Employer, existing: Opening | undefined) {
    const values = formFields(request.body);
    const checked = checkOpeningForm(values, employer, clock.today(), existing?.startsOn);
    if (!checked.input) return renderForm(request, reply, employer, values, { errors: formErrors(checked.problems, jobMatchingTexts(request.language)), choices: checked.choices }, existing, 400);
    if (existing) await updateOpening(services, request.viewer!, existing, checked.input, request.ip);
    const id = existing?.id ?? (await createOpening(services, request.viewer!, employer, checked.input, request.ip));
    return reply.redirect(`${jobMatchingPaths.opening(request.language, id)}?melding=${existing ? "updated" : "created"}`, 303);
  }

  app.post("/:lang/arbeidsgiver/stillinger/ny", { config: { access: employerOnly }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const employer = await employerOf(request, reply);
    if (!employer) return reply;
    return saveOpening(request, reply, employer, undefined);
  });

  app.get("/:lang/arbeidsgiver/stillinger/:id", { config: { access: employerOnly }, schema: { params: openingParams, querystring: noticeQuery } }, async (request, reply) => {
    const employer = await employerOf(request, reply);
    if (!employer) return reply;
    const opening = await ownOpening(db, employer, request.params.id);
    const matches = await candidatesForOpening(services, request.viewer!, opening, request.ip);
    const notice = request.query.melding && jobMatchingTexts(request.language)(`openings.notice.${request.query.melding}`);
    return sendPage(request, reply, <OpeningPage opening={opening} matches={matches} notice={notice} />, { title: opening.title, personal: true });
  });

  app.get("/:lang/arbeidsgiver/stillinger/:id/endre", { config: { access: employerOnly }, schema: { params: openingParams } }, async (request, reply) => {
    const employer = await employerOf(request, reply);
    if (!employer) return reply;
    const opening = await ownOpening(db, employer, request.params.id);
    return renderForm(request, reply, employer, formValuesOf(opening, request.language), { errors: noErrors, choices: [] }, opening);
  });

  app.post("/:lang/arbeidsgiver/stillinger/:id/endre", { config: { access: employerOnly }, schema: { params: openingParams }, preValidation: csrf }, async (request, reply) => {
    const employer = await employerOf(request, reply);
    if (!employer) return reply;
    return saveOpening(request, reply, employer, await ownOpening(db, employer, request.params.id));
  });

  app.post("/:lang/arbeidsgiver/stillinger/:id/status", { config: { access: employerOnly }, schema: { params: openingParams, body: Type.Object({ status: StringEnum(["open", "closed"] as const) }) }, preValidation: csrf }, async (request, reply) => {
    const employer = await employerOf(request, reply);
    if (!employer) return reply;
    const opening = await ownOpening(db, employer, request.params.id);
    await setOpeningStatus(services, request.viewer!, opening, request.body.status, request.ip);
    return reply.redirect(`${jobMatchingPaths.opening(request.language, opening.id)}?melding=${request.body.status === "open" ? "reopened" : "closed"}`, 303);
  });

  app.get("/:lang/arbeidsgiver/stillinger/:id/kandidater/:profileId", { config: { access: employerOnly }, schema: { params: candidateParams } }, async (request, reply) => {
    const employer = await employerOf(request, reply);
    if (!employer) return reply;
    const opening = await ownOpening(db, employer, request.params.id);
    const found = await candidateForOpening(services, request.viewer!, opening, request.params.profileId, request.ip);
    return sendPage(request, reply, <CandidatePage opening={opening} found={found} />, { title: jobMatchingTexts(request.language)("candidate.title", { pseudonym: found.candidate.pseudonym }), personal: true });
  });

  app.post("/:lang/arbeidsgiver/stillinger/:id/kandidater/:profileId/kontakt", { config: { access: employerOnly }, schema: { params: candidateParams }, preValidation: csrf }, async (request, reply) => {
    const employer = await employerOf(request, reply);
    if (!employer) return reply;
    const opening = await ownOpening(db, employer, request.params.id);
    await requestContact(services, request.viewer!, opening, request.params.profileId, request.ip);
    return reply.redirect(`${jobMatchingPaths.opening(request.language, opening.id)}?melding=requested`, 303);
  });

  app.post(
    "/:lang/arbeidsgiver/jobbmesser/:id",
    { config: { access: employerOnly }, schema: { params: openingParams, body: Type.Object({ handling: StringEnum(["lagre", "trekk"] as const), stillinger: Type.Optional(Type.Union([uuid, Type.Array(uuid, { maxItems: 200 })])) }) }, preValidation: csrf },
    async (request, reply) => {
      const employer = await employerOf(request, reply);
      if (!employer) return reply;
      const fair = (await fairsFor(db, employer, clock.now(), request.language)).find((f) => f.event.id === request.params.id);
      const chosen = request.body.stillinger === undefined ? [] : typeof request.body.stillinger === "string" ? [request.body.stillinger] : request.body.stillinger;
      await saveStand(services, request.viewer!, employer, fair, request.params.id, request.body.handling === "trekk" ? null : chosen, request.ip);
      return reply.redirect(`${jobMatchingPaths.openings(request.language)}?melding=${request.body.handling === "trekk" ? "withdrawn" : "stand"}`, 303);
    },
  );

  app.get("/:lang/min-side/jobb", { config: { access: newcomersOnly }, schema: { params: langParams, querystring: Type.Object({ melding: Type.Optional(StringEnum(["inn", "ut", "ja", "nei"] as const)) }) } }, async (request, reply) => {
    const t = jobMatchingTexts(request.language);
    const profile = await ownMatchingProfile(db, request.viewer!.id);
    const [requests, openings] = profile ? await Promise.all([requestsTo(db, profile.id), profile.optedInAt ? openingsForCandidate(db, profile) : []]) : [[], []];
    const notice = request.query.melding && t(candidateNotices[request.query.melding]);
    return sendPage(request, reply, <MyJobsPage profile={profile} requests={requests} openings={openings} notice={notice} />, { title: t("mine.title"), personal: true });
  });

  async function ownProfile(request: FastifyRequest) {
    const profile = await ownMatchingProfile(db, request.viewer!.id);
    if (!profile) throw new NotFoundError("skills profile", request.viewer!.id);
    return profile;
  }

  app.post("/:lang/min-side/jobb/samtykke", { config: { access: newcomersOnly }, schema: { params: langParams, body: Type.Object({ valg: StringEnum(["inn", "ut"] as const) }) }, preValidation: csrf }, async (request, reply) => {
    await setMatchingOptIn(services, request.viewer!, await ownProfile(request), request.body.valg === "inn", request.ip);
    return reply.redirect(`${jobMatchingPaths.mine(request.language)}?melding=${request.body.valg}`, 303);
  });

  app.post(
    "/:lang/min-side/jobb/foresporsler/:id",
    { config: { access: newcomersOnly }, schema: { params: openingParams, body: Type.Object({ svar: StringEnum(["ja", "nei"] as const) }) }, preValidation: csrf },
    async (request, reply) => {
      await answerRequest(services, request.viewer!, await ownProfile(request), request.params.id, request.body.svar === "ja", request.ip);
      return reply.redirect(`${jobMatchingPaths.mine(request.language)}?melding=${request.body.svar}`, 303);
    },
  );
};
