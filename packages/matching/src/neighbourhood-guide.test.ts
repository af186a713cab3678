import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { compileInstance } from "./compiled-instance.ts";
import { greedyPlacement } from "./greedy.ts";
import { generateSettlementInstance, mulberry32 } from "./instance-generator.ts";
import { EXACT_KNAPSACK_WORK, KnapsackRelaxation } from "./knapsack-bound.ts";
import { NeighbourhoodGuide } from "./neighbourhood-guide.ts";

/** A generated instance, its greedy settlement, and household prices at random (≥ 0, as the master's are for households that need not be placed). */
function guidedCase(seed: number, households: number) {
  const compiled = compileInstance(generateSettlementInstance({ households, seed }));
  const random = mulberry32(seed);
  const prices = Float64Array.from({ length: compiled.householdCount }, () => (random() < 0.3 ? 0 : random() * 6));
  const capacity = new Float64Array(compiled.capacity.length);
  const knapsacks = new KnapsackRelaxation(compiled, capacity, EXACT_KNAPSACK_WORK);
  return { compiled, prices, knapsacks, guide: new NeighbourhoodGuide(compiled, { capacity, household: prices }), placement: greedyPlacement(compiled) };
}

test("the losses are never negative, and with the unplaced households' prices they add up to the bound less the objective (property)", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 20, max: 80 }), (seed, households) => {
      const { compiled, prices, knapsacks, guide, placement } = guidedCase(seed, households);
      const losses = guide.losses(placement);
      losses.forEach((loss, m) => assert.ok(loss >= -1e-9, `municipality ${m} loses ${loss}: its settled households beat its best filling`));
      let unplaced = 0;
      placement.chosen.forEach((option, h) => (unplaced += option < 0 ? (prices[h] ?? 0) : 0));
      const bound = knapsacks.evaluate(prices, new Uint8Array(compiled.optionScore.length));
      const total = losses.reduce((sum, loss) => sum + loss, unplaced);
      assert.ok(Math.abs(bound - placement.objective() - total) < 1e-6, `K(u) ${bound} − objective ${placement.objective()} against ${total}`);
    }),
    { numRuns: 40 },
  );
});

test("a draw reopens only whole municipalities and the households their best fillings want, at least as many as asked", () => {
  const { compiled, guide, placement } = guidedCase(5, 200);
  const reopen = new Uint8Array(compiled.householdCount);
  guide.draw(placement, 60, mulberry32(1), reopen);
  const reopened = reopen.reduce((count, open) => count + open, 0);
  assert.ok(reopened >= 60 && reopened < compiled.householdCount, `${reopened} reopened`);
  // Municipalities all of whose occupants are reopened (the drawn ones among them): every household reopened lives in one, or one wants it.
  const whole = new Set(Array.from({ length: compiled.municipalityCount }, (_, m) => m));
  placement.chosen.forEach((option, h) => {
    if (option >= 0 && !reopen[h]) whole.delete(compiled.optionMunicipality[option] ?? 0);
  });
  const wantedByWhole = new Set<number>();
  guide.wanted.forEach((inFilling, option) => {
    if (inFilling && whole.has(compiled.optionMunicipality[option] ?? 0)) wantedByWhole.add(compiled.optionHousehold[option] ?? 0);
  });
  reopen.forEach((open, h) => {
    if (!open) return;
    const option = placement.chosen[h] ?? -1;
    const livesInWhole = option >= 0 && whole.has(compiled.optionMunicipality[option] ?? 0);
    assert.ok(livesInWhole || wantedByWhole.has(h), `household ${h} reopened, though neither its municipality nor a filling drew it`);
  });

  // Households that no municipality holds are reopened only as wanted ones: leave out some that a best filling wants.
  const partial = placement.clone();
  const wantedHouseholds = [...new Set(Array.from(guide.wanted.keys()).filter((option) => guide.wanted[option]).map((option) => compiled.optionHousehold[option] ?? 0))];
  const leftOut = wantedHouseholds.slice(0, 5);
  leftOut.forEach((h) => partial.unplace(h));
  assert.equal(leftOut.length, 5);
  const all = new Uint8Array(compiled.householdCount);
  guide.draw(partial, compiled.householdCount, mulberry32(2), all);
  partial.chosen.forEach((option, h) => {
    if (option >= 0) assert.equal(all[h], 1, "asked for every household, every placed one is reopened");
  });
  leftOut.forEach((h) => assert.equal(all[h], 1, `household ${h}, unplaced but wanted, is reopened`));
});

test("the municipality that falls furthest short is drawn first far more often than its share of municipalities", () => {
  const { compiled, guide, placement } = guidedCase(8, 200);
  const losses = guide.losses(placement);
  const total = losses.reduce((sum, loss) => sum + Math.max(0, loss), 0);
  const lossiest = losses.indexOf(Math.max(...losses));
  const occupants = placement.chosen.filter((option) => option >= 0 && compiled.optionMunicipality[option] === lossiest).length;
  assert.ok(occupants > 0, "someone is placed in the lossiest municipality");
  let first = 0;
  const draws = 200;
  for (let seed = 0; seed < draws; seed++) {
    const reopen = new Uint8Array(compiled.householdCount);
    // Asking for one household stops after the first municipality drawn.
    guide.draw(placement, 1, mulberry32(seed), reopen);
    // Every occupant reopened: the municipality itself was drawn (another's draw reopens only the ones its filling wants).
    if (placement.chosen.every((option, h) => reopen[h] || option < 0 || compiled.optionMunicipality[option] !== lossiest)) first++;
  }
  const share = (losses[lossiest] ?? 0) / total;
  assert.ok(first / draws > share / 2 && first / draws > 4 / compiled.municipalityCount, `drawn first ${first} of ${draws} times, its share of the loss ${share.toFixed(3)}`);
});
