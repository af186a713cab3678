import { Writable } from "node:stream";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { Database, Engine } from "../src/database/database.ts";
import { norwegianDate, type Clock } from "../src/platform/clock.ts";
import { buildApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import type { MailRun } from "../src/mail/mail-queue.ts";
import type { Mail } from "../src/mail/mail-transport.ts";
import { demoAccounts, seedDemo } from "../src/demo/demo-seed.ts";
import type { Role } from "../src/staff/roles.ts";
import { prepareDatabase } from "../src/startup.ts";
import { copyOfPrepared, freshDatabase, type PreparedDatabase } from "./database-copies.ts";
import { testEngines, type TestDatabase } from "./test-database.ts";
import { testClock } from "./test-clock.ts";

export const demoPassword = "demo-password-for-tests";

export interface TestApp {
  app: FastifyInstance;
  test: TestDatabase;
  /** Everything the server logged, as parsed JSON lines. */
  logs: Array<Record<string, unknown>>;
  /** Every mail the queue has sent so far, oldest first (the test transport keeps them). */
  sentMails: Mail[];
  /** Runs the mail queue once, as main.ts does on an interval (`now` for mail queued at a chosen time). */
  deliverMail(now?: Date): Promise<MailRun>;
  /** Runs the mail queue once and returns the mails an address has got, oldest first. */
  mailsTo(address: string, now?: Date): Promise<Mail[]>;
  emailOf(role: Role): string;
  /** Signs in through the API as the demo account with that role; returns the Cookie header. */
  signIn(role: Role): Promise<string>;
  /** A CSRF token and the cookies it belongs to, for posting web forms. */
  formSession(cookie?: string): Promise<{ cookie: string; csrf: string }>;
  close(): Promise<void>;
}

export function cookiesOf(response: LightMyRequestResponse): string {
  return response.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

export function mergeCookies(...cookieHeaders: string[]): string {
  const jar = new Map<string, string>();
  for (const header of cookieHeaders) {
    for (const pair of header.split(/;\s*/).filter(Boolean)) {
      const [name = "", ...value] = pair.split("=");
      jar.set(name, value.join("="));
    }
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

/**
 * How long test apps on the test clock share one seed. The seed is made as of the start of its five
 * minutes, so a test sees it at most five minutes old (as a test running that long after its own
 * seed always did), and never from Norway's day before: the five minutes start at a fifth of an
 * hour, and Norway is whole hours from UTC.
 */
const sharedSeedMinutes = 5;

/** A migrated database with the demo seeded: a copy of the seed shared on the test clock, or seeded from scratch on a test's own clock. */
function seededDatabase(engine: Engine, clock: Clock | undefined): Promise<PreparedDatabase> {
  const seed = (database: Database, seedClock: Clock) => prepareDatabase(database).then(() => seedDemo(database.db, { clock: seedClock, password: demoPassword })).then(() => {});
  if (clock) return freshDatabase(engine, (database) => seed(database, clock));
  const period = sharedSeedMinutes * 60_000;
  const periodStart = Math.floor(testClock.now().getTime() / period) * period;
  return copyOfPrepared(engine, `seeded_${periodStart}`, (database) => seed(database, clockRunningFrom(new Date(periodStart))));
}

/** A clock that reads `start` now and runs at the real pace from here. */
function clockRunningFrom(start: Date): Clock {
  const began = performance.now();
  const now = () => new Date(start.getTime() + performance.now() - began);
  return { now, today: () => norwegianDate(now()) };
}

/** The real app on a fresh, migrated, seeded database of the chosen engine, served in-process; a test may bring its own clock or public address, settings as in the environment (`env`), and `logLevel` "info" to see request lines. */
export async function startTestApp(engine: Engine = testEngines[0] ?? "pglite", options: { clock?: Clock; publicUrl?: string; env?: Record<string, string>; logLevel?: string } = {}): Promise<TestApp> {
  const test = await seededDatabase(engine, options.clock);
  const logs: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const defaults = loadConfig({ SEED_DEMO: "false", COOKIE_SECRET: "test-cookie-secret-test-cookie-secret", VELKOMST_CLOCK_START: process.env.VELKOMST_CLOCK_START, ...options.env });
  const config = { ...defaults, publicUrl: options.publicUrl ?? "http://localhost", clock: options.clock ?? defaults.clock };
  const sentMails: Mail[] = [];
  // With SMTP_URL in `env` the app sends through that server, as in production; else into sentMails.
  const mailTransport = config.smtpUrl ? undefined : { send: async (mail: Mail) => void sentMails.push(mail) };
  const app = await buildApp({ database: test.database, config, logger: { level: options.logLevel ?? "warn", stream }, mailTransport });
  await app.ready();
  const emailOf = (role: Role) => demoAccounts.find((a) => a.role === role)?.email ?? "";
  return {
    app,
    test,
    logs,
    sentMails,
    deliverMail: (now) => app.services.deliverMail(now),
    async mailsTo(address, now) {
      await app.services.deliverMail(now);
      return sentMails.filter((mail) => mail.to === address);
    },
    emailOf,
    async signIn(role) {
      const response = await app.inject({ method: "POST", url: "/api/v1/session", payload: { email: emailOf(role), password: demoPassword } });
      if (response.statusCode !== 200) throw new Error(`sign-in as ${role} failed: ${response.statusCode} ${response.body}`);
      return cookiesOf(response);
    },
    async formSession(cookie = "") {
      const response = await app.inject({ method: "GET", url: "/nb/glemt-passord", headers: { cookie } });
      const csrf = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
      if (!csrf) throw new Error("no CSRF token on the form page");
      return { cookie: mergeCookies(cookie, cookiesOf(response)), csrf };
    },
    async close() {
      await app.close();
      await test.dispose();
    },
  };
}
