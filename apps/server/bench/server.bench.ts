/**
 * The server under load on 127.0.0.1, as a phone asks (`Accept-Encoding: br, gzip`): the
 * server-rendered landing page, compressed per request, next to the same bytes served as a static
 * file by the same process, compressed once at start (the floor); the landing page again at 64
 * connections for its p99; and POST /api/v1/plan. Bounded duration.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import { startTestApp } from "../test/test-app.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 5);

async function load(title: string, options: autocannon.Options) {
  const result = await autocannon({ duration: seconds, ...options });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${title}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { title, requestsPerSecond: Math.round(result.requests.average), p99Ms: result.latency.p99, bytes: Math.round(result.throughput.average / Math.max(result.requests.average, 1)) };
}

// The page's bytes become a file in public/ before the measured app starts, which compresses its files once at start.
const renderer = await startTestApp("pglite");
const landingHtml = (await renderer.app.inject({ url: "/nb/" })).body;
await renderer.close();
const staticPath = join(import.meta.dirname, "../public/bench-landing-copy.html");
writeFileSync(staticPath, landingHtml);
const t = await startTestApp("pglite");
const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
const compressed = { "accept-encoding": "br, gzip" };
const profile = JSON.stringify({ asOf: "2025-03-01", arrivalDate: "2024-11-15", birthDate: "1994-06-01", citizenship: "SY", residenceBasis: "refugee", education: "upper-secondary", municipality: "5014", children: [{ birthDate: "2016-04-02" }], language: "ar" });

try {
  const rows = [
    await load("static copy, same bytes, br (floor)", { url: `${address}${t.app.assets.url("bench-landing-copy.html")}`, connections: 16, headers: compressed }),
    await load("landing page /nb/ (rendered, br)", { url: `${address}/nb/`, connections: 16, headers: compressed }),
    // What rendering alone costs, so the share of compression shows.
    await load("landing page /nb/ (rendered, plain)", { url: `${address}/nb/`, connections: 16 }),
    await load("landing page /nb/, 64 connections", { url: `${address}/nb/`, connections: 64, headers: compressed }),
    await load("POST /api/v1/plan, 64 connections", { url: `${address}/api/v1/plan`, method: "POST", connections: 64, headers: { "content-type": "application/json" }, body: profile }),
  ];
  console.log(`server benchmark (${seconds} s each, autocannon on 127.0.0.1, one process)`);
  console.log("what".padEnd(40), "req/s".padStart(8), "p99 ms".padStart(8), "bytes".padStart(8));
  for (const row of rows) console.log(row.title.padEnd(40), String(row.requestsPerSecond).padStart(8), String(row.p99Ms).padStart(8), String(row.bytes).padStart(8));
  const [floor, page] = rows;
  console.log(`landing page (compressed per request) at ${((page!.requestsPerSecond / floor!.requestsPerSecond) * 100).toFixed(0)} % of the static floor (goal ≥ 50 %); bytes are per answer on the wire`);
} finally {
  rmSync(staticPath, { force: true });
  await t.close();
}
