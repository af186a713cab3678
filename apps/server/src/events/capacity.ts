/**
 * Seats at an occurrence, counted in people (a sign-up may bring up to ten). The waiting list is
 * first come, first served: nobody overtakes it, and it moves up only from its head.
 */
export interface SeatState {
  /** null: no limit. */
  capacity: number | null;
  /** People in confirmed sign-ups. */
  confirmedPeople: number;
  /** Sign-ups waiting. */
  waitingCount: number;
}

export function seatsLeft(state: Pick<SeatState, "capacity" | "confirmedPeople">): number | null {
  return state.capacity === null ? null : Math.max(0, state.capacity - state.confirmedPeople);
}

/** A new sign-up gets a seat when it fits and nobody is waiting already; otherwise it joins the waiting list. */
export function decideSignup(state: SeatState, partySize: number): "confirmed" | "waiting" {
  const left = seatsLeft(state);
  if (left === null) return "confirmed";
  return state.waitingCount === 0 && partySize <= left ? "confirmed" : "waiting";
}

export interface WaitingSignup {
  id: string;
  partySize: number;
}

/**
 * Who moves from the waiting list to a seat after seats free up (a cancellation, a larger room):
 * the head of the list while it fits. A party too big for the seats left stops the line, so a
 * smaller party behind it does not overtake it.
 */
export function promotions(capacity: number | null, confirmedPeople: number, waitingInOrder: readonly WaitingSignup[]): string[] {
  const promoted: string[] = [];
  let taken = confirmedPeople;
  for (const signup of waitingInOrder) {
    if (capacity !== null && taken + signup.partySize > capacity) break;
    promoted.push(signup.id);
    taken += signup.partySize;
  }
  return promoted;
}

export type Availability = "no-signup" | "open" | "few-left" | "waiting-list" | "cancelled" | "past";

/** What a reader is told about an occurrence; "few left" at 10 % or 3 seats, whichever is more. */
export function availability(input: { signupEnabled: boolean; cancelled: boolean; past: boolean } & Pick<SeatState, "capacity" | "confirmedPeople" | "waitingCount">): Availability {
  if (input.cancelled) return "cancelled";
  if (input.past) return "past";
  if (!input.signupEnabled) return "no-signup";
  const left = seatsLeft(input);
  if (left === null) return "open";
  if (left === 0 || input.waitingCount > 0) return "waiting-list";
  return left <= Math.max(3, Math.ceil((input.capacity ?? 0) * 0.1)) ? "few-left" : "open";
}
