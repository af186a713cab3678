/**
 * A synthetic corpus for the search benchmark: pages recombined from the sentences of the real
 * national baseline (all six languages), with local names, street names and Norwegian compound
 * words mixed in so the word list is as large as a real installation's. Deterministic per seed.
 */
import { languageCodes, type Language } from "@velkomst/i18n";
import { loadBaselineContent } from "../src/content/baseline-content.ts";
import { htmlToPlainText } from "../src/content/render-markdown.ts";
import type { SearchDocument, SearchScope, SearchTarget } from "../src/search/search-index.ts";

export interface CorpusThing {
  target: SearchTarget;
  documents: SearchDocument[];
}

/** Mulberry32: small, fast, good enough to make the same corpus every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const compoundParts = [
  "helse", "stasjon", "skatte", "kort", "fører", "barne", "hage", "skole", "kontor", "lege", "vakt", "bolig", "tilskudd", "arbeids",
  "tillatelse", "opphold", "språk", "kurs", "norsk", "opplæring", "fritids", "klubb", "bibliotek", "kultur", "hus", "buss", "billett",
  "svømme", "hall", "idretts", "lag", "frivillig", "sentral", "tannlege", "tjeneste", "sosial", "hjelp", "bank", "konto", "familie",
  "gjenforening", "fødsels", "nummer", "bosettings", "plan", "introduksjons", "program", "kvalifisering", "jobb", "søknad", "veiledning",
  "flyktning", "mottak", "tolke", "time", "legevakt", "sykehus", "jordmor", "vaksine", "foreldre", "møte", "leie", "kontrakt", "depositum",
  "strøm", "regning", "avfall", "henting", "brann", "øvelse", "kommune", "styre", "valg", "dag", "fiske", "industri", "laks", "båt", "ferje",
  "rute", "sommer", "åpent", "vinter", "dekk", "førerprøve", "trafikk", "stasjons", "byrå", "senter", "grønn", "sak", "utstilling",
];
/** Words the benchmark searches for (with typos and folded letters), so that they occur as in real pages. */
const topicalWords = ["førerkort", "helsestasjon", "skattekort", "fastlege", "barnehage", "norskopplæring", "legevakt", "bostøtte", "svømmehall", "påmelding", "kjøreskole"];
const streetWords = ["vegen", "gata", "veien", "bakken", "lia", "stranda", "haugen", "myra", "brygga", "kaia"];
const firstNames = ["Ingrid", "Ole", "Fatima", "Oksana", "Piotr", "Amina", "Kari", "Mohammed", "Olena", "Jan", "Sigrid", "Tomasz", "Leila", "Bjørn", "Åse", "Ærlig"];

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?؟])\s+/).map((s) => s.trim()).filter((s) => s.length > 20);
}

export function generateCorpus(options: { pages: number; seed: number; municipalities: ReadonlyArray<{ number: string; name: string }>; regions: readonly string[] }): CorpusThing[] {
  const next = random(options.seed);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const content = loadBaselineContent();
  const sentences = new Map<Language, string[]>();
  const titles = new Map<Language, string[]>();
  for (const language of languageCodes) {
    const own = content.slugs.map((slug) => content.getPage(slug, language)!).filter((entry) => !entry.fallback);
    sentences.set(language, own.flatMap(({ page }) => sentencesOf(`${page.summary} ${htmlToPlainText(page.html)}`)));
    titles.set(language, own.map(({ page }) => page.title));
  }
  const compounds: string[] = [];
  for (let i = 0; i < 6000; i++) compounds.push(pick(compoundParts) + pick(compoundParts) + pick(["", "", "en", "er", "ene", "et", "a"]));
  const placeName = () => pick(options.municipalities).name;
  const street = () => `${pick(compoundParts).replace(/^./, (c) => c.toUpperCase())}${pick(streetWords)} ${1 + Math.floor(next() * 80)}`;

  // Languages in the proportions a real installation might have: everything in bokmål, much translated.
  const languageShare: Array<[Language, number]> = [["nn", 0.15], ["en", 0.5], ["uk", 0.45], ["pl", 0.35], ["ar", 0.4]];
  const things: CorpusThing[] = [];
  let documentCount = 0;
  for (let index = 0; documentCount < options.pages; index++) {
    const roll = next();
    const municipality = pick(options.municipalities);
    const scope: SearchScope = roll < 0.05 ? { kind: "national" } : roll < 0.15 ? { kind: "region", id: pick(options.regions) } : { kind: "municipality", id: municipality.number };
    const kind = pick(["page", "page", "page", "service", "event"] as const);
    const key = kind === "page" ? `side-${index}` : `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`;
    const path = kind === "page" ? `info/${key}` : kind === "service" ? `tjenester/${key}` : `arrangementer/${key}`;
    const languages: Language[] = ["nb", ...languageShare.filter(([, share]) => next() < share).map(([language]) => language)];
    const local = [placeName(), street(), pick(firstNames), pick(compounds), next() < 0.3 ? pick(topicalWords) : pick(compounds), pick(compounds)];
    const documents = languages.slice(0, options.pages - documentCount).map((language): SearchDocument => {
      const own = sentences.get(language)!;
      const paragraph = (count: number) => Array.from({ length: count }, () => pick(own)).join(" ");
      const norwegian = language === "nb" || language === "nn";
      const mixed = norwegian ? ` ${local.join(" ")}.` : ` (${local.slice(0, 4).join(", ")})`;
      return {
        language,
        title: `${pick(titles.get(language)!)} – ${local[0]}${norwegian ? ` ${local[3]}` : ""}`,
        summary: paragraph(1),
        body: `${paragraph(4)}${mixed} ${paragraph(6 + Math.floor(next() * 10))}`,
        path,
      };
    });
    documentCount += documents.length;
    things.push({ target: { kind, key, scope }, documents });
  }
  return things;
}
