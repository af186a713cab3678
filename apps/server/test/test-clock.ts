import { clockStartingAtSetting, type Clock } from "../src/platform/clock.ts";

/** The clock of the app under test: started at `VELKOMST_CLOCK_START` in the fixed-date runs, the system's otherwise. */
export const testClock: Clock = clockStartingAtSetting(process.env.VELKOMST_CLOCK_START) ?? (() => {
  throw new Error(`VELKOMST_CLOCK_START is not an ISO instant: ${process.env.VELKOMST_CLOCK_START}`);
})();
