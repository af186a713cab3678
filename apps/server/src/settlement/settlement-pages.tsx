import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { parseDateInput, type FieldError } from "@velkomst/validation";
import { rolesAllowed } from "../platform/access.ts";
import { DomainError, InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { languageParam } from "../web/language-param.ts";
import { formFields } from "../web/form-validation.ts";
import { sendPage } from "../web/render-page.tsx";
import { mayActFor, requireMunicipality, type SettlementActor } from "./settlement-access.ts";
import { settlementPaths } from "./settlement-paths.ts";
import { settlementTexts, type SettlementTranslator } from "./settlement-texts.ts";
import { maximumWeight, scoreParts, type Weights } from "./scoring/settlement-score.ts";
import { formatDateTime, settlementFieldErrors } from "./views/common.tsx";
import { HomePage, MunicipalityPage, WeightsPage, YearPage, type FormState } from "./views/cycle-views.tsx";
import { FairnessPage } from "./views/fairness-view.tsx";
import { EnquiriesPage, HouseholdPage, HouseholdsPage } from "./views/household-views.tsx";
import { HouseholdFormPage } from "./views/intake-views.tsx";
import { formValuesOf, householdFormErrors, householdFormValues, parseHouseholdForm, validateHouseholdForm, type FormValues } from "./settlement-intake-form.ts";
import { ProposalPage, RunPage, RunsPage } from "./views/run-views.tsx";
import { ConfirmAcceptPage, ConfirmSendAllPage, confirmedField } from "./views/confirm-views.tsx";

const imdi = rolesAllowed("national-admin");
const settlementRoles = rolesAllowed("national-admin", "municipality-admin");
const yearParam = Type.String({ pattern: "^20[0-9]{2}$" });
const langParams = Type.Object({ lang: languageParam });
const yearParams = Type.Object({ lang: languageParam, year: yearParam });
const idParams = Type.Object({ lang: languageParam, id: Type.String({ format: "uuid" }) });
const municipalityParams = Type.Object({ lang: languageParam, year: yearParam, number: Type.String({ pattern: "^[0-9]{4}$" }) });

const noticeKeys = ["yearOpened", "recommendation", "request", "requestAll", "decision", "weights", "run", "override", "enquiry", "enquiries", "accepted", "refused", "registered", "corrected", "unchanged"] as const;
type NoticeKey = (typeof noticeKeys)[number];

/** The success message named in `?ok=` after a POST-redirect-GET. */
function noticeFrom(request: FastifyRequest, st: SettlementTranslator): string | undefined {
  const query = request.query as Record<string, string | undefined>;
  const key = noticeKeys.find((k) => k === query.ok);
  if (!key) return undefined;
  if (key === "enquiries") return st("notices.enquiries", { sent: Number(query.sent ?? 0) || 0, skipped: Number(query.skipped ?? 0) || 0 });
  return st(`notices.${key}`);
}

const withNotice = (path: string, key: NoticeKey, extra = "") => `${path}?ok=${key}${extra}`;

/** A whole number from a form field, or a field error. */
function count(form: Record<string, string>, field: string, problems: FieldError[], options: { optional?: boolean } = {}): number {
  const raw = (form[field] ?? "").trim();
  if (raw === "" && options.optional) return 0;
  if (raw === "") {
    problems.push({ path: field, code: "required", message: "required" });
    return 0;
  }
  if (!/^\d{1,7}$/.test(raw)) {
    problems.push({ path: field, code: "integer", message: "expected a whole number" });
    return 0;
  }
  return Number(raw);
}

/** The settlement pages of the staff area (IMDi and municipality-admins). */
export const settlementPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { settlement, db } = app.services;
  const csrf = app.csrfProtection;
  const actorOf = (request: FastifyRequest): Promise<SettlementActor> => settlement.actor(request.viewer!, request.ip);
  const textsOf = (request: FastifyRequest) => settlementTexts(request.language);

  let names: Promise<Map<string, string>> | undefined;
  const municipalityNames = () =>
    (names ??= db
      .selectFrom("municipalities")
      .select(["number", "name"])
      .execute()
      .then((rows) => new Map(rows.map((r) => [r.number, r.name]))));

  /**
   * Runs a form's action and redirects; a refusal the user can fix is shown on the form instead
   * (field errors, or a conflict as a message), with the values they typed.
   */
  async function handleForm(
    request: FastifyRequest,
    reply: FastifyReply,
    render: (form: FormState, status: number) => Promise<FastifyReply>,
    values: Record<string, string>,
    action: () => Promise<string>,
  ): Promise<FastifyReply> {
    const st = textsOf(request);
    try {
      return reply.redirect(await action(), 303);
    } catch (error) {
      if (error instanceof InvalidInputError) {
        const fields = settlementFieldErrors(error.errors, st);
        const problem = fields.form ?? (Object.keys(fields).some((f) => !(f in values)) ? Object.values(fields)[0] : undefined);
        return render({ errors: fields, values, problem }, error.statusCode);
      }
      if (error instanceof DomainError && error.statusCode === 409) return render({ values, problem: st("errors.conflict") }, 409);
      throw error;
    }
  }

  // ---- Years ----

  async function renderHome(request: FastifyRequest, reply: FastifyReply, form: FormState = {}, status = 200) {
    const st = textsOf(request);
    const actor = await actorOf(request);
    const years = await settlement.cycle.listYears();
    return sendPage(request, reply, <HomePage years={years} national={actor.national} form={{ notice: noticeFrom(request, st), ...form }} />, { title: st("title"), status });
  }

  app.get("/:lang/ansatt/bosetting", { config: { access: settlementRoles }, schema: { params: langParams } }, (request, reply) => renderHome(request, reply));

  app.post("/:lang/ansatt/bosetting", { config: { access: imdi }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const form = formFields(request.body);
    const values = { year: form.year ?? "", nationalNeed: form.nationalNeed ?? "", nationalNeedMinors: form.nationalNeedMinors ?? "" };
    const problems: FieldError[] = [];
    const year = count(form, "year", problems);
    if (problems.length === 0 && (year < 2000 || year > 2099)) problems.push({ path: "year", code: "invalid", message: "expected a year" });
    const nationalNeed = count(form, "nationalNeed", problems);
    const nationalNeedMinors = count(form, "nationalNeedMinors", problems, { optional: true });
    return handleForm(request, reply, (f, s) => renderHome(request, reply, f, s), values, async () => {
      if (problems.length > 0) throw new InvalidInputError(problems, 400);
      await settlement.cycle.openYear(await actorOf(request), { year, nationalNeed, nationalNeedMinors });
      return withNotice(settlementPaths.year(request.language, year), "yearOpened");
    });
  });

  async function renderYear(request: FastifyRequest, reply: FastifyReply, year: number, form: FormState = {}, status = 200) {
    const st = textsOf(request);
    const actor = await actorOf(request);
    const overview = await settlement.cycle.overview(year);
    const query = request.query as Record<string, string | undefined>;
    const own = actor.municipalities;
    const defaultCounty = overview.municipalities.find((m) => own.has(m.number))?.countyNumber;
    const county = overview.counties.some((c) => c.number === query.fylke) ? query.fylke : defaultCounty;
    return sendPage(request, reply, <YearPage overview={overview} national={actor.national} own={own} county={county} form={{ notice: noticeFrom(request, st), ...form }} />, {
      title: st("year.title", { year: String(year) }),
      status,
    });
  }

  app.get("/:lang/ansatt/bosetting/:year", { config: { access: settlementRoles }, schema: { params: yearParams } }, (request, reply) =>
    renderYear(request, reply, Number(request.params.year)),
  );

  app.post("/:lang/ansatt/bosetting/:year/fylker", { config: { access: imdi }, schema: { params: yearParams }, preValidation: csrf }, async (request, reply) => {
    const year = Number(request.params.year);
    const form = formFields(request.body);
    const values = { form: "county", county: form.county ?? "", persons: form.persons ?? "", unaccompaniedMinors: form.unaccompaniedMinors ?? "" };
    const problems: FieldError[] = [];
    const persons = count(form, "persons", problems);
    const unaccompaniedMinors = count(form, "unaccompaniedMinors", problems, { optional: true });
    return handleForm(request, reply, (f, s) => renderYear(request, reply, year, f, s), values, async () => {
      if (problems.length > 0) throw new InvalidInputError(problems, 400);
      await settlement.cycle.recordCountyRecommendation(await actorOf(request), year, { county: values.county, persons, unaccompaniedMinors });
      return withNotice(settlementPaths.year(request.language, year), "recommendation");
    });
  });

  app.post("/:lang/ansatt/bosetting/:year/anmodninger", { config: { access: imdi }, schema: { params: yearParams }, preValidation: csrf }, async (request, reply) => {
    const year = Number(request.params.year);
    const form = formFields(request.body);
    const values = { form: "request", municipality: form.municipality ?? "", persons: form.persons ?? "", unaccompaniedMinors: form.unaccompaniedMinors ?? "" };
    const problems: FieldError[] = [];
    const persons = count(form, "persons", problems);
    const unaccompaniedMinors = count(form, "unaccompaniedMinors", problems, { optional: true });
    return handleForm(request, reply, (f, s) => renderYear(request, reply, year, f, s), values, async () => {
      if (problems.length > 0) throw new InvalidInputError(problems, 400);
      await settlement.cycle.sendRequest(await actorOf(request), year, { municipality: values.municipality, persons, unaccompaniedMinors });
      return withNotice(settlementPaths.municipality(request.language, year, values.municipality), "request");
    });
  });

  app.post("/:lang/ansatt/bosetting/:year/anmodninger/alle", { config: { access: imdi }, schema: { params: yearParams }, preValidation: csrf }, async (request, reply) => {
    const year = Number(request.params.year);
    await settlement.cycle.sendRequestsToAll(await actorOf(request), year);
    return reply.redirect(withNotice(settlementPaths.year(request.language, year), "requestAll"), 303);
  });

  // ---- A municipality's request and decision ----

  async function renderMunicipality(request: FastifyRequest, reply: FastifyReply, year: number, number: string, form: FormState = {}, status = 200) {
    const st = textsOf(request);
    const actor = await actorOf(request);
    const overview = await settlement.cycle.overview(year);
    const figures = overview.municipalities.find((m) => m.number === number);
    if (!figures) throw new NotFoundError("municipality", number);
    const history = await settlement.cycle.municipalityHistory(year, number);
    return sendPage(
      request,
      reply,
      <MunicipalityPage year={year} figures={figures} history={history} mayAnswer={mayActFor(actor, number)} national={actor.national} form={{ notice: noticeFrom(request, st), ...form }} />,
      { title: st("municipality.title", { municipality: figures.name, year: String(year) }), status },
    );
  }

  app.get("/:lang/ansatt/bosetting/:year/kommuner/:number", { config: { access: settlementRoles }, schema: { params: municipalityParams } }, (request, reply) =>
    renderMunicipality(request, reply, Number(request.params.year), request.params.number),
  );

  app.post("/:lang/ansatt/bosetting/:year/kommuner/:number/vedtak", { config: { access: settlementRoles }, schema: { params: municipalityParams }, preValidation: csrf }, async (request, reply) => {
    const year = Number(request.params.year);
    const { number } = request.params;
    const form = formFields(request.body);
    const values = {
      persons: form.persons ?? "",
      unaccompaniedMinors: form.unaccompaniedMinors ?? "",
      wheelchairHomes: form.wheelchairHomes ?? "",
      healthServices: form.healthServices === "on" ? "on" : "",
      decidedOn: (form.decidedOn ?? "").trim(),
    };
    const problems: FieldError[] = [];
    const persons = count(form, "persons", problems);
    const unaccompaniedMinors = count(form, "unaccompaniedMinors", problems, { optional: true });
    const wheelchairHomes = count(form, "wheelchairHomes", problems, { optional: true });
    if (!values.decidedOn) problems.push({ path: "decidedOn", code: "required", message: "required" });
    return handleForm(request, reply, (f, s) => renderMunicipality(request, reply, year, number, f, s), values, async () => {
      // Scope first: a municipality-admin of another municipality gets 403 whatever they typed.
      const actor = await actorOf(request);
      requireMunicipality(actor, number);
      if (problems.length > 0) throw new InvalidInputError(problems, 400);
      await settlement.cycle.recordDecision(actor, year, number, { persons, unaccompaniedMinors, wheelchairHomes, healthServices: values.healthServices === "on", decidedOn: parseDateInput(values.decidedOn) ?? values.decidedOn });
      return withNotice(settlementPaths.municipality(request.language, year, number), "decision");
    });
  });

  // ---- Weights ----

  async function renderWeights(request: FastifyRequest, reply: FastifyReply, year: number, form: FormState = {}, status = 200) {
    const st = textsOf(request);
    await settlement.cycle.findYear(year);
    const [weights, history] = await Promise.all([settlement.cycle.currentWeights(year), settlement.cycle.weightHistory(year)]);
    return sendPage(request, reply, <WeightsPage year={year} weights={weights} history={history} form={{ notice: noticeFrom(request, st), ...form }} />, {
      title: st("weights.title", { year: String(year) }),
      status,
    });
  }

  app.get("/:lang/ansatt/bosetting/:year/vekter", { config: { access: imdi }, schema: { params: yearParams } }, (request, reply) => renderWeights(request, reply, Number(request.params.year)));

  app.post("/:lang/ansatt/bosetting/:year/vekter", { config: { access: imdi }, schema: { params: yearParams }, preValidation: csrf }, async (request, reply) => {
    const year = Number(request.params.year);
    const form = formFields(request.body);
    const values = Object.fromEntries(scoreParts.map((part) => [part, (form[part] ?? "").trim()]));
    const problems: FieldError[] = [];
    const weights = Object.fromEntries(
      scoreParts.map((part) => {
        const raw = (values[part] ?? "").replace(",", ".");
        const value = /^\d{1,2}(\.\d{1,3})?$/.test(raw) ? Number(raw) : Number.NaN;
        if (!(value >= 0 && value <= maximumWeight)) problems.push({ path: part, code: "number", params: { limit: maximumWeight }, message: "expected a number from 0 to 10" });
        return [part, value];
      }),
    ) as Weights;
    return handleForm(request, reply, (f, s) => renderWeights(request, reply, year, f, s), values, async () => {
      if (problems.length > 0) throw new InvalidInputError(problems, 400);
      await settlement.cycle.setWeights(await actorOf(request), year, weights);
      return withNotice(settlementPaths.weights(request.language, year), "weights");
    });
  });

  // ---- Runs and proposals ----

  async function renderRuns(request: FastifyRequest, reply: FastifyReply, year: number, form: FormState = {}, status = 200) {
    const st = textsOf(request);
    const overview = await settlement.cycle.overview(year);
    const [runs, ready] = await Promise.all([settlement.runs.listRuns(year), settlement.households.readyIds()]);
    const capacity = overview.municipalities.reduce((s, m) => s + m.remaining.persons, 0);
    return sendPage(request, reply, <RunsPage year={year} runs={runs} ready={ready.length} capacity={capacity} form={{ notice: noticeFrom(request, st), ...form }} />, {
      title: st("runs.title", { year: String(year) }),
      scripts: ["/assets/busy-form.js"],
      status,
    });
  }

  app.get("/:lang/ansatt/bosetting/:year/kjoringer", { config: { access: imdi }, schema: { params: yearParams } }, (request, reply) => renderRuns(request, reply, Number(request.params.year)));

  app.post("/:lang/ansatt/bosetting/:year/kjoringer", { config: { access: imdi }, schema: { params: yearParams }, preValidation: csrf }, async (request, reply) => {
    const year = Number(request.params.year);
    return handleForm(request, reply, (f, s) => renderRuns(request, reply, year, f, s), {}, async () => {
      const id = await settlement.runs.run(await actorOf(request), year);
      return withNotice(settlementPaths.run(request.language, id), "run");
    });
  });

  async function renderRun(request: FastifyRequest, reply: FastifyReply, id: string, form: FormState = {}, status = 200) {
    const st = textsOf(request);
    const actor = await actorOf(request);
    const run = await settlement.runs.findRun(actor, id);
    const [proposals, households, runs, names] = await Promise.all([
      settlement.runs.proposals(actor, id),
      settlement.households.list(actor),
      settlement.runs.listRuns(run.year),
      municipalityNames(),
    ]);
    const before = runs.filter((r) => r.startedAt < run.startedAt)[0];
    let previous: { run: typeof run; changed: number } | null = null;
    if (before) {
      const earlier = new Map((await settlement.runs.proposals(actor, before.id)).map((p) => [p.householdId, p.municipality]));
      const changed = proposals.filter((p) => earlier.has(p.householdId) && earlier.get(p.householdId) !== p.municipality).length;
      previous = { run: before, changed };
    }
    return sendPage(
      request,
      reply,
      <RunPage run={run} previous={previous} proposals={proposals} households={new Map(households.map((h) => [h.id, h]))} names={names} form={{ notice: noticeFrom(request, st), ...form }} />,
      { title: st("run.title", { at: formatDateTime(request.language, run.startedAt) }), status },
    );
  }

  app.get("/:lang/ansatt/bosetting/kjoringer/:id", { config: { access: imdi }, schema: { params: idParams } }, (request, reply) => renderRun(request, reply, request.params.id));

  app.post("/:lang/ansatt/bosetting/kjoringer/:id/foresporsler", { config: { access: imdi }, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    const { id } = request.params;
    if (formFields(request.body)[confirmedField] !== "yes") {
      const preview = await settlement.enquiries.previewSendAll(await actorOf(request), id);
      return sendPage(request, reply, <ConfirmSendAllPage runId={id} preview={preview} />, { title: textsOf(request)("confirm.sendAllTitle") });
    }
    return handleForm(request, reply, (f, s) => renderRun(request, reply, id, f, s), {}, async () => {
      const result = await settlement.enquiries.sendAll(await actorOf(request), id);
      return withNotice(settlementPaths.run(request.language, id), "enquiries", `&sent=${result.sent}&skipped=${result.skipped}`);
    });
  });

  async function renderProposal(request: FastifyRequest, reply: FastifyReply, id: string, form: FormState = {}, status = 200) {
    const st = textsOf(request);
    const actor = await actorOf(request);
    const row = await db.selectFrom("settlement_proposals").select(["run_id"]).where("id", "=", id).executeTakeFirst();
    if (!row) throw new NotFoundError("proposal", id);
    const run = await settlement.runs.findRun(actor, row.run_id);
    const proposal = (await settlement.runs.proposals(actor, run.id)).find((p) => p.id === id)!;
    const household = (await settlement.households.list(actor)).find((h) => h.id === proposal.householdId)!;
    return sendPage(request, reply, <ProposalPage run={run} proposal={proposal} household={household} names={await municipalityNames()} form={{ notice: noticeFrom(request, st), ...form }} />, {
      title: st("proposal.title", { reference: proposal.reference }),
      status,
    });
  }

  app.get("/:lang/ansatt/bosetting/forslag/:id", { config: { access: imdi }, schema: { params: idParams } }, (request, reply) => renderProposal(request, reply, request.params.id));

  app.post("/:lang/ansatt/bosetting/forslag/:id/overstyr", { config: { access: imdi }, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    const { id } = request.params;
    const form = formFields(request.body);
    const values = { municipality: form.municipality ?? "", reason: form.reason ?? "" };
    return handleForm(request, reply, (f, s) => renderProposal(request, reply, id, f, s), values, async () => {
      await settlement.enquiries.override(await actorOf(request), id, values);
      return withNotice(settlementPaths.proposal(request.language, id), "override");
    });
  });

  app.post("/:lang/ansatt/bosetting/forslag/:id/foresporsel", { config: { access: imdi }, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    const { id } = request.params;
    return handleForm(request, reply, (f, s) => renderProposal(request, reply, id, f, s), {}, async () => {
      await settlement.enquiries.sendEnquiry(await actorOf(request), id);
      return withNotice(settlementPaths.proposal(request.language, id), "enquiry");
    });
  });

  // ---- Enquiries and answers ----

  async function renderEnquiries(request: FastifyRequest, reply: FastifyReply, year: number, form: FormState = {}, status = 200) {
    const st = textsOf(request);
    const actor = await actorOf(request);
    await settlement.cycle.findYear(year);
    const enquiries = await settlement.enquiries.list(actor, year);
    return sendPage(request, reply, <EnquiriesPage year={year} enquiries={enquiries} national={actor.national} form={{ notice: noticeFrom(request, st), ...form }} />, {
      title: st("enquiries.title", { year: String(year) }),
      status,
    });
  }

  app.get("/:lang/ansatt/bosetting/:year/foresporsler", { config: { access: settlementRoles }, schema: { params: yearParams } }, (request, reply) =>
    renderEnquiries(request, reply, Number(request.params.year)),
  );

  app.post("/:lang/ansatt/bosetting/foresporsler/:id/svar", { config: { access: settlementRoles }, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    const { id } = request.params;
    const form = formFields(request.body);
    const answer = form.answer === "accepted" ? "accepted" : form.answer === "refused" ? "refused" : undefined;
    const enquiry = await db.selectFrom("settlement_enquiries").select("year").where("id", "=", id).executeTakeFirst();
    if (!enquiry) throw new NotFoundError("enquiry", id);
    const values = { enquiry: id, reason: form.reason ?? "" };
    if (answer === "accepted" && form[confirmedField] !== "yes") {
      const actor = await actorOf(request);
      const open = (await settlement.enquiries.list(actor, enquiry.year, { openOnly: true })).find((e) => e.id === id);
      // Answered already, or not this viewer's to answer: the answer itself says why.
      // An open enquiry shows its household; access ends only with a refusal or a settlement elsewhere.
      if (open && !("accessEnded" in open.household) && mayActFor(actor, open.municipality.number)) {
        return sendPage(request, reply, <ConfirmAcceptPage enquiry={{ ...open, household: open.household }} />, { title: textsOf(request)("confirm.acceptTitle", { reference: open.household.reference }) });
      }
    }
    return handleForm(request, reply, (f, s) => renderEnquiries(request, reply, enquiry.year, f, s), values, async () => {
      if (!answer) throw new InvalidInputError([{ path: "form", code: "invalid", message: "answer accepted or refused" }], 400);
      await settlement.enquiries.answer(await actorOf(request), id, { answer, reason: values.reason });
      return withNotice(settlementPaths.enquiries(request.language, enquiry.year), answer);
    });
  });

  // ---- Households ----

  const newestYear = async () => (await settlement.cycle.listYears())[0]?.year;

  app.get("/:lang/ansatt/bosetting/husstander", { config: { access: settlementRoles }, schema: { params: langParams } }, async (request, reply) => {
    const st = textsOf(request);
    const actor = await actorOf(request);
    const households = await settlement.households.list(actor);
    return sendPage(request, reply, <HouseholdsPage households={households} national={actor.national} year={await newestYear()} />, { title: st("households.title") });
  });

  app.get("/:lang/ansatt/bosetting/husstander/:id", { config: { access: settlementRoles }, schema: { params: idParams } }, async (request, reply) => {
    const st = textsOf(request);
    const actor = await actorOf(request);
    const household = await settlement.households.details(actor, request.params.id);
    return sendPage(request, reply, <HouseholdPage household={household} national={actor.national} names={await municipalityNames()} year={await newestYear()} notice={noticeFrom(request, st)} />, {
      title: st("household.title", { reference: household.reference }),
    });
  });

  // ---- Household intake (IMDi registers and corrects households from UDI's decision) ----

  async function renderHouseholdForm(
    request: FastifyRequest,
    reply: FastifyReply,
    state: { household?: { id: string; reference: string }; locked?: boolean; values: FormValues; errors?: Record<string, string>; problem?: string },
    status = 200,
  ) {
    const st = textsOf(request);
    const municipalities = await app.services.municipalities.listMunicipalities();
    return sendPage(
      request,
      reply,
      <HouseholdFormPage household={state.household} locked={state.locked} values={state.values} errors={state.errors ?? {}} problem={state.problem} municipalities={municipalities} year={await newestYear()} />,
      { title: state.household ? st("intake.editTitle", { reference: state.household.reference }) : st("intake.newTitle"), status },
    );
  }

  /** Parses and validates the posted form, runs the write, and shows what went wrong next to the fields. */
  async function submitHousehold(
    request: FastifyRequest,
    reply: FastifyReply,
    household: { id: string; reference: string } | undefined,
    write: (input: Parameters<typeof settlement.intake.register>[1]) => Promise<string>,
  ) {
    const st = textsOf(request);
    const values = householdFormValues(formFields(request.body));
    const parsed = parseHouseholdForm(values);
    const invalid = (errors: FieldError[], status: number) =>
      renderHouseholdForm(request, reply, { household, values, errors: householdFormErrors(errors, st, parsed.memberRows, parsed.tieRows) }, status);
    const checked = validateHouseholdForm(parsed);
    if (!checked.ok) return invalid(checked.errors, 400);
    try {
      return reply.redirect(await write(checked.input), 303);
    } catch (error) {
      if (error instanceof InvalidInputError) return invalid(error.errors, error.statusCode);
      if (error instanceof DomainError && error.statusCode === 409 && household) {
        return renderHouseholdForm(request, reply, { household, locked: true, values, problem: st("intake.notEditable") }, 409);
      }
      throw error;
    }
  }

  app.get("/:lang/ansatt/bosetting/husstander/ny", { config: { access: imdi }, schema: { params: langParams } }, (request, reply) =>
    renderHouseholdForm(request, reply, { values: {} }),
  );

  app.post("/:lang/ansatt/bosetting/husstander/ny", { config: { access: imdi }, schema: { params: langParams }, preValidation: csrf }, (request, reply) =>
    submitHousehold(request, reply, undefined, async (input) => {
      const id = await settlement.intake.register(await actorOf(request), input);
      return withNotice(settlementPaths.household(request.language, id), "registered");
    }),
  );

  app.get("/:lang/ansatt/bosetting/husstander/:id/endre", { config: { access: imdi }, schema: { params: idParams } }, async (request, reply) => {
    const st = textsOf(request);
    // Reading the household to correct it is a look at personal data: details() writes it to the audit log.
    const household = await settlement.households.details(await actorOf(request), request.params.id);
    const locked = household.status === "enquired" || household.status === "settled";
    return renderHouseholdForm(request, reply, { household, locked, values: formValuesOf(household), problem: locked ? st("intake.notEditable") : undefined });
  });

  app.post("/:lang/ansatt/bosetting/husstander/:id/endre", { config: { access: imdi }, schema: { params: idParams }, preValidation: csrf }, async (request, reply) => {
    const { id } = request.params;
    const household = await db.selectFrom("settlement_households").select(["id", "reference"]).where("id", "=", id).executeTakeFirst();
    if (!household) throw new NotFoundError("household", id);
    return submitHousehold(request, reply, household, async (input) => {
      const changed = await settlement.intake.correct(await actorOf(request), id, input);
      return withNotice(settlementPaths.household(request.language, id), changed.length > 0 ? "corrected" : "unchanged");
    });
  });

  // ---- Fairness ----

  app.get("/:lang/ansatt/bosetting/:year/rettferdighet", { config: { access: imdi }, schema: { params: yearParams } }, async (request, reply) => {
    const st = textsOf(request);
    const year = Number(request.params.year);
    const fairness = await settlement.fairness.view(await actorOf(request), year);
    return sendPage(request, reply, <FairnessPage fairness={fairness} />, { title: st("fairness.title", { year: String(year) }) });
  });
};
