import { availabilitySlots, interests, type MatchProfile } from "./match-profile.ts";
import { criterionMaximum } from "./match-score.ts";

/**
 * Every mentor × mentee score at once, from bit sets of each profile, for the 4 million pairs of a
 * large run. Gives the same numbers as scorePair (a test checks), with 0 for a pair not allowed.
 */
export interface ScoreMatrix {
  rows: number;
  columns: number;
  /** Row-major: mentor r, mentee c at r * columns + c. */
  scores: Uint8Array;
}

const interestBit = new Map(interests.map((interest, index) => [interest, 1 << index]));
const slotBit = new Map(availabilitySlots.map((slot, index) => [slot, 1 << index]));

function popcount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

interface Encoded {
  interests: number;
  slots: number;
  /** One bit per language of the run, in 32-bit words. */
  languages: Uint32Array;
  municipality: string;
  gender: MatchProfile["gender"];
  wish: MatchProfile["genderPreference"];
}

function encoder(people: readonly MatchProfile[]): (profile: MatchProfile) => Encoded {
  const languageIndex = new Map<string, number>();
  for (const person of people) for (const language of person.languages) if (!languageIndex.has(language)) languageIndex.set(language, languageIndex.size);
  const words = Math.max(1, Math.ceil(languageIndex.size / 32));
  return (profile) => {
    const languages = new Uint32Array(words);
    for (const language of profile.languages) {
      const index = languageIndex.get(language)!;
      languages[index >>> 5]! |= 1 << (index & 31);
    }
    return {
      interests: profile.interests.reduce((bits, interest) => bits | (interestBit.get(interest) ?? 0), 0),
      slots: profile.availability.reduce((bits, slot) => bits | (slotBit.get(slot) ?? 0), 0),
      languages,
      municipality: profile.municipalityNumber,
      gender: profile.gender,
      wish: profile.genderPreference,
    };
  };
}

function shareLanguage(a: Uint32Array, b: Uint32Array): boolean {
  for (let word = 0; word < a.length; word += 1) if ((a[word]! & b[word]!) !== 0) return true;
  return false;
}

export function scoreMatrix(mentors: readonly MatchProfile[], mentees: readonly MatchProfile[]): ScoreMatrix {
  const encode = encoder([...mentors, ...mentees]);
  const rows = mentors.map(encode);
  const columns = mentees.map(encode);
  const scores = new Uint8Array(rows.length * columns.length);
  for (let r = 0; r < rows.length; r += 1) {
    const mentor = rows[r]!;
    for (let c = 0; c < columns.length; c += 1) {
      const mentee = columns[c]!;
      const allowed = (mentor.wish === "any" || mentor.wish === mentee.gender) && (mentee.wish === "any" || mentee.wish === mentor.gender);
      if (!allowed) continue;
      scores[r * columns.length + c] =
        Math.min(criterionMaximum.interests, 10 * popcount(mentor.interests & mentee.interests)) +
        (shareLanguage(mentor.languages, mentee.languages) ? criterionMaximum.language : 0) +
        (mentor.municipality === mentee.municipality ? criterionMaximum.municipality : 0) +
        criterionMaximum.gender +
        Math.min(criterionMaximum.availability, 5 * popcount(mentor.slots & mentee.slots));
    }
  }
  return { rows: rows.length, columns: columns.length, scores };
}
