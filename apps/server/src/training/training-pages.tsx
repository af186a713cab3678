import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Language } from "@velkomst/i18n";
import { caseActor, type CaseActor } from "../cases/case-access.ts";
import { createParticipantRepository } from "../cases/participant-repository.ts";
import { guidanceAccess } from "../guidance/guidance-access.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { formFields, noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { trainingCorrectionPages } from "./training-correction-pages.tsx";
import { createTrainingCorrections } from "./training-corrections.ts";
import { problemTexts, readAttendanceForm, readEnrolmentForm, readExemptionForm, readLearnerForm, readResultForm, type Read } from "./training-form.ts";
import { createTrainingRepository } from "./training-repository.ts";
import { trainingRulesFor } from "./training-rules.ts";
import { trainingPaths } from "./training-paths.ts";
import { trainingTexts } from "./training-texts.ts";
import { LearnerListPage, LearnerPage, NewLearnerPage } from "./training-views.tsx";

const langParams = Type.Object({ lang: languageParam });
const learnerParams = Type.Object({ lang: languageParam, id: Type.String({ maxLength: 60 }) });

/** Norwegian training and social studies: learners of the coordinator's municipalities, with right, duty and hours from the rules. */
export const trainingPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, clock, users } = app.services;
  const training = createTrainingRepository(db, clock);
  const participants = createParticipantRepository(db, clock);
  const corrections = createTrainingCorrections(db, clock);
  const csrf = app.csrfProtection;
  const staff = { access: guidanceAccess };
  const actorOf = (request: FastifyRequest) => caseActor(request.viewer!, users);

  app.get("/:lang/ansatt/opplaering", { config: staff, schema: { params: langParams } }, async (request, reply) =>
    sendPage(request, reply, <LearnerListPage learners={await training.list(await actorOf(request))} />, { title: trainingTexts(request.language)("list.title"), personal: true }),
  );

  async function newPage(request: FastifyRequest, reply: FastifyReply, actor: CaseActor, values: Record<string, string>, errors: FormErrors, status?: number) {
    const numbers = [...actor.municipalities];
    const municipalities = numbers.length === 0 ? [] : await db.selectFrom("municipalities").select(["number", "name"]).where("number", "in", numbers).orderBy("name").execute();
    // The list of participants is a read of each (the cases module logs it).
    const choices = (await participants.list(actor)).map((x) => ({ id: x.id, name: x.name }));
    return sendPage(request, reply, <NewLearnerPage municipalities={municipalities} participants={choices} values={values} errors={errors} />, { title: trainingTexts(request.language)("form.title"), status, personal: true });
  }

  app.get("/:lang/ansatt/opplaering/ny", { config: staff, schema: { params: langParams } }, async (request, reply) => newPage(request, reply, await actorOf(request), {}, noErrors));

  app.post("/:lang/ansatt/opplaering", { config: staff, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const actor = await actorOf(request);
    const fields = formFields(request.body);
    let input = fields;
    const participantId = fields.deltaker || null;
    if (participantId) {
      // A participant of the cases module: their own record gives the person's facts (the read is in their access log).
      const municipality = await participants.municipalityOf(participantId);
      if (municipality === undefined || !actor.municipalities.has(municipality)) return newPage(request, reply, actor, fields, { fields: { deltaker: trainingTexts(request.language)("errors.invalid") } }, 400);
      const record = await participants.read(participantId, actor);
      input = { ...fields, kommune: record.municipality, navn: record.name, fodselsdato: record.birthDate, grunnlag: record.residenceBasis, utdanning: record.education };
    }
    const read = readLearnerForm(input, actor.municipalities, clock.today());
    if (!read.ok) return newPage(request, reply, actor, fields, problemTexts(read.errors, request.language), 400);
    const id = await training.create({ ...read.value, participantId }, actor);
    return reply.redirect(trainingPaths.learner(request.params.lang, id), 303);
  });

  async function learnerPage(request: FastifyRequest, reply: FastifyReply, id: string, form: { values?: Record<string, string>; errors?: FormErrors; status?: number; notice?: string } = {}) {
    const learner = await training.read(id, await actorOf(request));
    const history = await corrections.history(id);
    return sendPage(request, reply, <LearnerPage learner={learner} corrections={history} rules={trainingRulesFor(learner, clock.today(), request.language)} values={form.values ?? {}} errors={form.errors ?? noErrors} notice={form.notice} />, {
      title: trainingTexts(request.language)("learner.title", { name: learner.name }),
      status: form.status,
      personal: true,
    });
  }

  // After a save the page says what happened: saved, a correction saved (`rett`) or a record removed (`fjern`).
  const notices = { rett: "correction.changedNotice", fjern: "correction.removedNotice" } as const;
  app.get("/:lang/ansatt/opplaering/:id", { config: staff, schema: { params: learnerParams, querystring: Type.Object({ lagret: Type.Optional(Type.String({ maxLength: 5 })) }) } }, async (request, reply) => {
    const saved = request.query.lagret;
    const notice = saved ? trainingTexts(request.language)(saved === "rett" || saved === "fjern" ? notices[saved] : "learner.saved") : undefined;
    return learnerPage(request, reply, request.params.id, { notice });
  });

  /** A change of one learner from a form: problems come back on the learner's page, nothing is stored. */
  function change<T>(read: (fields: Record<string, string>, arrivalDate: string, today: string) => Read<T>, save: (id: string, value: T, actor: CaseActor) => Promise<unknown>) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const { lang, id } = request.params as { lang: Language; id: string };
      const actor = await actorOf(request);
      await training.accessible(id, actor);
      const fields = formFields(request.body);
      const { arrival_date } = await db.selectFrom("training_learners").select("arrival_date").where("id", "=", id).executeTakeFirstOrThrow();
      const result = read(fields, arrival_date, clock.today());
      if (!result.ok) return learnerPage(request, reply, id, { values: fields, errors: problemTexts(result.errors, lang), status: 400 });
      await save(id, result.value, actor);
      return reply.redirect(`${trainingPaths.learner(lang, id)}?lagret=1`, 303);
    };
  }

  app.post("/:lang/ansatt/opplaering/:id/resultat", { config: staff, schema: { params: learnerParams }, preValidation: csrf }, change(readResultForm, training.addResult));
  app.post("/:lang/ansatt/opplaering/:id/fritak", { config: staff, schema: { params: learnerParams }, preValidation: csrf }, change((fields, _arrival, today) => readExemptionForm(fields, today), training.addExemption));
  app.post("/:lang/ansatt/opplaering/:id/pamelding", { config: staff, schema: { params: learnerParams }, preValidation: csrf }, change(readEnrolmentForm, training.setEnrolment));
  app.post("/:lang/ansatt/opplaering/:id/timer", { config: staff, schema: { params: learnerParams }, preValidation: csrf }, change(readAttendanceForm, training.addAttendance));
  await app.register(trainingCorrectionPages);
};
