import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.ts";
import type { Clock } from "../platform/clock.ts";
import type { MemberInput } from "./team-repository.ts";

/** Frøya and Hitra's agencies with their work contacts (demo addresses, so no mail reaches anyone). */
const demoMembers: MemberInput[] = [
  { agency: "nav", name: "NAV Frøya og Hitra", contactName: "Kari Nordmann, veileder", contactEmail: "nav.tilflytter@demo.velkomst.no", contactPhone: "+47 00 00 00 01", helpsWith: "Arbeid, arbeidsledighet og økonomisk sosialhjelp. Vi har drop-in på tirsdager i Fillan." },
  { agency: "tax-office", name: "Skatteetaten, Servicesenter for utenlandske arbeidstakere (SUA) Trondheim", contactName: "Jonas Berg, saksbehandler", contactEmail: "sua.trondheim@demo.velkomst.no", contactPhone: "+47 00 00 00 02", helpsWith: "Skattekort, D-nummer og ID-kontroll for deg som kommer for å jobbe." },
  { agency: "adult-learning-centre", name: "Frøya og Hitra voksenopplæring", contactName: "Lena Aas, rektor", contactEmail: "voksenopplaering@demo.velkomst.no", contactPhone: "+47 00 00 00 03", helpsWith: "Norskopplæring, grunnskole for voksne og kveldskurs i norsk for arbeidsinnvandrere." },
  { agency: "health-centre", name: "Helsestasjonen Frøya og Hitra", contactName: "Randi Strøm, helsesykepleier", contactEmail: "helsestasjon@demo.velkomst.no", contactPhone: "+47 00 00 00 04", helpsWith: "Vaksiner, helsekontroll for barn og familier, og helseundersøkelse for nyankomne." },
  { agency: "volunteer-centre", name: "Frøya frivilligsentral", contactName: "Tor Hansen, daglig leder", contactEmail: "frivilligsentral@demo.velkomst.no", contactPhone: "+47 00 00 00 05", helpsWith: "Språkkafé, leksehjelp og fritidsaktiviteter med frivillige." },
];

/** A newcomer team for the demo region, its five member agencies, and the region's theme evening held by the volunteer centre. */
export async function seedNewcomerTeamDemo(db: Kysely<DatabaseSchema>, clock: Clock, regionId: string): Promise<void> {
  const now = clock.now();
  await db.transaction().execute(async (trx) => {
    const team = await trx.insertInto("newcomer_teams").values({ region_id: regionId, name: "Tilflytterteamet Frøya og Hitra", created_by: null, created_at: now }).returning("id").executeTakeFirstOrThrow();
    const members = await trx
      .insertInto("newcomer_team_members")
      .values(demoMembers.map((m) => ({ team_id: team.id, agency: m.agency, name: m.name, contact_name: m.contactName, contact_email: m.contactEmail, contact_phone: m.contactPhone, helps_with: m.helpsWith, added_by: null, added_at: now })))
      .returning(["id", "agency"])
      .execute();
    const themeEvening = await trx.selectFrom("events").select("id").where("region_id", "=", regionId).where("kind", "=", "theme-evening").executeTakeFirst();
    if (!themeEvening) return;
    const volunteerCentre = members.find((m) => m.agency === "volunteer-centre")!;
    await trx.insertInto("newcomer_team_events").values({ event_id: themeEvening.id, member_id: volunteerCentre.id, tagged_by: null, tagged_at: now }).execute();
  });
}
