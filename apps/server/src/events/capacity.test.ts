import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { availability, decideSignup, promotions, seatsLeft } from "./capacity.ts";

test("a sign-up gets a seat while it fits and nobody is waiting", () => {
  assert.equal(decideSignup({ capacity: 10, confirmedPeople: 8, waitingCount: 0 }, 2), "confirmed");
  assert.equal(decideSignup({ capacity: 10, confirmedPeople: 9, waitingCount: 0 }, 2), "waiting");
  assert.equal(decideSignup({ capacity: 10, confirmedPeople: 10, waitingCount: 0 }, 1), "waiting");
  // Nobody overtakes the waiting list, even when a seat looks free.
  assert.equal(decideSignup({ capacity: 10, confirmedPeople: 9, waitingCount: 1 }, 1), "waiting");
  assert.equal(decideSignup({ capacity: null, confirmedPeople: 500, waitingCount: 0 }, 10), "confirmed");
  assert.equal(seatsLeft({ capacity: 5, confirmedPeople: 7 }), 0);
});

test("freed seats go to the head of the waiting list, in order, while it fits", () => {
  const waiting = [
    { id: "a", partySize: 1 },
    { id: "b", partySize: 3 },
    { id: "c", partySize: 1 },
  ];
  assert.deepEqual(promotions(10, 9, waiting), ["a"]);
  assert.deepEqual(promotions(10, 5, waiting), ["a", "b", "c"]);
  // b does not fit in the two seats after a, and c may not overtake b.
  assert.deepEqual(promotions(10, 7, waiting), ["a"]);
  assert.deepEqual(promotions(null, 100, waiting), ["a", "b", "c"]);
  assert.deepEqual(promotions(10, 10, waiting), []);
});

test("simulated sign-ups and cancellations never overfill, and never leave a fitting head waiting", () => {
  const action = fc.oneof(fc.record({ kind: fc.constant("signup" as const), size: fc.integer({ min: 1, max: 4 }) }), fc.record({ kind: fc.constant("cancel" as const), pick: fc.nat() }));
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 20 }), fc.array(action, { maxLength: 60 }), (capacity, actions) => {
      let next = 0;
      const list: Array<{ id: string; partySize: number; status: "confirmed" | "waiting" }> = [];
      const confirmed = () => list.filter((s) => s.status === "confirmed").reduce((n, s) => n + s.partySize, 0);
      for (const step of actions) {
        if (step.kind === "signup") {
          const status = decideSignup({ capacity, confirmedPeople: confirmed(), waitingCount: list.filter((s) => s.status === "waiting").length }, step.size);
          list.push({ id: String(next++), partySize: step.size, status });
        } else if (list.length > 0) {
          list.splice(step.pick % list.length, 1);
          for (const id of promotions(capacity, confirmed(), list.filter((s) => s.status === "waiting"))) list.find((s) => s.id === id)!.status = "confirmed";
        }
        assert.ok(confirmed() <= capacity, "never more people than seats");
        const head = list.find((s) => s.status === "waiting");
        if (head) assert.ok(confirmed() + head.partySize > capacity, "the head of the list waits only when it does not fit");
      }
    }),
  );
});

test("what readers are told about an occurrence", () => {
  const base = { signupEnabled: true, cancelled: false, past: false, capacity: 80, confirmedPeople: 0, waitingCount: 0 };
  assert.equal(availability(base), "open");
  assert.equal(availability({ ...base, confirmedPeople: 72 }), "few-left");
  assert.equal(availability({ ...base, confirmedPeople: 71 }), "open");
  assert.equal(availability({ ...base, confirmedPeople: 80 }), "waiting-list");
  assert.equal(availability({ ...base, capacity: 10, confirmedPeople: 7 }), "few-left");
  assert.equal(availability({ ...base, confirmedPeople: 10, waitingCount: 1 }), "waiting-list");
  assert.equal(availability({ ...base, signupEnabled: false, capacity: null }), "no-signup");
  assert.equal(availability({ ...base, capacity: null }), "open");
  assert.equal(availability({ ...base, cancelled: true }), "cancelled");
  assert.equal(availability({ ...base, past: true }), "past");
});
