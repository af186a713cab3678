import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";

export interface County {
  number: string;
  name: string;
}

export interface Municipality {
  number: string;
  name: string;
  countyNumber: string;
  countyName: string;
  population: number;
}

export interface WelcomeService {
  id: string;
  name: string;
  kind: "municipal" | "regional";
  countyNumber: string;
  countyName: string;
  municipalities: Array<{ number: string; name: string }>;
  email: string | null;
  phone: string | null;
  address: string | null;
  website: string | null;
}

export interface MunicipalityOverview extends Municipality {
  /** The welcome services that cover this municipality, its own or a region's. */
  welcomeServices: WelcomeService[];
  /** When none covers it: the services elsewhere in the same county (never another county's, which may be far away). */
  nearestWelcomeServices: WelcomeService[];
}

export function createMunicipalityRepository(db: Kysely<DatabaseSchema>) {
  let municipalityList: Promise<Municipality[]> | undefined;
  const municipalityColumns = [
    "municipalities.number",
    "municipalities.name",
    "municipalities.county_number as countyNumber",
    "counties.name as countyName",
    "municipalities.population",
  ] as const;

  function findMunicipality(number: string): Promise<Municipality | undefined> {
    return db
      .selectFrom("municipalities")
      .innerJoin("counties", "counties.number", "municipalities.county_number")
      .select(municipalityColumns)
      .where("municipalities.number", "=", number)
      .executeTakeFirst();
  }

  async function listWelcomeServices(): Promise<WelcomeService[]> {
    const services = await db
      .selectFrom("welcome_services")
      .leftJoin("regions", "regions.id", "welcome_services.region_id")
      .leftJoin("municipalities as own", "own.number", "welcome_services.municipality_number")
      .select([
        "welcome_services.id",
        "welcome_services.name",
        "welcome_services.municipality_number",
        "welcome_services.region_id",
        "welcome_services.email",
        "welcome_services.phone",
        "welcome_services.address",
        "welcome_services.website",
        "regions.county_number as regionCounty",
        "own.county_number as ownCounty",
        "own.name as ownName",
      ])
      .orderBy("welcome_services.name")
      .execute();
    const members = await db
      .selectFrom("region_municipalities")
      .innerJoin("municipalities", "municipalities.number", "region_municipalities.municipality_number")
      .select(["region_municipalities.region_id", "municipalities.number", "municipalities.name"])
      .orderBy("municipalities.name")
      .execute();
    const counties = new Map((await db.selectFrom("counties").selectAll().execute()).map((c) => [c.number, c.name]));
    return services.map((service) => {
      const countyNumber = service.regionCounty ?? service.ownCounty ?? "";
      return {
        id: service.id,
        name: service.name,
        kind: service.region_id ? "regional" : "municipal",
        countyNumber,
        countyName: counties.get(countyNumber) ?? "",
        municipalities: service.region_id
          ? members.filter((m) => m.region_id === service.region_id).map(({ number, name }) => ({ number, name }))
          : [{ number: service.municipality_number ?? "", name: service.ownName ?? "" }],
        email: service.email,
        phone: service.phone,
        address: service.address,
        website: service.website,
      };
    });
  }

  return {
    listCounties(): Promise<County[]> {
      return db.selectFrom("counties").select(["number", "name"]).orderBy("number").execute();
    },

    /**
     * The 2024 list is reference data loaded at start-up and never edited at run time, so one
     * read per process is enough; every page with the municipality picker needs it.
     */
    listMunicipalities(): Promise<Municipality[]> {
      return (municipalityList ??= db
        .selectFrom("municipalities")
        .innerJoin("counties", "counties.number", "municipalities.county_number")
        .select(municipalityColumns)
        .orderBy("municipalities.county_number")
        .orderBy("municipalities.name")
        .execute()
        .catch((error: unknown) => {
          municipalityList = undefined;
          throw error;
        }));
    },

    findMunicipality,

    listWelcomeServices,

    async overview(number: string): Promise<MunicipalityOverview | undefined> {
      const municipality = await findMunicipality(number);
      if (!municipality) return undefined;
      const services = await listWelcomeServices();
      const welcomeServices = services.filter((s) => s.municipalities.some((m) => m.number === number));
      const inCounty = services.filter((s) => s.countyNumber === municipality.countyNumber);
      const nearestWelcomeServices = welcomeServices.length > 0 ? [] : inCounty;
      return { ...municipality, welcomeServices, nearestWelcomeServices };
    },
  };
}

export type MunicipalityRepository = ReturnType<typeof createMunicipalityRepository>;
