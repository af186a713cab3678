import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Language } from "@velkomst/i18n";
import { caseActor } from "../cases/case-access.ts";
import { guidanceAccess } from "../guidance/guidance-access.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { formFields, noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { CorrectionPage, formValuesOf, RemovalPage } from "./training-correction-views.tsx";
import { createTrainingCorrections, type CorrectableRecord, type CorrectionValues } from "./training-corrections.ts";
import { problemTexts, readAttendanceForm, readCorrection, readCorrectionReason, readExemptionForm, readResultForm, type Read } from "./training-form.ts";
import { accessible } from "./training-repository.ts";
import { correctionSegments, trainingPaths } from "./training-paths.ts";
import { correctionKinds, type CorrectionKind } from "./training-tables.ts";
import { trainingTexts } from "./training-texts.ts";

type Params = { lang: Language; id: string; recordId: string };
type Form = { values?: Record<string, string>; errors?: FormErrors; status?: number };

const recordParams = Type.Object({ lang: languageParam, id: Type.String({ maxLength: 60 }), recordId: Type.String({ maxLength: 60 }) });

/** Each kind is read with the same checks as when it was added (quarter hours, ≤ 24 a session, ≤ 168 a week, no date after today). */
const readers: { [K in CorrectionKind]: (fields: Record<string, string>, arrivalDate: string, today: string) => Read<CorrectionValues[K]> } = {
  result: readResultForm,
  exemption: (fields, _arrival, today) => readExemptionForm(fields, today),
  hours: readAttendanceForm,
};

/**
 * Changing and removing a learner's test result, exemption or hours, with the reason: a form that
 * works without JavaScript, and a confirm step before a removal. Another municipality's learner, or a
 * record that is not this learner's, answers 404 and nothing changes.
 */
export const trainingCorrectionPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, clock, users } = app.services;
  const corrections = createTrainingCorrections(db, clock);
  const csrf = app.csrfProtection;
  const staff = { access: guidanceAccess };
  const actorOf = (request: FastifyRequest) => caseActor(request.viewer!, users);
  const learnerOf = (id: string) => db.selectFrom("training_learners").select(["id", "name", "arrival_date"]).where("id", "=", id).executeTakeFirstOrThrow();

  for (const kind of correctionKinds) {
    const url = `/:lang/ansatt/opplaering/:id/${correctionSegments[kind]}/:recordId`;

    async function show(request: FastifyRequest, reply: FastifyReply, step: "change" | "remove", form: Form) {
      const { lang, id, recordId } = request.params as Params;
      const record = { kind, value: await corrections.read(id, kind, recordId, await actorOf(request)) } as CorrectableRecord;
      const learner = await learnerOf(id);
      const Page = step === "change" ? CorrectionPage : RemovalPage;
      const t = trainingTexts(lang);
      return sendPage(request, reply, <Page learner={learner} record={record} recordId={recordId} values={form.values ?? formValuesOf(record, lang)} errors={form.errors ?? noErrors} />, {
        title: step === "change" ? t(`correction.editTitle.${kind}`, { name: learner.name }) : t(`correction.removeTitle.${kind}`, { name: learner.name }),
        status: form.status,
        personal: true,
      });
    }

    /** The learner's own check first, so another municipality's learner is 404 whatever the form says. */
    async function checked(request: FastifyRequest) {
      const { id } = request.params as Params;
      const actor = await actorOf(request);
      await accessible(db, id, actor);
      return { actor, learner: await learnerOf(id), fields: formFields(request.body) };
    }

    app.get(url, { config: staff, schema: { params: recordParams } }, (request, reply) => show(request, reply, "change", {}));

    app.post(url, { config: staff, schema: { params: recordParams }, preValidation: csrf }, async (request, reply) => {
      const { lang, id, recordId } = request.params;
      const { actor, learner, fields } = await checked(request);
      const read = readCorrection<CorrectionValues[CorrectionKind]>(readers[kind](fields, learner.arrival_date, clock.today()), fields);
      if (!read.ok) return show(request, reply, "change", { values: fields, errors: problemTexts(read.errors, lang), status: 400 });
      await corrections.change(id, kind, recordId, read.value.value, read.value.reason, actor);
      return reply.redirect(`${trainingPaths.learner(lang, id)}?lagret=rett`, 303);
    });

    app.get(`${url}/fjern`, { config: staff, schema: { params: recordParams } }, (request, reply) => show(request, reply, "remove", {}));

    app.post(`${url}/fjern`, { config: staff, schema: { params: recordParams }, preValidation: csrf }, async (request, reply) => {
      const { lang, id, recordId } = request.params;
      const { actor, fields } = await checked(request);
      const reason = readCorrectionReason(fields);
      if (!reason.ok) return show(request, reply, "remove", { values: fields, errors: problemTexts(reason.errors, lang), status: 400 });
      await corrections.remove(id, kind, recordId, reason.value, actor);
      return reply.redirect(`${trainingPaths.learner(lang, id)}?lagret=fjern`, 303);
    });
  }
};
