import { sql, type Insertable, type Kysely } from "kysely";
import type { DatabaseSchema } from "../../database/schema.ts";
import type { Clock } from "../../platform/clock.ts";
import { defaultWeights } from "../scoring/settlement-score.ts";
import { spreadByWeight } from "../settlement-cycle.ts";
import type { Education, Level, Protection, Relation, SettlementMembersTable, WorkSector } from "../settlement-tables.ts";

/**
 * Demo data for settlement: the year 2026 with a request to every municipality, decisions from
 * most of them, and 300 synthetic households ready for settlement (nobody real). Deterministic: a
 * seeded PRNG draws everything, and dates count back from today so that waiting times stay real.
 *
 * Figures: IMDi asked the municipalities to settle 37 000 persons in 2024 and about 420
 * unaccompanied minors were asked for in 2023 (seed 001 ch. 7). The demo has a few hundred
 * households, so the national need is scaled 1:25 to 1 480 persons (20 unaccompanied minors),
 * spread over all 357 municipalities by population with at least one person each (all
 * municipalities were asked in 2022–2024). Frøya and Hitra, the demo region, are asked for more,
 * so that the demo accounts have cases to work on.
 */
export const demoSettlementYear = 2026;
const nationalNeed = 1480;
const nationalNeedMinors = 20;
const householdCount = 300;
const demoRegionRequests: Record<string, { persons: number; minors: number; decided: number; wheelchair: number }> = {
  "5014": { persons: 15, minors: 0, decided: 14, wheelchair: 1 },
  "5056": { persons: 10, minors: 0, decided: 8, wheelchair: 1 },
};

/**
 * One INSERT per table with all rows as a single JSON parameter: PGlite parses one parameter much
 * faster than thousands (the demo is seeded by every test app).
 */
async function bulkInsert(db: Kysely<DatabaseSchema>, table: keyof DatabaseSchema, rows: ReadonlyArray<object>): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = sql.join(Object.keys(first).map((column) => sql.ref(column)));
  await sql`INSERT INTO ${sql.table(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(rows)}::json)`.execute(db);
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
function weighted<T>(random: Random, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface Origin {
  languages: string[];
  given: { f: string[]; m: string[] };
  family: string[];
  protection: ReadonlyArray<readonly [Protection, number]>;
  education: ReadonlyArray<readonly [Education, number]>;
}

const origins: ReadonlyArray<readonly [Origin, number]> = [
  [
    {
      languages: ["ukrainsk", "russisk"],
      given: { f: ["Olena", "Iryna", "Kateryna", "Oksana", "Natalia", "Yulia", "Daria"], m: ["Andrii", "Oleksandr", "Dmytro", "Serhii", "Mykola", "Taras", "Bohdan"] },
      family: ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko", "Oliinyk"],
      protection: [["collective", 1]],
      education: [["primary", 1], ["secondary", 3], ["vocational", 3], ["higher", 4]],
    },
    55,
  ],
  [
    {
      languages: ["arabisk"],
      given: { f: ["Amira", "Layla", "Rania", "Huda", "Nour", "Salma"], m: ["Ahmad", "Omar", "Khaled", "Yousef", "Hassan", "Samir"] },
      family: ["Al-Hassan", "Haddad", "Khalil", "Nasser", "Darwish", "Saleh"],
      protection: [["asylum", 2], ["resettlement", 3]],
      education: [["none", 2], ["primary", 3], ["secondary", 3], ["vocational", 1], ["higher", 2]],
    },
    15,
  ],
  [
    {
      languages: ["dari", "pashto"],
      given: { f: ["Fatima", "Mariam", "Zahra", "Parwana", "Shabnam"], m: ["Ali", "Mohammad", "Farid", "Hamid", "Rahim", "Javid"] },
      family: ["Ahmadi", "Hosseini", "Karimi", "Rahimi", "Sultani", "Noori"],
      protection: [["asylum", 3], ["resettlement", 2]],
      education: [["none", 3], ["primary", 3], ["secondary", 2], ["vocational", 1], ["higher", 1]],
    },
    12,
  ],
  [
    {
      languages: ["tigrinja"],
      given: { f: ["Helen", "Senait", "Selam", "Ruta"], m: ["Daniel", "Yonas", "Filmon", "Tesfay"] },
      family: ["Tesfamariam", "Gebremedhin", "Haile", "Berhe"],
      protection: [["asylum", 3], ["resettlement", 1]],
      education: [["none", 2], ["primary", 4], ["secondary", 2], ["vocational", 1], ["higher", 1]],
    },
    8,
  ],
  [
    {
      languages: ["fransk", "swahili"],
      given: { f: ["Grace", "Esther", "Chantal", "Aline"], m: ["Jean", "Patrick", "Emmanuel", "Olivier"] },
      family: ["Mukendi", "Kabongo", "Ilunga", "Mbuyi"],
      protection: [["resettlement", 3], ["asylum", 1]],
      education: [["none", 2], ["primary", 3], ["secondary", 3], ["vocational", 1], ["higher", 1]],
    },
    6,
  ],
  [
    {
      languages: ["somali"],
      given: { f: ["Hodan", "Amina", "Sahra", "Faduma"], m: ["Abdi", "Mahad", "Yusuf", "Liban"] },
      family: ["Warsame", "Abdullahi", "Farah", "Osman"],
      protection: [["asylum", 1], ["resettlement", 1]],
      education: [["none", 3], ["primary", 3], ["secondary", 2], ["vocational", 1], ["higher", 1]],
    },
    4,
  ],
];

const sectors: ReadonlyArray<readonly [WorkSector, number]> = [
  ["none", 14],
  ["agriculture", 8],
  ["fishery", 5],
  ["industry", 12],
  ["construction", 12],
  ["health", 9],
  ["teaching", 7],
  ["service", 17],
  ["transport", 8],
  ["office", 8],
];
const otherSkills = ["Sveising", "Kokk", "Frisør", "Snekker", "Elektriker", "Regnskap", "Programmering", "Sjåfør med tungbilsertifikat", "Barnehagearbeid", "Sying", "Fiskeforedling", "Maskinfører"];
const levels: ReadonlyArray<readonly [Level, number]> = [["none", 5], ["basic", 4], ["good", 1]];

interface SeedMember {
  name: string;
  birthYear: number;
  relation: Relation;
}

export async function seedSettlementDemo(db: Kysely<DatabaseSchema>, clock: Clock): Promise<void> {
  const existing = await db.selectFrom("settlement_years").select("year").where("year", "=", demoSettlementYear).executeTakeFirst();
  if (existing) return;
  const random = prng(2026);
  const today = clock.today();
  const thisYear = Number(today.slice(0, 4));
  const year = demoSettlementYear;

  const [imdi, froyaAdmin, municipalities, counties] = await Promise.all([
    db.selectFrom("users").select("id").where("email", "=", "imdi@demo.velkomst.no").executeTakeFirst(),
    db.selectFrom("users").select("id").where("email", "=", "admin.froya@demo.velkomst.no").executeTakeFirst(),
    db.selectFrom("municipalities").select(["number", "county_number", "population"]).orderBy("number").execute(),
    db.selectFrom("counties").select("number").orderBy("number").execute(),
  ]);
  const imdiId = imdi?.id ?? null;

  // Requests: one person each, the rest by population; minors to the larger municipalities.
  const rest = spreadByWeight(nationalNeed - municipalities.length, municipalities, (m) => m.population);
  const large = municipalities.map((m) => (m.population >= 20_000 ? m.population : 0));
  const minors = spreadByWeight(nationalNeedMinors, large, (w) => w);
  const requests = municipalities.map((m, i) => {
    const special = demoRegionRequests[m.number];
    const persons = special?.persons ?? 1 + (rest[i] ?? 0);
    return { municipality: m, persons, minors: special ? special.minors : Math.min(persons, minors[i] ?? 0) };
  });

  const countyPersons = new Map<string, number>();
  for (const r of requests) countyPersons.set(r.municipality.county_number, (countyPersons.get(r.municipality.county_number) ?? 0) + r.persons);
  const countyMinors = new Map<string, number>();
  for (const r of requests) countyMinors.set(r.municipality.county_number, (countyMinors.get(r.municipality.county_number) ?? 0) + r.minors);

  const decisions = requests.flatMap(({ municipality: m, persons, minors: requestedMinors }) => {
    const special = demoRegionRequests[m.number];
    const answers = special !== undefined || random() < 0.88;
    const factor = random();
    const r2 = random();
    const r3 = random();
    const day = between(random, 0, 120);
    if (!answers) return [];
    const decided = special?.decided ?? Math.max(0, Math.round(persons * (0.7 + 0.5 * factor)));
    return [
      {
        year,
        municipality_number: m.number,
        persons: decided,
        unaccompanied_minors: Math.min(decided, requestedMinors + (m.population >= 50_000 && r2 < 0.5 ? 1 : 0)),
        wheelchair_homes: special?.wheelchair ?? (m.population >= 10_000 ? 1 + (r2 < 0.5 ? 1 : 0) : r2 < 0.25 ? 1 : 0),
        health_services: m.population >= 20_000 || r3 < 0.35 || special !== undefined,
        decided_on: addDays(`${year - 1}-11-01`, day),
        recorded_by: m.number === "5014" ? (froyaAdmin?.id ?? null) : null,
      },
    ];
  });

  // Households.
  const tieTargets = municipalities.map((m) => [m.number, m.population] as const);
  const households: Array<{ id: string; reference: string; protection: Protection; ready_on: string; needs_health_services: boolean; needs_wheelchair_home: boolean; registered_by: string | null }> = [];
  const members: Array<Insertable<SettlementMembersTable> & { id: string }> = [];
  const ties: Array<{ household_id: string; municipality_number: string; kind: "family" | "network" }> = [];
  for (let index = 0; index < householdCount; index++) {
    const id = uuidFrom(random);
    const origin = weighted(random, origins);
    const protection = weighted(random, origin.protection);
    const familyName = pick(random, origin.family);
    const kind = weighted(random, [["single", 35], ["couple", 10], ["family", 45], ["minor", 5], ["other", 5]] as const);
    const list: SeedMember[] = [];
    const person = (age: number, relation: Relation, female: boolean) =>
      list.push({ name: `${pick(random, female ? origin.given.f : origin.given.m)} ${familyName}`, birthYear: thisYear - age, relation });
    const mainFemale = random() < 0.5;
    if (kind === "minor") {
      person(between(random, 14, 17), "main", random() < 0.3);
    } else {
      const mainAge = between(random, 20, 58);
      person(mainAge, "main", mainFemale);
      if (kind === "couple" || (kind === "family" && random() < 0.7)) person(Math.max(19, mainAge + between(random, -5, 5)), "spouse", !mainFemale);
      if (kind === "family") {
        const children = between(random, 1, 4);
        for (let c = 0; c < children; c++) person(between(random, 0, Math.min(17, mainAge - 18)), "child", random() < 0.5);
      }
      if (kind === "other") person(between(random, 60, 78), "other", random() < 0.6);
    }
    const needsHealth = random() < 0.06;
    const needsWheelchair = random() < 0.03;
    const future = random() < 0.04;
    const readyOn = future ? addDays(today, between(random, 3, 30)) : addDays(today, -between(random, 0, 200));
    households.push({
      id,
      reference: `B-${year}-${String(index + 1).padStart(4, "0")}`,
      protection,
      ready_on: readyOn,
      needs_health_services: needsHealth,
      needs_wheelchair_home: needsWheelchair,
      registered_by: imdiId,
    });
    list.forEach((m, position) => {
      const age = thisYear - m.birthYear;
      const mapped = age >= 18 && age <= 55 && random() > 0.08;
      const simplified = protection === "collective";
      members.push({
        id: uuidFrom(random),
        household_id: id,
        position: position + 1,
        name: m.name,
        birth_year: m.birthYear,
        relation: m.relation,
        mapping: mapped ? (simplified ? "simplified" : "full") : null,
        languages: mapped || age >= 18 ? [...origin.languages.slice(0, 1 + Math.floor(random() * origin.languages.length)), ...(random() < 0.35 ? ["engelsk"] : [])] : origin.languages.slice(0, 1),
        norwegian_level: mapped ? weighted(random, [["none", 6], ["basic", 3], ["good", 1]] as const) : null,
        english_level: mapped ? weighted(random, levels) : null,
        digital_skills: mapped ? weighted(random, [["none", 2], ["basic", 5], ["good", 3]] as const) : null,
        education: mapped ? weighted(random, origin.education) : null,
        work_sector: mapped ? weighted(random, sectors) : null,
        work_years: mapped ? between(random, 0, Math.max(0, age - 18)) : null,
        other_skills: mapped && random() < 0.3 ? pick(random, otherSkills) : null,
        driving_licence: mapped && simplified ? random() < 0.5 : null,
        has_car: mapped && simplified ? random() < 0.25 : null,
      });
    });
    // Ties: a few households to the demo region, others drawn by population (networks gather in towns).
    const tieRoll = random();
    if (index % 40 === 7) ties.push({ household_id: id, municipality_number: "5014", kind: "family" });
    else if (index % 40 === 27) ties.push({ household_id: id, municipality_number: "5056", kind: "network" });
    else if (tieRoll < 0.22) ties.push({ household_id: id, municipality_number: weighted(random, tieTargets), kind: random() < 0.6 ? "family" : "network" });
  }
  // Fishery and industry experience in the demo region's ties, as the salmon industry there would attract.
  for (const m of members) {
    const tie = ties.find((t) => t.household_id === m.household_id);
    if (tie && (tie.municipality_number === "5014" || tie.municipality_number === "5056") && m.mapping) m.work_sector = random() < 0.6 ? "fishery" : "industry";
  }

  // Some history: households settled earlier this year, a few refusals, and open enquiries (two to Frøya).
  const ready = households.filter((h) => h.ready_on <= addDays(today, -30));
  const decidedBy = new Map(decisions.map((d) => [d.municipality_number, d]));
  const used = new Map<string, number>();
  const sizeOf = new Map<string, number>();
  for (const m of members) sizeOf.set(m.household_id, (sizeOf.get(m.household_id) ?? 0) + 1);
  // Frøya's places are left for the demo's own runs.
  const capacityCandidates = decisions.filter((d) => d.persons >= 3 && d.municipality_number !== "5014").map((d) => [d.municipality_number, d.persons] as const);
  const enquiries: Array<{ id: string; year: number; household_id: string; municipality_number: string; persons: number; unaccompanied_minors: number; wheelchair_homes: number; sent_by: string | null; sent_at: string }> = [];
  const answers: Array<{ enquiry_id: string; answer: "accepted" | "refused"; reason: string | null; answered_by: string | null; answered_at: string }> = [];
  const placements: Array<{ household_id: string; year: number; municipality_number: string; enquiry_id: string; decided_by: string | null; decided_at: string }> = [];
  const agesIn = (id: string) => members.filter((m) => m.household_id === id).map((m) => thisYear - m.birth_year);
  const enquire = (household: (typeof households)[number], municipality: string, daysAgo: number) => {
    const persons = sizeOf.get(household.id) ?? 1;
    const ages = agesIn(household.id);
    const minorsHere = ages.every((a) => a < 18) ? ages.length : 0;
    const decision = decidedBy.get(municipality);
    // The history keeps to households without special needs, so capacity is counted in persons only.
    if (!decision || (used.get(municipality) ?? 0) + persons > decision.persons || minorsHere > 0) return undefined;
    if (household.needs_health_services && !decision.health_services) return undefined;
    if (household.needs_wheelchair_home) return undefined;
    used.set(municipality, (used.get(municipality) ?? 0) + persons);
    const enquiry = {
      id: uuidFrom(random),
      year,
      household_id: household.id,
      municipality_number: municipality,
      persons,
      unaccompanied_minors: minorsHere,
      wheelchair_homes: 0,
      sent_by: imdiId,
      sent_at: `${addDays(today, -daysAgo)}T09:00:00Z`,
    };
    enquiries.push(enquiry);
    return enquiry;
  };
  let settled = 0;
  let refused = 0;
  let open = 0;
  const froyaOpen: string[] = [];
  for (const household of ready) {
    const tie = ties.find((t) => t.household_id === household.id)?.municipality_number;
    if (settled < 40 && random() < 0.35 && tie !== "5014") {
      const target = tie && tie !== "5056" && decidedBy.has(tie) ? tie : weighted(random, capacityCandidates);
      const enquiry = enquire(household, target, between(random, 10, 25));
      if (!enquiry) continue;
      const answeredAt = `${addDays(today, -between(random, 2, 9))}T13:00:00Z`;
      answers.push({ enquiry_id: enquiry.id, answer: "accepted", reason: null, answered_by: null, answered_at: answeredAt });
      placements.push({ household_id: household.id, year, municipality_number: target, enquiry_id: enquiry.id, decided_by: null, decided_at: answeredAt });
      settled++;
    } else if (refused < 4 && random() < 0.1) {
      const enquiry = enquire(household, weighted(random, capacityCandidates), between(random, 10, 25));
      if (!enquiry) continue;
      used.set(enquiry.municipality_number, (used.get(enquiry.municipality_number) ?? 0) - enquiry.persons);
      answers.push({
        enquiry_id: enquiry.id,
        answer: "refused",
        reason: pick(random, ["Ingen ledig bolig av riktig størrelse nå.", "Vi mangler tilrettelagt bolig for denne familien.", "Barnehageplass kan ikke tilbys før til høsten."]),
        answered_by: null,
        answered_at: `${addDays(today, -between(random, 1, 8))}T11:00:00Z`,
      });
      refused++;
    } else if (froyaOpen.length < 2 && tie === "5014" && sizeOf.get(household.id)! <= 4) {
      if (enquire(household, "5014", between(random, 1, 5))) froyaOpen.push(household.id);
    } else if (open < 3 && random() < 0.05) {
      if (enquire(household, weighted(random, capacityCandidates), between(random, 1, 6))) open++;
    }
  }

  await db.transaction().execute(async (trx) => {
    await trx.insertInto("settlement_years").values({ year, national_need: nationalNeed, national_need_minors: nationalNeedMinors, opened_by: imdiId, opened_at: `${year - 1}-09-15T08:00:00Z` }).execute();
    await trx.insertInto("settlement_weights").values({ year, weights: JSON.stringify(defaultWeights), set_by: imdiId, set_at: `${year - 1}-09-15T08:00:00Z` }).execute();
    await bulkInsert(
      trx,
      "settlement_county_recommendations",
      counties.map((c) => ({
        year,
        county_number: c.number,
        persons: countyPersons.get(c.number) ?? 0,
        unaccompanied_minors: countyMinors.get(c.number) ?? 0,
        recorded_by: imdiId,
        recorded_at: `${year - 1}-10-01T08:00:00Z`,
      })),
    );
    await bulkInsert(
      trx,
      "settlement_requests",
      requests.map((r) => ({ year, municipality_number: r.municipality.number, persons: r.persons, unaccompanied_minors: r.minors, sent_by: imdiId, sent_at: `${year - 1}-10-15T08:00:00Z` })),
    );
    await bulkInsert(trx, "settlement_decisions", decisions);
    await bulkInsert(trx, "settlement_households", households);
    await bulkInsert(trx, "settlement_members", members);
    await bulkInsert(trx, "settlement_ties", ties);
    await bulkInsert(trx, "settlement_enquiries", enquiries);
    await bulkInsert(trx, "settlement_answers", answers);
    await bulkInsert(trx, "settlement_placements", placements);
  });
}
