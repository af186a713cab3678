/**
 * "Min plan" as a PDF next to the same plan as its HTML page, both through the app in-process
 * (app.inject, one at a time, so the figures are one core's work per file), in bokmål and Arabic.
 * Prints files per second, time per file and size. Bounded: BENCH_SECONDS (default 4) per row.
 * Run: npm run bench -- plan-pdf
 */
import { startTestApp } from "../test/test-app.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const answers = new URLSearchParams({
  grunnlag: "refugee",
  fodselsar: "1994",
  statsborgerskap: "SY",
  ankomst: "2025-02",
  opphold: "long",
  nummer: "5014",
  utdanning: "upper-secondary",
  barn1: "2016",
});

const t = await startTestApp("pglite");

async function measure(title: string, url: string, contentType: RegExp) {
  const once = async () => {
    const response = await t.app.inject({ url });
    if (response.statusCode !== 200 || !contentType.test(String(response.headers["content-type"]))) throw new Error(`${title}: ${response.statusCode} ${response.body.slice(0, 200)}`);
    return response.rawPayload.length;
  };
  // Warm up: fonts read, code compiled, caches filled.
  for (let i = 0; i < 3; i++) await once();
  let count = 0;
  let bytes = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(seconds * 1e9);
  while (process.hrtime.bigint() < end) {
    bytes = await once();
    count++;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  return { title, perSecond: count / elapsed, ms: (elapsed / count) * 1000, bytes };
}

try {
  const rows = [];
  for (const lang of ["nb", "ar"] as const) {
    rows.push(await measure(`${lang} plan page (HTML)`, `/${lang}/min-plan/resultat?${answers}`, /^text\/html/));
    rows.push(await measure(`${lang} plan.pdf`, `/${lang}/min-plan/plan.pdf?${answers}`, /^application\/pdf$/));
  }
  console.log(`plan as PDF vs as HTML page (${seconds} s each, app.inject, one request at a time)`);
  console.log("what".padEnd(26), "files/s".padStart(9), "ms/file".padStart(9), "bytes".padStart(9));
  for (const row of rows) console.log(row.title.padEnd(26), row.perSecond.toFixed(1).padStart(9), row.ms.toFixed(1).padStart(9), String(row.bytes).padStart(9));
  for (let index = 0; index < rows.length; index += 2) {
    const [page, pdf] = [rows[index]!, rows[index + 1]!];
    console.log(`${pdf.title}: ${(page.perSecond / pdf.perSecond).toFixed(1)}× the time of the HTML page`);
  }
} finally {
  await t.close();
}
