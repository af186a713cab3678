import { test } from "node:test";
import assert from "node:assert/strict";
import { testCatalogCompleteness } from "../../../test/catalog-completeness.ts";
import { eventsCatalogs, eventsTexts } from "../events-texts.ts";

// Texts that are only placeholders read the same in every language.
testCatalogCompleteness("events texts", eventsCatalogs, ["event.organiserLine", "event.signUpFor", "staff.takenUnlimited"]);

test("the sign-up summary counts places in the singular for one place", () => {
  assert.equal(eventsTexts("nb")("staff.signupsSummary", { people: 1, capacity: 1, waiting: 0 }), "1 av 1 plass er tatt. 0 på venteliste.");
  assert.equal(eventsTexts("en")("staff.signupsSummary", { people: 3, capacity: 20, waiting: 2 }), "3 of 20 places are taken. 2 on the waiting list.");
});
