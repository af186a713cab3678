-- A member agency leaves the team (issue 18): removed, not deleted, so past referrals still name it.
-- A removed member is in no picker and on no public page; its name is free for a new member.
ALTER TABLE newcomer_team_members ADD COLUMN removed_at timestamptz;
ALTER TABLE newcomer_team_members ADD COLUMN removed_by uuid REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE newcomer_team_members DROP CONSTRAINT newcomer_team_members_team_id_name_key;
CREATE UNIQUE INDEX newcomer_team_members_current_name ON newcomer_team_members (team_id, name) WHERE removed_at IS NULL;
