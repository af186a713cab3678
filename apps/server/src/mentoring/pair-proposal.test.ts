import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { scorePair } from "./match-score.ts";
import { proposePairs } from "./pair-proposal.ts";
import { profile, profilesArbitrary } from "./profile-builder.ts";
import { scoreMatrix } from "./score-matrix.ts";
import type { MatchProfile } from "./match-profile.ts";

/** The best total by trying every way to pair (small instances only). */
function bruteForceBest(mentors: readonly MatchProfile[], mentees: readonly MatchProfile[]): number {
  const taken = new Set<number>();
  const best = (row: number): number => {
    if (row === mentors.length) return 0;
    let result = best(row + 1);
    mentees.forEach((mentee, column) => {
      const score = scorePair(mentors[row]!, mentee);
      if (taken.has(column) || !score.allowed) return;
      taken.add(column);
      result = Math.max(result, score.total + best(row + 1));
      taken.delete(column);
    });
    return result;
  };
  return best(0);
}

describe("scoring a pair", () => {
  test("explains each criterion and adds them up", () => {
    const mentor = profile("m", { interests: ["job-seeking", "sports", "culture"], languages: ["nb", "ar"], availability: ["weekday-evening", "weekend"] });
    const mentee = profile("e", { interests: ["job-seeking", "culture"], languages: ["ar"], municipalityNumber: "5014", availability: ["weekend"] });
    const score = scorePair(mentor, mentee);
    assert.deepEqual(score.points, { interests: 20, language: 25, municipality: 0, gender: 10, availability: 5 });
    assert.equal(score.total, 60);
    assert.equal(score.allowed, true);
  });

  test("a gender wish of either side that is not met rules the pair out", () => {
    assert.equal(scorePair(profile("m", { gender: "man" }), profile("e", { genderPreference: "woman" })).allowed, false);
    assert.equal(scorePair(profile("m", { genderPreference: "woman" }), profile("e", { gender: "man" })).allowed, false);
    assert.equal(scorePair(profile("m", { gender: "woman" }), profile("e", { gender: "woman", genderPreference: "woman" })).allowed, true);
  });

  test("the fast matrix gives the same scores as scorePair", () => {
    fc.assert(
      fc.property(profilesArbitrary("m", 6), profilesArbitrary("e", 6), (mentors, mentees) => {
        const matrix = scoreMatrix(mentors, mentees);
        mentors.forEach((mentor, r) =>
          mentees.forEach((mentee, c) => {
            const score = scorePair(mentor, mentee);
            assert.equal(matrix.scores[r * mentees.length + c], score.allowed ? score.total : 0);
          }),
        );
      }),
    );
  });
});

describe("proposing pairs", () => {
  test("prefers the pairing with the greatest total over the greedy first choice", () => {
    // Greedy takes Anna–Ali (90) and leaves Bo alone, as Bilal wants a woman: 90. Best: Anna–Bilal 80 + Bo–Ali 80.
    const shared = { languages: ["ar"], availability: ["weekday-evening" as const] };
    const mentors = [
      profile("anna", { ...shared, gender: "woman", interests: ["job-seeking", "culture", "sports"] }),
      profile("bo", { ...shared, gender: "man", interests: ["job-seeking", "culture"] }),
    ];
    const mentees = [
      profile("ali", { ...shared, interests: ["job-seeking", "culture", "sports"] }),
      profile("bilal", { ...shared, genderPreference: "woman", interests: ["job-seeking", "culture"] }),
    ];
    const greedy = proposePairs(mentors, mentees, "greedy");
    const best = proposePairs(mentors, mentees);
    assert.ok(best.totalScore > greedy.totalScore, `${best.totalScore} > ${greedy.totalScore}`);
    assert.equal(greedy.totalScore, 90);
    assert.equal(best.totalScore, 160);
    assert.deepEqual(best.pairs.map((p) => [p.mentorId, p.menteeId]), [["anna", "bilal"], ["bo", "ali"]]);
  });

  test("leaves people unpaired when one side is larger or a wish rules a pair out", () => {
    const result = proposePairs([profile("m1", { gender: "man" })], [profile("e1", { genderPreference: "woman" }), profile("e2")]);
    assert.deepEqual(result.pairs.map((p) => [p.mentorId, p.menteeId]), [["m1", "e2"]]);
    assert.deepEqual(result.unpairedMenteeIds, ["e1"]);
    assert.deepEqual(proposePairs([], [profile("e1")]).unpairedMenteeIds, ["e1"]);
  });

  test("properties: best total, nobody twice, no pair against a wish, same answer in any order", () => {
    fc.assert(
      fc.property(profilesArbitrary("m", 6), profilesArbitrary("e", 6), fc.integer(), (mentors, mentees, seed) => {
        const result = proposePairs(mentors, mentees);
        assert.equal(result.totalScore, bruteForceBest(mentors, mentees));
        assert.ok(result.totalScore >= proposePairs(mentors, mentees, "greedy").totalScore);
        assert.equal(new Set(result.pairs.map((p) => p.mentorId)).size, result.pairs.length);
        assert.equal(new Set(result.pairs.map((p) => p.menteeId)).size, result.pairs.length);
        assert.ok(result.pairs.every((p) => p.score.allowed));
        assert.equal(result.pairs.length + result.unpairedMentorIds.length, mentors.length);
        assert.equal(result.pairs.length + result.unpairedMenteeIds.length, mentees.length);
        const shuffled = (list: readonly MatchProfile[]) => [...list].sort((a, b) => ((a.id.charCodeAt(1) * seed) % 7) - ((b.id.charCodeAt(1) * seed) % 7) || b.id.localeCompare(a.id));
        assert.deepEqual(proposePairs(shuffled(mentors), shuffled(mentees)), result);
      }),
      { numRuns: 200 },
    );
  });
});
