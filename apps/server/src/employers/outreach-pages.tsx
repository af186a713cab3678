import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { Type } from "@sinclair/typebox";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { Language } from "@velkomst/i18n";
import { parseDateInput, parseTimeInput } from "@velkomst/validation";
import { rolesAllowed, publicAccess } from "../platform/access.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import type { FormErrors } from "../web/components/form-errors.tsx";
import { formFields, noErrors } from "../web/form-validation.ts";
import { languageParam } from "../web/language-param.ts";
import { sendPage } from "../web/render-page.tsx";
import { employerStaffRoles, ownMunicipalities } from "./employers-access.ts";
import { employersPaths } from "./employers-paths.ts";
import type { WorkerNotice } from "./employers-repository.ts";
import { employersTexts, type EmployersTranslator } from "./employers-texts.ts";
import { createOutreachDays } from "./outreach-days.ts";
import { sendIdCheckCalendar } from "./id-check-calendar.ts";
import { IdCheckPage, OutreachDayPage, OutreachPage } from "./outreach-views.tsx";

const municipalityStaff = rolesAllowed(...employerStaffRoles);
const employerOnly = rolesAllowed("employer");
const langParams = Type.Object({ lang: languageParam });
const dayParams = Type.Object({ lang: languageParam, id: Type.String({ format: "uuid" }) });
const bookingParams = Type.Object({ lang: languageParam, id: Type.String({ format: "uuid" }), booking: Type.String({ format: "uuid" }) });

const messageQuery = Type.Object({ melding: Type.Optional(Type.String({ maxLength: 20 })) });
const changeNotices = { flyttet: "outreach.moved", avbestilt: "outreach.cancelledByEmployerNotice" } as const;
const dayChangeNotices = { flyttet: "outreach.movedOnDay", avbestilt: "outreach.cancelledOnDay" } as const;
/** The notice for `?melding=`, if it names one. */
function noticeOf<K extends string>(notices: Record<K, Parameters<EmployersTranslator>[0]>, message: string | undefined, lang: Language): string | undefined {
  return message && message in notices ? employersTexts(lang)(notices[message as K]) : undefined;
}
const expectedKey = { kommune: "municipality", dato: "expectedDate", sted: "expectedPlace", fra: "expectedTime", antall: "expectedCount", minutter: "expectedMinutes", tid: "expectedSlot" } as const;

/** Outreach days (SUA): the coordinator's overview and day list, the employer's booking, the worker's calendar file. */
export const outreachPages: FastifyPluginAsync = async (plain) => {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { db, employers } = app.services;
  const outreach = createOutreachDays({ db, config: app.services.config });
  const csrf = app.csrfProtection;

  function problemsOf(error: InvalidInputError, lang: Language, suffix = ""): FormErrors {
    const e = employersTexts(lang);
    const fields: Record<string, string> = {};
    for (const problem of error.errors) {
      const key = expectedKey[problem.path as keyof typeof expectedKey];
      fields[`${problem.path}${suffix}`] = key === "municipality" ? e("expected.workplaces") : e(`outreach.${key ?? "expectedDate"}`);
    }
    return { fields };
  }

  async function overview(request: FastifyRequest, reply: FastifyReply, lang: Language, extra: { errors?: FormErrors; notice?: string; status?: number } = {}) {
    const viewer = request.viewer!;
    const numbers = await ownMunicipalities(db, viewer, employerStaffRoles);
    const names = await db.selectFrom("municipalities").select(["number", "name"]).where("number", "in", numbers.length > 0 ? numbers : [""]).orderBy("name").execute();
    const [arrivals, days] = await Promise.all([outreach.arrivalsByWeek(viewer), outreach.days(viewer)]);
    return sendPage(request, reply, <OutreachPage arrivals={arrivals} days={days} municipalities={names} errors={extra.errors ?? noErrors} notice={extra.notice} />, {
      title: employersTexts(lang)("outreach.title"),
      status: extra.status,
    });
  }

  app.get("/:lang/ansatt/sua", { config: { access: municipalityStaff }, schema: { params: langParams } }, async (request, reply) => overview(request, reply, request.params.lang));

  app.post("/:lang/ansatt/sua", { config: { access: municipalityStaff }, schema: { params: langParams }, preValidation: csrf }, async (request, reply) => {
    const { lang } = request.params;
    const form = formFields(request.body);
    try {
      await outreach.request(request.viewer!, { municipalityNumber: form.kommune ?? "", day: parseDateInput(form.dato ?? "") ?? form.dato ?? "", place: form.sted ?? "" }, request.ip);
    } catch (error) {
      if (error instanceof InvalidInputError) return overview(request, reply, lang, { errors: problemsOf(error, lang), status: 400 });
      throw error;
    }
    return reply.redirect(employersPaths.outreach(lang), 303);
  });

  app.post("/:lang/ansatt/sua/:id/tider", { config: { access: municipalityStaff }, schema: { params: dayParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, id } = request.params;
    const form = formFields(request.body);
    try {
      await outreach.publish(request.viewer!, id, { firstTime: parseTimeInput(form.fra ?? "") ?? form.fra ?? "", count: Number(form.antall), minutes: Number(form.minutter) }, request.ip);
    } catch (error) {
      if (error instanceof InvalidInputError) return overview(request, reply, lang, { errors: problemsOf(error, lang, `-${id}`), status: 400 });
      throw error;
    }
    return reply.redirect(employersPaths.outreachDay(lang, id), 303);
  });

  async function dayPage(request: FastifyRequest, reply: FastifyReply, lang: Language, dayId: string, extra: { message?: string; refused?: { bookingId: string; error: string } } = {}) {
    const { day, slots } = await outreach.dayList(request.viewer!, dayId, request.ip);
    const freeSlots = await outreach.freeSlotsOfDay(dayId);
    return sendPage(request, reply, <OutreachDayPage day={day} slots={slots} freeSlots={freeSlots} message={extra.message} refused={extra.refused} />, {
      title: employersTexts(lang)("outreach.dayTitle", { date: day.day, municipality: day.municipalityName }),
      status: extra.refused ? 409 : undefined,
    });
  }

  app.get("/:lang/ansatt/sua/:id", { config: { access: municipalityStaff }, schema: { params: dayParams, querystring: messageQuery } }, async (request, reply) =>
    dayPage(request, reply, request.params.lang, request.params.id, { message: noticeOf(dayChangeNotices, request.query.melding, request.params.lang) }),
  );

  /** Moves or cancels a booking from the day's list; a refusal shows the list again (409) naming the expected time at that booking. */
  async function changeDayBooking(request: FastifyRequest, reply: FastifyReply, params: { lang: Language; id: string; booking: string }, change: (slotId: string) => Promise<void>, done: keyof typeof dayChangeNotices) {
    const { lang, id, booking } = params;
    try {
      await change(formFields(request.body).tid ?? "");
    } catch (error) {
      if (error instanceof InvalidInputError) return dayPage(request, reply, lang, id, { refused: { bookingId: booking, error: employersTexts(lang)("outreach.expectedSlot") } });
      throw error;
    }
    return reply.redirect(`${employersPaths.outreachDay(lang, id)}?melding=${done}`, 303);
  }

  // The coordinator moves a booking to another free time of the same day, or cancels it; the worker is mailed in their language.
  app.post("/:lang/ansatt/sua/:id/bookinger/:booking/flytt", { config: { access: municipalityStaff }, schema: { params: bookingParams }, preValidation: csrf }, async (request, reply) =>
    changeDayBooking(request, reply, request.params, (slotId) => outreach.moveOnDay(request.viewer!, request.params.id, request.params.booking, slotId, request.ip), "flyttet"),
  );

  app.post("/:lang/ansatt/sua/:id/bookinger/:booking/avbestill", { config: { access: municipalityStaff }, schema: { params: bookingParams }, preValidation: csrf }, async (request, reply) =>
    changeDayBooking(request, reply, request.params, () => outreach.cancelOnDay(request.viewer!, request.params.id, request.params.booking, request.ip), "avbestilt"),
  );

  app.post("/:lang/ansatt/sua/:id/bookinger/:booking/uteble", { config: { access: municipalityStaff }, schema: { params: bookingParams }, preValidation: csrf }, async (request, reply) => {
    const { lang, id, booking } = request.params;
    await outreach.setNoShow(request.viewer!, id, booking, formFields(request.body).uteble === "ja", request.ip);
    return reply.redirect(employersPaths.outreachDay(lang, id), 303);
  });

  /** The employer's own worker, or 404 for anyone else's. */
  async function ownWorker(request: FastifyRequest, id: string) {
    const employer = await employers.employerOf(request.viewer!.id);
    const notice = employer && (await employers.noticeFor(request.viewer!, id, request.ip));
    if (!notice || notice.employerId !== employer?.id) throw new NotFoundError("worker", id);
    return notice;
  }

  async function idCheckPage(request: FastifyRequest, reply: FastifyReply, lang: Language, id: string, options: { error?: string; message?: string } = {}) {
    const notice = await ownWorker(request, id);
    const [appointment, slots] = await Promise.all([outreach.appointmentOf(notice.id), outreach.freeSlotsFor(notice)]);
    const { error, message } = options;
    return sendPage(request, reply, <IdCheckPage notice={notice} appointment={appointment} slots={slots} error={error} message={message} />, {
      title: employersTexts(lang)("outreach.bookTitle", { name: notice.name }),
      status: error ? 409 : undefined,
    });
  }

  app.get("/:lang/arbeidsgiver/arbeidstakere/:id/id-kontroll", { config: { access: employerOnly }, schema: { params: dayParams, querystring: messageQuery } }, async (request, reply) => {
    const { lang, id } = request.params;
    return idCheckPage(request, reply, lang, id, { message: noticeOf(changeNotices, request.query.melding, lang) });
  });

  /** Books, moves or cancels the ID check of the employer's own worker; a refusal shows the page again (409) naming the expected time. */
  async function changeIdCheck(request: FastifyRequest, reply: FastifyReply, lang: Language, id: string, change: (notice: WorkerNotice, slotId: string) => Promise<unknown>, done = "") {
    const notice = await ownWorker(request, id);
    try {
      await change(notice, formFields(request.body).tid ?? "");
    } catch (error) {
      if (error instanceof InvalidInputError) return idCheckPage(request, reply, lang, id, { error: employersTexts(lang)("outreach.expectedSlot") });
      throw error;
    }
    return reply.redirect(`${employersPaths.idCheck(lang, id)}${done}`, 303);
  }

  app.post("/:lang/arbeidsgiver/arbeidstakere/:id/id-kontroll", { config: { access: employerOnly }, schema: { params: dayParams }, preValidation: csrf }, async (request, reply) =>
    changeIdCheck(request, reply, request.params.lang, request.params.id, (notice, slotId) => outreach.book(request.viewer!.id, notice, slotId, request.ip)),
  );

  // The employer moves or cancels a booking it made for its worker; the worker is mailed in their language.
  app.post("/:lang/arbeidsgiver/arbeidstakere/:id/flytt", { config: { access: employerOnly }, schema: { params: dayParams }, preValidation: csrf }, async (request, reply) =>
    changeIdCheck(request, reply, request.params.lang, request.params.id, (notice, slotId) => outreach.move(request.viewer!.id, notice, slotId, request.ip), "?melding=flyttet"),
  );

  app.post("/:lang/arbeidsgiver/arbeidstakere/:id/avbestill", { config: { access: employerOnly }, schema: { params: dayParams }, preValidation: csrf }, async (request, reply) =>
    changeIdCheck(request, reply, request.params.lang, request.params.id, (notice) => outreach.cancel(request.viewer!.id, notice, request.ip, "employer"), "?melding=avbestilt"),
  );

  app.get("/:lang/arbeidsgiver/arbeidstakere/:id/kalender.ics", { config: { access: employerOnly }, schema: { params: dayParams } }, async (request, reply) =>
    sendIdCheckCalendar(reply, await outreach.appointmentCalendar((await ownWorker(request, request.params.id)).id, request.params.lang)),
  );

  app.get(
    "/kalender/id-kontroll/:token.ics",
    { config: { access: publicAccess }, schema: { params: Type.Object({ token: Type.String({ maxLength: 200 }) }), querystring: Type.Object({ lang: Type.Optional(languageParam) }) } },
    async (request, reply) => {
      return sendIdCheckCalendar(reply, await outreach.calendarFile(request.params.token, request.query.lang ?? "nb"));
    },
  );
};
