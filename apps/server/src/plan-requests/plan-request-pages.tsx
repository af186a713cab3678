import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { Heading } from "@digdir/designsystemet-react";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { caseActor, caseworkRoles } from "../cases/case-access.ts";
import { CreateParticipantPage } from "../cases/cases-views.tsx";
import { casesTexts } from "../cases/cases-texts.ts";
import { rolesAllowed } from "../platform/access.ts";
import { InvalidInputError } from "../platform/domain-errors.ts";
import { planFields } from "../plans/plan-form.ts";
import { formFields, noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { usePage } from "../web/page-context.tsx";
import { sendPage } from "../web/render-page.tsx";
import { newcomerTexts } from "../newcomers/newcomer-texts.ts";
import { planRequestPaths } from "./plan-request-paths.ts";
import { createPlanRequests, municipalityNameOf, planRequestsOf } from "./plan-request-repository.ts";
import { planRequestTexts } from "./plan-request-texts.ts";
import { OpenedRequestFacts, PlanRequestListPage, PlanRequestSection } from "./plan-request-views.tsx";

const casework = rolesAllowed(...caseworkRoles);
const newcomersOnly = rolesAllowed("newcomer");
const langParams = Type.Object({ lang: languageParam });
const idParams = Type.Object({ lang: languageParam, id: Type.String({ format: "uuid" }) });

/** The consent form again, with its error, when the request was sent without the tick. */
function AskAgainPage({ answers, municipalityName, consentError }: { answers: Record<string, string>; municipalityName: string; consentError: string }) {
  const { lang } = usePage();
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {newcomerTexts(lang)("myPage.title")}
      </Heading>
      <PlanRequestSection answers={answers} municipalityName={municipalityName} requests={[]} consentError={consentError} />
    </div>
  );
}

/**
 * A newcomer's request to have a case opened from their saved plan (issue 13): asked and withdrawn
 * on Min side, listed and opened by the coordinators of the plan's municipality, whose
 * registration form (cases/) it prefills; saving that form marks it used.
 */
export const planRequestPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, users, clock, savedPlans } = app.services;
  const requests = createPlanRequests(db, clock);
  const csrf = app.csrfProtection;
  const actorOf = (request: FastifyRequest) => caseActor(request.viewer!, users);

  app.post("/:lang/min-side/foresporsel", { config: { access: newcomersOnly }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const lang = request.language;
    const saved = await savedPlans.find(request.viewer!.id);
    if (!saved) throw new InvalidInputError([{ path: "plan", code: "required", message: "save a plan first: the request shares the saved plan" }], 409);
    if (formFields(request.body).samtykke !== "ja") {
      const municipalityName = await municipalityNameOf(db, saved.answers[planFields.municipality] ?? "");
      return sendPage(request, reply, <AskAgainPage answers={saved.answers} municipalityName={municipalityName} consentError={planRequestTexts(lang)("ask.consentRequired")} />, {
        title: planRequestTexts(lang)("ask.heading"),
        status: 400,
      });
    }
    await requests.ask(request.viewer!.id);
    return reply.redirect(planRequestPaths.afterChange(lang, "sendt"), 303);
  });

  app.post("/:lang/min-side/foresporsel/:id/trekk", { config: { access: newcomersOnly }, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    await requests.withdraw(request.viewer!.id, request.params.id);
    return reply.redirect(planRequestPaths.afterChange(request.language, "trukket"), 303);
  });

  app.get("/:lang/ansatt/deltakere/foresporsler", { config: { access: casework }, schema: { params: langParams } }, async (request, reply) => {
    const open = await requests.openFor(await actorOf(request));
    return sendPage(request, reply, <PlanRequestListPage requests={open} />, { title: planRequestTexts(request.language)("staff.title") });
  });

  app.get("/:lang/ansatt/deltakere/foresporsler/:id", { config: { access: casework }, schema: { params: idParams } }, async (request, reply) => {
    const actor = await actorOf(request);
    const opened = await requests.open(actor, request.params.id);
    const answer = (field: string) => opened.answers[field] ?? "";
    const arrival = answer(planFields.arrival);
    const values = {
      municipality: opened.municipality,
      name: "",
      birthDate: "",
      identityNumber: "",
      residenceBasis: answer(planFields.basis),
      settlementDate: "",
      // Only the month is known: the first of it, which the form asks the coordinator to check.
      arrivalDate: arrival ? `${arrival}-01` : "",
      education: answer(planFields.education),
      languages: "",
      interpreterLanguage: "",
      childrenBirthDates: "",
      livesWithParents: "no",
      memberId: "",
      requestId: opened.id,
    };
    const names = new Map([[opened.municipality, opened.municipalityName]]);
    return sendPage(request, reply, <CreateParticipantPage values={values} errors={noErrors} names={names} intro={<OpenedRequestFacts request={opened} />} />, {
      title: casesTexts(request.language)("create.title"),
    });
  });
};

/** Min side's section for the saved plan: built by the Min side route, which knows the plan. */
export async function planRequestSection(db: Parameters<typeof planRequestsOf>[0], userId: string, answers: Record<string, string>) {
  const [requests, municipalityName] = await Promise.all([planRequestsOf(db, userId), municipalityNameOf(db, answers[planFields.municipality] ?? "")]);
  return <PlanRequestSection answers={answers} municipalityName={municipalityName} requests={requests} />;
}
