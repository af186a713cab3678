import type { Generated } from "kysely";
import type { Timestamp } from "../database/schema.ts";
import type { Agency } from "./agencies.ts";

export type ReferralStatus = "sent" | "accepted" | "done";

/** Kysely's view of the tables of migrations 0060, 0095 and 0096 (newcomer teams, members, their events, referrals). */
export interface NewcomerTeamTables {
  newcomer_teams: NewcomerTeamsTable;
  newcomer_team_members: NewcomerTeamMembersTable;
  newcomer_team_events: NewcomerTeamEventsTable;
  newcomer_team_referrals: NewcomerTeamReferralsTable;
}

export interface NewcomerTeamsTable {
  id: Generated<string>;
  municipality_number: string | null;
  region_id: string | null;
  name: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface NewcomerTeamMembersTable {
  id: Generated<string>;
  team_id: string;
  agency: Agency;
  name: string;
  contact_name: string;
  contact_email: string;
  contact_phone: Generated<string>;
  helps_with: Generated<string>;
  added_by: string | null;
  added_at: Timestamp;
  /** Set when the member leaves the team (migration 0095): kept so past referrals still name it. */
  removed_at: Timestamp | null;
  removed_by: string | null;
}

export interface NewcomerTeamEventsTable {
  event_id: string;
  member_id: string;
  tagged_by: string | null;
  tagged_at: Timestamp;
}

export interface NewcomerTeamReferralsTable {
  id: Generated<string>;
  team_id: string;
  member_id: string;
  guidance_case_id: string | null;
  participant_id: string | null;
  case_consent_id: string | null;
  /** 'YYYY-MM-DD'; null once anonymised */
  consent_given_on: string | null;
  /** Empty once anonymised. */
  purpose: string;
  /** Kept after anonymisation, for the team's statistics (migration 0096). */
  subject_kind: "guidance-case" | "participant";
  anonymised_at: Timestamp | null;
  status: Generated<ReferralStatus>;
  referred_by: string | null;
  referred_at: Timestamp;
  status_changed_at: Timestamp;
}
