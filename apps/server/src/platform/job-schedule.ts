/** A job's interval from the environment: `name` in seconds (`fallbackSeconds` when unset; 0 turns it off). */
export function intervalSetting(name: string, fallbackSeconds: number, env: NodeJS.ProcessEnv = process.env): number {
  const value = env[name];
  const seconds = value === undefined || value === "" ? fallbackSeconds : Number(value);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

interface JobLog {
  info(object: unknown, message?: string): void;
  error(object: unknown, message?: string): void;
}

/**
 * Runs a background job in this process every interval, one run at a time, logging its counts
 * when it did something; returns a function that stops it. main.ts starts these; tests call the
 * jobs themselves.
 */
export function startJobSchedule(options: { name: string; intervalMs: number; log: JobLog; run: () => Promise<Record<string, number>> }): () => void {
  if (options.intervalMs <= 0) return () => {};
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const counts = await options.run();
      if (Object.values(counts).some((count) => count > 0)) options.log.info({ [options.name]: counts }, options.name);
    } catch (error) {
      options.log.error({ err: error }, `${options.name} job failed`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
