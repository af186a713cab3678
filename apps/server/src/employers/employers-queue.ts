import type { Language } from "@velkomst/i18n";
import type { Services } from "../platform/services.ts";
import { employersPaths } from "./employers-paths.ts";

/** One reported worker as an item of a coordinator's queue. */
export interface WorkerNoticeItem {
  kind: "worker-notice";
  id: string;
  municipalityNumber: string;
  /** The worker's name. */
  title: string;
  employerName: string;
  /** The first working day: when the municipality should have met them. */
  dueDate: string;
  language: Language;
  /** The notice's letter page (the worker's language), for the coordinator to open. */
  path: string;
  receivedAt: Date;
}

/**
 * The one function the guidance queue calls to take in employers' worker notices of some
 * municipalities (soonest start first). Until it does, the coordinators' list page shows them.
 * The caller checks that the viewer works for these municipalities.
 */
export async function incomingWorkerNotices(services: Pick<Services, "employers">, municipalityNumbers: readonly string[], lang: Language = "nb"): Promise<WorkerNoticeItem[]> {
  const notices = await services.employers.noticesIn(municipalityNumbers);
  return notices.map((notice) => ({
    kind: "worker-notice",
    id: notice.id,
    municipalityNumber: notice.municipalityNumber,
    title: notice.name,
    employerName: notice.employerName,
    dueDate: notice.startDate,
    language: notice.language,
    path: employersPaths.letter(lang, notice.id),
    receivedAt: notice.createdAt,
  }));
}
