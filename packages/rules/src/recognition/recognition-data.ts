import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isIsoDate } from "../dates/iso-date.ts";
import { DataFileError, loadYamlFile } from "../parameters/yaml-file.ts";
import { Type } from "@sinclair/typebox";
import {
  authorityFileSchema,
  bodyFileSchema,
  groupFileSchema,
  professionFileSchema,
  type AuthorityValue,
  type BodyEntry,
  type GroupEntry,
  type ProfessionEntry,
} from "./recognition-data-schema.ts";

export const recognitionDataDir = join(import.meta.dirname, "..", "..", "recognition");
const fileNames = ["index.yaml", "bodies.yaml", "authorities.yaml", "groups.yaml", "professions.yaml"] as const;

/** A task's body on a date: the newest value that started on or before it. */
export interface AuthorityPeriod extends AuthorityValue {
  from: string;
}

/** An occupation with its group's law resolved: what the validator requires of every entry. */
export interface Occupation extends ProfessionEntry {
  regulated: boolean;
  authority?: string;
  legalBasis: GroupEntry["legalBasis"];
  nonEeaLegalBasis: GroupEntry["legalBasis"];
  source: GroupEntry["source"];
}

export interface RecognitionData {
  bodies: ReadonlyMap<string, BodyEntry>;
  authorities: ReadonlyMap<string, readonly AuthorityPeriod[]>;
  occupations: readonly Occupation[];
  byId: ReadonlyMap<string, Occupation>;
  /** STYRK-08 code → the first occupation listed with it (the file's order decides). */
  byStyrk: ReadonlyMap<string, Occupation>;
  version: string;
}

type Texts = Partial<Record<(typeof fileNames)[number], string>>;

/**
 * Loads and cross-checks the recognition tables: every occupation resolves to a body (through its
 * group's task), a legal basis, a source link and a review date; ids are unique; dates are real.
 * Every error names the file. `texts` replaces file contents (tests).
 */
export function loadRecognitionData(dir = recognitionDataDir, texts: Texts = {}): RecognitionData {
  const path = (name: (typeof fileNames)[number]) => join(dir, name);
  const read = (name: (typeof fileNames)[number]) => texts[name] ?? readFileSync(path(name), "utf8");
  loadYamlFile(path("index.yaml"), Type.Object({ description: Type.String({ minLength: 1 }), notes: Type.Optional(Type.Array(Type.String())) }), read("index.yaml"));
  const bodyList = loadYamlFile(path("bodies.yaml"), bodyFileSchema, read("bodies.yaml"));
  const authorityFile = loadYamlFile(path("authorities.yaml"), authorityFileSchema, read("authorities.yaml"));
  const groups = loadYamlFile(path("groups.yaml"), groupFileSchema, read("groups.yaml"));
  const professions = loadYamlFile(path("professions.yaml"), professionFileSchema, read("professions.yaml"));

  const bodies = new Map<string, BodyEntry>();
  const bodyProblems: string[] = [];
  bodyList.forEach((body, index) => {
    if (bodies.has(body.id)) bodyProblems.push(`[${index}].id: ${body.id} is listed twice`);
    if (!isIsoDate(body.lastReviewed)) bodyProblems.push(`[${index}].lastReviewed: expected a real date YYYY-MM-DD`);
    if (body.verified === false && !body.note) bodyProblems.push(`[${index}].note: say what could not be verified`);
    bodies.set(body.id, body);
  });
  if (bodyProblems.length > 0) throw new DataFileError(path("bodies.yaml"), bodyProblems);

  const authorities = new Map<string, AuthorityPeriod[]>();
  const authorityProblems: string[] = [];
  for (const [task, { values }] of Object.entries(authorityFile)) {
    const periods = Object.entries(values)
      .map(([from, value]) => ({ ...value, from }))
      .sort((a, b) => a.from.localeCompare(b.from));
    for (const period of periods) {
      const where = `${task}.values.${period.from}`;
      if (!isIsoDate(period.from)) authorityProblems.push(`${where}: expected a real date YYYY-MM-DD`);
      if (!isIsoDate(period.lastReviewed)) authorityProblems.push(`${where}.lastReviewed: expected a real date YYYY-MM-DD`);
      if (!bodies.has(period.body)) authorityProblems.push(`${where}.body: ${period.body} is not in bodies.yaml`);
      if (period.verified === false && !period.note) authorityProblems.push(`${where}.note: say what could not be verified`);
      if (period.startAssumed && period.verified !== false) authorityProblems.push(`${where}.startAssumed: only an unverified value (verified: false) has an assumed start`);
    }
    authorities.set(task, periods);
  }
  if (authorityProblems.length > 0) throw new DataFileError(path("authorities.yaml"), authorityProblems);

  const groupProblems: string[] = [];
  for (const [id, group] of Object.entries(groups)) {
    if (group.authority !== undefined && !authorities.has(group.authority)) groupProblems.push(`${id}.authority: ${group.authority} is not in authorities.yaml`);
  }
  if (groupProblems.length > 0) throw new DataFileError(path("groups.yaml"), groupProblems);

  const occupations: Occupation[] = [];
  const byId = new Map<string, Occupation>();
  const byStyrk = new Map<string, Occupation>();
  const professionProblems: string[] = [];
  professions.forEach((profession, index) => {
    const group = groups[profession.group];
    if (!group) {
      professionProblems.push(`[${index}].group: ${profession.group} is not in groups.yaml`);
      return;
    }
    if (byId.has(profession.id)) professionProblems.push(`[${index}].id: ${profession.id} is listed twice`);
    if (!isIsoDate(profession.lastReviewed)) professionProblems.push(`[${index}].lastReviewed: expected a real date YYYY-MM-DD`);
    const occupation: Occupation = {
      ...profession,
      regulated: group.authority !== undefined,
      ...(group.authority !== undefined ? { authority: group.authority } : {}),
      legalBasis: group.legalBasis,
      nonEeaLegalBasis: group.nonEeaLegalBasis ?? [],
      source: group.source,
    };
    occupations.push(occupation);
    byId.set(occupation.id, occupation);
    if (!byStyrk.has(occupation.styrk08)) byStyrk.set(occupation.styrk08, occupation);
  });
  if (professionProblems.length > 0) throw new DataFileError(path("professions.yaml"), professionProblems);

  const hash = createHash("sha256");
  let newestReview = "";
  for (const name of fileNames) hash.update(name).update("\0").update(read(name)).update("\0");
  for (const entry of [...bodies.values(), ...occupations, ...[...authorities.values()].flat()]) {
    if (entry.lastReviewed > newestReview) newestReview = entry.lastReviewed;
  }
  return { bodies, authorities, occupations, byId, byStyrk, version: `${newestReview}+${hash.digest("hex").slice(0, 12)}` };
}

/** The period of a task in force on a date, or undefined before the first. */
export function authorityOn(data: RecognitionData, task: string, date: string): AuthorityPeriod | undefined {
  let found: AuthorityPeriod | undefined;
  for (const period of data.authorities.get(task) ?? []) if (period.from <= date) found = period;
  return found;
}

let loaded: RecognitionData | undefined;
/** The reviewed data, loaded once on first use. */
export function recognitionData(): RecognitionData {
  loaded ??= loadRecognitionData();
  return loaded;
}
