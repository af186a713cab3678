import type { Kysely } from "kysely";
import { recordAudit } from "../audit/audit-log.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { DatabaseSchema } from "../database/schema.ts";
import { eventsOwnedBy, findEvents, type EventRecord } from "../events/events-repository.ts";
import { isId, type AreaServices } from "../mentoring/mentoring-access.ts";
import type { Clock } from "../platform/clock.ts";
import { InvalidInputError, NotFoundError } from "../platform/domain-errors.ts";
import { isUniqueViolation } from "../platform/unique-violation.ts";
import type { Agency } from "./agencies.ts";
import { teamAreasOf, type TeamAreas } from "./newcomer-team-access.ts";

type Db = Kysely<DatabaseSchema>;

export interface TeamServices extends AreaServices {
  db: Db;
  clock: Clock;
}

export type TeamArea = { kind: "municipality" | "region"; id: string; name: string };

export interface Team {
  id: string;
  name: string;
  area: TeamArea;
}

export interface MemberInput {
  agency: Agency;
  name: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  helpsWith: string;
}

export interface Member extends MemberInput {
  id: string;
  teamId: string;
}

function teamsQuery(db: Db) {
  return db
    .selectFrom("newcomer_teams")
    .leftJoin("municipalities", "municipalities.number", "newcomer_teams.municipality_number")
    .leftJoin("regions", "regions.id", "newcomer_teams.region_id")
    .select(["newcomer_teams.id", "newcomer_teams.name", "newcomer_teams.municipality_number", "newcomer_teams.region_id", "municipalities.name as municipality_name", "regions.name as region_name"]);
}

function toTeam(row: { id: string; name: string; municipality_number: string | null; region_id: string | null; municipality_name: string | null; region_name: string | null }): Team {
  const area: TeamArea = row.municipality_number !== null ? { kind: "municipality", id: row.municipality_number, name: row.municipality_name ?? "" } : { kind: "region", id: row.region_id ?? "", name: row.region_name ?? "" };
  return { id: row.id, name: row.name, area };
}

export async function findTeam(db: Db, id: string): Promise<Team | undefined> {
  if (!isId(id)) return undefined;
  const row = await teamsQuery(db).where("newcomer_teams.id", "=", id).executeTakeFirst();
  return row && toTeam(row);
}

export async function allTeams(db: Db): Promise<Team[]> {
  return (await teamsQuery(db).orderBy("newcomer_teams.name").execute()).map(toTeam);
}

function inAreas(team: Team, areas: TeamAreas): boolean {
  return team.area.kind === "municipality" ? areas.municipalities.includes(team.area.id) : areas.regions.includes(team.area.id);
}

/** The teams the viewer manages. */
export async function teamsManagedBy(services: TeamServices, viewer: Viewer): Promise<Team[]> {
  const areas = await teamAreasOf(services, viewer);
  return (await allTeams(services.db)).filter((team) => inAreas(team, areas));
}

/** The team, if the viewer manages it (a 404 for others, so ids are not confirmed to outsiders). */
export async function teamForManager(services: TeamServices, viewer: Viewer, id: string): Promise<Team> {
  const team = await findTeam(services.db, id);
  if (!team || !inAreas(team, await teamAreasOf(services, viewer))) throw new NotFoundError("newcomer team", id);
  return team;
}

/** The municipalities a team works in: its own, or every municipality of its region. */
export async function municipalitiesOf(db: Db, team: Team): Promise<string[]> {
  if (team.area.kind === "municipality") return [team.area.id];
  return (await db.selectFrom("region_municipalities").select("municipality_number").where("region_id", "=", team.area.id).execute()).map((r) => r.municipality_number);
}

/** The teams that work in a municipality: its own and those of the regions it belongs to. */
export async function teamsCovering(db: Db, municipalityNumber: string): Promise<Team[]> {
  const regions = db.selectFrom("region_municipalities").select("region_id").where("municipality_number", "=", municipalityNumber);
  const rows = await teamsQuery(db)
    .where((eb) => eb.or([eb("newcomer_teams.municipality_number", "=", municipalityNumber), eb("newcomer_teams.region_id", "in", regions)]))
    .orderBy("newcomer_teams.name")
    .execute();
  return rows.map(toTeam);
}

/** Starts a team for a municipality or region the viewer manages; one team per area (a 409 naming the area otherwise). */
export async function createTeam(services: TeamServices, viewer: Viewer, input: { area: { kind: "municipality" | "region"; id: string }; name: string }, ip: string | null): Promise<string> {
  const areas = await teamAreasOf(services, viewer);
  const allowed = input.area.kind === "municipality" ? areas.municipalities : areas.regions;
  if (!allowed.includes(input.area.id)) throw new InvalidInputError([{ path: "area", code: "chooseOne", message: "choose a municipality or region in your area" }]);
  return services.db
    .transaction()
    .execute(async (transaction) => {
      const { id } = await transaction
        .insertInto("newcomer_teams")
        .values({
          municipality_number: input.area.kind === "municipality" ? input.area.id : null,
          region_id: input.area.kind === "region" ? input.area.id : null,
          name: input.name,
          created_by: viewer.id,
          created_at: services.clock.now(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAudit(transaction, { actorUserId: viewer.id, action: "newcomer-team.created", subjectType: "newcomer-team", subjectId: id, details: { area: input.area }, ip });
      return id;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new InvalidInputError([{ path: "area", code: "teamExists", message: "the area has a newcomer team already" }], 409);
      throw error;
    });
}

type MemberRow = { id: string; team_id: string; agency: Agency; name: string; contact_name: string; contact_email: string; contact_phone: string; helps_with: string };

const toMember = (r: MemberRow): Member => ({ id: r.id, teamId: r.team_id, agency: r.agency, name: r.name, contactName: r.contact_name, contactEmail: r.contact_email, contactPhone: r.contact_phone, helpsWith: r.helps_with });

/** The teams' current members (a removed member is in no picker, calendar or public page). */
export async function membersOf(db: Db, teamIds: readonly string[]): Promise<Member[]> {
  if (teamIds.length === 0) return [];
  const rows = await db.selectFrom("newcomer_team_members").selectAll().where("team_id", "in", [...teamIds]).where("removed_at", "is", null).orderBy("name").execute();
  return rows.map(toMember);
}

/** A current member of a team the viewer manages (a 404 otherwise: removed, another team's, or not the viewer's). */
export async function memberForManager(services: TeamServices, viewer: Viewer, teamId: string, memberId: string): Promise<{ team: Team; member: Member }> {
  const team = await teamForManager(services, viewer, teamId);
  const row = isId(memberId) ? await services.db.selectFrom("newcomer_team_members").selectAll().where("id", "=", memberId).where("team_id", "=", team.id).where("removed_at", "is", null).executeTakeFirst() : undefined;
  if (!row) throw new NotFoundError("newcomer team member", memberId);
  return { team, member: toMember(row) };
}

/** A member agency that already has the name (a 409 at the name). */
const memberExists = () => new InvalidInputError([{ path: "name", code: "memberExists", message: "the team has a member with this name already" }], 409);

/** Adds a member agency with its contact person; two members of one team never share a name (a 409 at the name). */
export async function addMember(services: TeamServices, viewer: Viewer, teamId: string, input: MemberInput, ip: string | null): Promise<string> {
  const team = await teamForManager(services, viewer, teamId);
  return services.db
    .transaction()
    .execute(async (transaction) => {
      const { id } = await transaction
        .insertInto("newcomer_team_members")
        .values({
          team_id: team.id,
          agency: input.agency,
          name: input.name,
          contact_name: input.contactName,
          contact_email: input.contactEmail,
          contact_phone: input.contactPhone,
          helps_with: input.helpsWith,
          added_by: viewer.id,
          added_at: services.clock.now(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAudit(transaction, { actorUserId: viewer.id, action: "newcomer-team.member-added", subjectType: "newcomer-team", subjectId: team.id, details: { memberId: id, agency: input.agency }, ip });
      return id;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw memberExists();
      throw error;
    });
}

/** Changes a member's kind, name, contact person or words; the audit names which fields changed, not what they say. */
export async function updateMember(services: TeamServices, viewer: Viewer, teamId: string, memberId: string, input: MemberInput, ip: string | null): Promise<void> {
  const { team, member } = await memberForManager(services, viewer, teamId, memberId);
  const changed = (Object.keys(input) as Array<keyof MemberInput>).filter((field) => input[field] !== member[field]);
  await services.db
    .transaction()
    .execute(async (transaction) => {
      await transaction
        .updateTable("newcomer_team_members")
        .set({ agency: input.agency, name: input.name, contact_name: input.contactName, contact_email: input.contactEmail, contact_phone: input.contactPhone, helps_with: input.helpsWith })
        .where("id", "=", member.id)
        .execute();
      await recordAudit(transaction, { actorUserId: viewer.id, action: "newcomer-team.member-changed", subjectType: "newcomer-team", subjectId: team.id, details: { memberId: member.id, changed }, ip });
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw memberExists();
      throw error;
    });
}

/**
 * Takes a member off the team: it leaves the pickers, the public page and the calendar (its events
 * are unlinked; they stay in the events module), but its row stays so past referrals still name it.
 */
export async function removeMember(services: TeamServices, viewer: Viewer, teamId: string, memberId: string, ip: string | null): Promise<void> {
  const { team, member } = await memberForManager(services, viewer, teamId, memberId);
  await services.db.transaction().execute(async (transaction) => {
    await transaction.updateTable("newcomer_team_members").set({ removed_at: services.clock.now(), removed_by: viewer.id }).where("id", "=", member.id).execute();
    await transaction.deleteFrom("newcomer_team_events").where("member_id", "=", member.id).execute();
    await recordAudit(transaction, { actorUserId: viewer.id, action: "newcomer-team.member-removed", subjectType: "newcomer-team", subjectId: team.id, details: { memberId: member.id, agency: member.agency }, ip });
  });
}

/** Events of the team's area that no member holds yet, still to come (the coordinator tags them to a member). */
export async function untaggedEvents(services: TeamServices, team: Team): Promise<EventRecord[]> {
  const municipalities = team.area.kind === "municipality" ? [team.area.id] : [];
  const regions = team.area.kind === "region" ? [team.area.id] : [];
  const tagged = new Set((await services.db.selectFrom("newcomer_team_events").select("event_id").execute()).map((r) => r.event_id));
  const now = services.clock.now();
  return (await eventsOwnedBy(services.db, municipalities, regions)).filter((e) => !tagged.has(e.id) && e.status !== "cancelled" && (e.recurrence !== null || e.endsAt >= now));
}

/** Marks an event of the team's area as held by one of its members, so it shows in the team's calendar. */
export async function tagEvent(services: TeamServices, viewer: Viewer, teamId: string, input: { eventId: string; memberId: string }, ip: string | null): Promise<void> {
  const team = await teamForManager(services, viewer, teamId);
  const members = await membersOf(services.db, [team.id]);
  const events = await untaggedEvents(services, team);
  const problems = [
    ...(members.some((m) => m.id === input.memberId) ? [] : [{ path: "member", code: "chooseOne", message: "choose a member of the team" }]),
    ...(events.some((e) => e.id === input.eventId) ? [] : [{ path: "event", code: "chooseOne", message: "choose an event of the team's area" }]),
  ];
  if (problems.length > 0) throw new InvalidInputError(problems);
  await services.db.transaction().execute(async (transaction) => {
    await transaction.insertInto("newcomer_team_events").values({ event_id: input.eventId, member_id: input.memberId, tagged_by: viewer.id, tagged_at: services.clock.now() }).onConflict((c) => c.doNothing()).execute();
    await recordAudit(transaction, { actorUserId: viewer.id, action: "newcomer-team.event-tagged", subjectType: "newcomer-team", subjectId: team.id, details: { eventId: input.eventId, memberId: input.memberId }, ip });
  });
}

/** Takes an event out of the team's calendar (the event itself stays in the events module); a 404 for an event the team does not hold. */
export async function untagEvent(services: TeamServices, viewer: Viewer, teamId: string, eventId: string, ip: string | null): Promise<void> {
  const team = await teamForManager(services, viewer, teamId);
  const members = (await membersOf(services.db, [team.id])).map((m) => m.id);
  await services.db.transaction().execute(async (transaction) => {
    const removed = isId(eventId) && members.length > 0 ? await transaction.deleteFrom("newcomer_team_events").where("event_id", "=", eventId).where("member_id", "in", members).returning("member_id").executeTakeFirst() : undefined;
    if (!removed) throw new NotFoundError("newcomer team event", eventId);
    await recordAudit(transaction, { actorUserId: viewer.id, action: "newcomer-team.event-untagged", subjectType: "newcomer-team", subjectId: team.id, details: { eventId, memberId: removed.member_id }, ip });
  });
}

export interface TeamEvent {
  event: EventRecord;
  member: Member;
}

/** The events the team's members hold (cancelled ones too, so a feed can tell subscribers). */
export async function teamEvents(db: Db, teamId: string): Promise<TeamEvent[]> {
  const members = await membersOf(db, [teamId]);
  if (members.length === 0) return [];
  const tags = await db.selectFrom("newcomer_team_events").select(["event_id", "member_id"]).where("member_id", "in", members.map((m) => m.id)).execute();
  const events = await findEvents(db, tags.map((t) => t.event_id));
  return events.map((event) => ({ event, member: members.find((m) => m.id === tags.find((t) => t.event_id === event.id)!.member_id)! }));
}
