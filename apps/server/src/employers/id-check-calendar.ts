import type { FastifyReply } from "fastify";
import { NotFoundError } from "../platform/domain-errors.ts";

/** An ID-check appointment as a calendar file to download, or 404 when there is none (any more). */
export function sendIdCheckCalendar(reply: FastifyReply, file: string | undefined) {
  if (!file) throw new NotFoundError("appointment", "");
  return reply.type("text/calendar; charset=utf-8").header("content-disposition", 'attachment; filename="id-kontroll.ics"').header("cache-control", "private, no-store").send(file);
}
