import { norwegianDate, type Clock } from "../src/platform/clock.ts";

/** A clock a test moves by hand, so delays, session limits and one-time-code windows are exact. */
export function handClock(start: string) {
  let now = new Date(start);
  const clock: Clock = { now: () => new Date(now), today: () => norwegianDate(now) };
  return {
    clock,
    advance: (ms: number) => (now = new Date(now.getTime() + ms)),
    /** Unix seconds, as TOTP counts time. */
    seconds: () => Math.floor(now.getTime() / 1000),
  };
}
