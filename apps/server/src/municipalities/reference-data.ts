import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";

export interface MunicipalityRecord {
  number: string;
  name: string;
  countyNumber: string;
  countyName: string;
  population: number;
}

const municipalitiesCsv = join(import.meta.dirname, "../../data/municipalities-2024.csv");
const expectedHeader = "kommunenummer,name,county_number,county_name,population";

/** Parses SSB/Kartverket's 2024 municipality list (see data/README.md). Names never contain commas or quotes. */
export function parseMunicipalitiesCsv(text: string, source = municipalitiesCsv): MunicipalityRecord[] {
  const [header, ...lines] = text.trim().split("\n");
  if (header !== expectedHeader) throw new Error(`${source}: expected header "${expectedHeader}"`);
  return lines.map((line, index) => {
    const [number = "", name = "", countyNumber = "", countyName = "", population = ""] = line.split(",");
    if (!/^\d{4}$/.test(number) || !name || !/^\d{2}$/.test(countyNumber) || !/^\d+$/.test(population)) {
      throw new Error(`${source}:${index + 2}: malformed row "${line}"`);
    }
    return { number, name, countyNumber, countyName, population: Number(population) };
  });
}

export function readMunicipalities(): MunicipalityRecord[] {
  return parseMunicipalitiesCsv(readFileSync(municipalitiesCsv, "utf8"));
}

/** Loads counties and municipalities; idempotent, so it runs on every start and after each migration. */
export async function importReferenceData(db: Kysely<DatabaseSchema>, records = readMunicipalities()): Promise<void> {
  const counties = [...new Map(records.map((r) => [r.countyNumber, { number: r.countyNumber, name: r.countyName }])).values()];
  await db.transaction().execute(async (transaction) => {
    await transaction
      .insertInto("counties")
      .values(counties)
      .onConflict((conflict) => conflict.column("number").doUpdateSet((eb) => ({ name: eb.ref("excluded.name") })))
      .execute();
    await transaction
      .insertInto("municipalities")
      .values(records.map((r) => ({ number: r.number, name: r.name, county_number: r.countyNumber, population: r.population })))
      .onConflict((conflict) =>
        conflict.column("number").doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          county_number: eb.ref("excluded.county_number"),
          population: eb.ref("excluded.population"),
        })),
      )
      .execute();
  });
}
