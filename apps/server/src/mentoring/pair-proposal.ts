import type { MatchProfile } from "./match-profile.ts";
import { scorePair, type MatchScore } from "./match-score.ts";
import { greedyAssignment, maxScoreAssignment } from "./max-score-assignment.ts";
import { scoreMatrix } from "./score-matrix.ts";

export interface ProposedPair {
  mentorId: string;
  menteeId: string;
  score: MatchScore;
}

export interface PairProposal {
  pairs: ProposedPair[];
  totalScore: number;
  unpairedMentorIds: string[];
  unpairedMenteeIds: string[];
}

export type PairingMethod = "optimal" | "greedy";

const byId = (a: MatchProfile, b: MatchProfile) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Proposes mentor–mentee pairs with the greatest total score; nobody twice and no pair against a
 * gender wish. Pure and deterministic: people are taken in id order, so the same people give the
 * same pairs whatever order they come in, and among equally good answers the same one is chosen.
 * "greedy" is the baseline the benchmark compares with.
 */
export function proposePairs(mentors: readonly MatchProfile[], mentees: readonly MatchProfile[], method: PairingMethod = "optimal"): PairProposal {
  const rows = [...mentors].sort(byId);
  const columns = [...mentees].sort(byId);
  const matrix = scoreMatrix(rows, columns);
  const assignment = method === "optimal" ? maxScoreAssignment(matrix) : greedyAssignment(matrix);
  const pairs: ProposedPair[] = [];
  const pairedMentees = new Set<string>();
  assignment.forEach((column, row) => {
    if (column < 0) return;
    const mentor = rows[row]!;
    const mentee = columns[column]!;
    pairs.push({ mentorId: mentor.id, menteeId: mentee.id, score: scorePair(mentor, mentee) });
    pairedMentees.add(mentee.id);
  });
  const pairedMentors = new Set(pairs.map((p) => p.mentorId));
  return {
    pairs,
    totalScore: pairs.reduce((sum, pair) => sum + pair.score.total, 0),
    unpairedMentorIds: rows.filter((m) => !pairedMentors.has(m.id)).map((m) => m.id),
    unpairedMenteeIds: columns.filter((m) => !pairedMentees.has(m.id)).map((m) => m.id),
  };
}
