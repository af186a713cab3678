import { addDays, addMonths } from "../dates/iso-date.ts";

export type FrameStatus = "notStarted" | "running" | "endingSoon" | "ended";

export interface ProgrammeFrameInput {
  /** From `evaluateProgramme`'s `programmeDuration` with `programmeStart`. */
  standardEnd: string;
  latestEnd: string;
  /** Whether an extension decision stands: the frame is then the latest end. */
  extended: boolean;
  /** Days of granted leave; leave is not counted in the frame, so the end moves by as many days. */
  leaveDays: number;
  start: string;
  today: string;
  /** How long before the end the adviser is warned. */
  warningMonths: number;
}

export interface ProgrammeFrame {
  /** The last day of the programme as things stand. */
  end: string;
  /** From this day the adviser sees a warning. */
  warnFrom: string;
  status: FrameStatus;
}

/** Where a participant stands in the programme's frame, and whether the end is near enough to warn. */
export function programmeFrame(input: ProgrammeFrameInput): ProgrammeFrame {
  const end = addDays(input.extended ? input.latestEnd : input.standardEnd, input.leaveDays);
  const warnFrom = addMonths(end, -input.warningMonths);
  const status: FrameStatus = input.today < input.start ? "notStarted" : input.today > end ? "ended" : input.today >= warnFrom ? "endingSoon" : "running";
  return { end, warnFrom, status };
}
