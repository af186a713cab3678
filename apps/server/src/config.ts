import { resolve } from "node:path";
import type { DatabaseLocation } from "./database/database.ts";
import { clockStartingAtSetting, type Clock } from "./platform/clock.ts";

export interface Config {
  port: number;
  host: string;
  database: DatabaseLocation;
  /** How long start-up waits for a PostgreSQL that is not up yet (DATABASE_CONNECT_TIMEOUT_SECONDS). */
  databaseConnectTimeoutSeconds: number;
  /** Seed the demo region and one demo account per role on first start (default: on the embedded database only). */
  seedDemo: boolean;
  /** Used to sign the CSRF cookie; generated per process when unset, which is fine for one instance. */
  cookieSecret: string | undefined;
  /** Public address used in links sent by e-mail. */
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  /**
   * Which proxies may say who the client is in X-Forwarded-For: a hop count or their addresses
   * (Fastify's trustProxy), or false. Never `true`: then any client could name its own address.
   */
  trustProxy: TrustProxy;
  /** Map tiles for the small map on service pages; without them the pages link to a map instead. */
  mapTiles: MapTiles | undefined;
  /** A machine-translation service speaking the DeepL v2 /translate API; without it translation is by hand only. */
  translationProvider: { url: string; apiKey: string } | undefined;
  /** How long a client may take to send a whole request (REQUEST_TIMEOUT_SECONDS, default 30). */
  requestTimeoutMs: number;
  /** Where every "now" comes from; `VELKOMST_CLOCK_START` starts it at a chosen instant (tests at fixed dates). */
  clock: Clock;
}

export interface MapTiles {
  /** A template with {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  url: string;
  /** Shown under the map, as the tile provider requires (e.g. "© OpenStreetMap contributors"). */
  attribution: string;
  /** Allowed as an image source in the Content-Security-Policy, and nothing else. */
  origin: string;
}

export type TrustProxy = false | number | string[];

export class ConfigError extends Error {}

const trustProxyHelp =
  "expected the proxies' addresses (e.g. 10.0.0.5 or 10.0.0.0/8,127.0.0.1) or the number of proxies in front of Velkomst (e.g. 1)";

/**
 * TRUST_PROXY: unset or "false" trusts no proxy; a number of hops or a list of addresses/CIDR
 * ranges. "true" is refused: it would believe every X-Forwarded-For, so any client could pick the
 * address that per-address limits and the audit log see.
 */
function parseTrustProxy(value: string | undefined): TrustProxy {
  const setting = value?.trim() ?? "";
  if (setting === "" || setting === "false") return false;
  if (setting === "true") throw new ConfigError(`TRUST_PROXY: "true" would let any client choose its own address through X-Forwarded-For; ${trustProxyHelp}`);
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    if (hops < 1 || hops > 10) throw new ConfigError(`TRUST_PROXY: ${trustProxyHelp}, got "${setting}"`);
    return hops;
  }
  const addresses = setting.split(",").map((part) => part.trim());
  const address = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]*)(\/\d{1,3})?$/;
  const wrong = addresses.find((part) => !address.test(part));
  if (wrong !== undefined) throw new ConfigError(`TRUST_PROXY: ${trustProxyHelp}, got "${wrong}"`);
  return addresses;
}

function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT: expected a port number 0–65535, got "${value}"`);
  return port;
}

function parseSeconds(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined || value === "") return fallback;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < min || seconds > 3600) throw new ConfigError(`${name}: expected whole seconds ${min}–3600, got "${value}"`);
  return seconds;
}

function parseDatabase(env: NodeJS.ProcessEnv): DatabaseLocation {
  const url = env.DATABASE_URL;
  // Set but empty is a mistake (a missing secret, a typo in a unit file), not a wish for the demo database.
  if (url !== undefined && url.trim() === "") throw new ConfigError("DATABASE_URL: set but empty; give postgres://user:pass@host:port/db, or unset it to use the embedded database in DATA_DIR");
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new ConfigError("DATABASE_URL: expected postgres://user:pass@host:port/db");
    return { engine: "postgres", url };
  }
  return { engine: "pglite", dataDir: resolve(env.DATA_DIR ?? "./data") };
}

function parseMapTiles(env: NodeJS.ProcessEnv): MapTiles | undefined {
  const url = env.MAP_TILE_URL?.trim();
  if (!url) return undefined;
  if (!/^https?:\/\/[^\s{}]+\//.test(url) || !["{z}", "{x}", "{y}"].every((part) => url.includes(part))) {
    throw new ConfigError("MAP_TILE_URL: expected an http(s) address with {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png");
  }
  const attribution = env.MAP_ATTRIBUTION?.trim();
  if (!attribution) throw new ConfigError("MAP_ATTRIBUTION: required with MAP_TILE_URL (the tile provider's credit line)");
  return { url, attribution, origin: new URL(url.replace(/\{[zxy]\}/g, "0")).origin };
}

function parseClock(env: NodeJS.ProcessEnv): Clock {
  const clock = clockStartingAtSetting(env.VELKOMST_CLOCK_START);
  if (!clock) throw new ConfigError(`VELKOMST_CLOCK_START: expected an ISO instant such as 2028-02-29T10:00:00+01:00, got "${env.VELKOMST_CLOCK_START}"`);
  return clock;
}

function parseTranslationProvider(env: NodeJS.ProcessEnv): Config["translationProvider"] {
  const url = env.TRANSLATION_PROVIDER_URL?.trim();
  const apiKey = env.TRANSLATION_API_KEY?.trim();
  if (!url && !apiKey) return undefined;
  if (!url || !/^https?:\/\/[^\s]+$/.test(url)) throw new ConfigError("TRANSLATION_PROVIDER_URL: expected the service's address, e.g. https://api.deepl.com (set with TRANSLATION_API_KEY)");
  if (!apiKey) throw new ConfigError("TRANSLATION_API_KEY: required with TRANSLATION_PROVIDER_URL");
  return { url, apiKey };
}

/** Reads the configuration from the environment; every setting has a default fit for a demo. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = parsePort(env.PORT, 3000);
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    database: parseDatabase(env),
    databaseConnectTimeoutSeconds: parseSeconds("DATABASE_CONNECT_TIMEOUT_SECONDS", env.DATABASE_CONNECT_TIMEOUT_SECONDS, 60, 0),
    // The demo belongs to the embedded database `npm start` uses; on PostgreSQL only when asked for.
    seedDemo: (env.SEED_DEMO ?? (env.DATABASE_URL ? "false" : "true")) !== "false",
    cookieSecret: env.COOKIE_SECRET,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ""),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM ?? "Velkomst <noreply@velkomst.local>",
    logLevel: env.LOG_LEVEL ?? "info",
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    mapTiles: parseMapTiles(env),
    translationProvider: parseTranslationProvider(env),
    requestTimeoutMs: parseSeconds("REQUEST_TIMEOUT_SECONDS", env.REQUEST_TIMEOUT_SECONDS, 30) * 1000,
    clock: parseClock(env),
  };
}
