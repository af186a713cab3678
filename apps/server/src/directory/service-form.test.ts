import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { demoServices } from "./directory-seed.ts";
import { blankFormState, exceptionField, hoursField, parseHoursText, readServiceForm, serviceFormState, textField, usedExceptionRows } from "./service-form.ts";
import { checkServiceInput } from "./service-model.ts";

describe("opening hours as staff write them", () => {
  const cases: Array<[text: string, expected: ReturnType<typeof parseHoursText>]> = [
    ["", { ok: true, intervals: [] }],
    ["08:00–15:30", { ok: true, intervals: [{ opens: "08:00", closes: "15:30" }] }],
    ["8.00-15.30, 17:00 - 19:00", { ok: true, intervals: [{ opens: "08:00", closes: "15:30" }, { opens: "17:00", closes: "19:00" }] }],
    ["9-15", { ok: true, intervals: [{ opens: "09:00", closes: "15:00" }] }],
    ["15:30—24:00; 00:00-08:00", { ok: true, intervals: [{ opens: "15:30", closes: "24:00" }, { opens: "00:00", closes: "08:00" }] }],
    ["15:00-09:00", { ok: false, code: "closesBeforeOpens" }],
    ["24:00-24:00", { ok: false, code: "hoursFormat" }],
    ["08:00", { ok: false, code: "hoursFormat" }],
    ["08:60-10:00", { ok: false, code: "hoursFormat" }],
    ["åpent", { ok: false, code: "hoursFormat" }],
    ["08-10-12", { ok: false, code: "hoursFormat" }],
  ];
  for (const [text, expected] of cases) test(JSON.stringify(text), () => assert.deepEqual(parseHoursText(text), expected));
});

describe("the service form", () => {
  const filled = () => {
    const state = blankFormState("municipality:5014");
    Object.assign(state.fields, {
      category: "library",
      name: "Testbibliotek",
      [hoursField(1)]: "10-15",
      [textField("description", "nb")]: "Bøker på mange språk.",
    });
    return state;
  };

  test("a filled form becomes the API's input", () => {
    const result = readServiceForm(filled());
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.deepEqual(result.value.weeklyHours, [{ weekday: 1, opens: "10:00", closes: "15:00" }]);
    assert.deepEqual(result.value.scope, { kind: "municipality", id: "5014" });
    assert.equal(result.value.closedOnPublicHolidays, true);
    assert.deepEqual(Object.keys(result.value.texts), ["nb"]);
  });

  test("every problem is reported at once, by the field it belongs to", () => {
    const state = filled();
    Object.assign(state.fields, {
      name: " ",
      category: "casino",
      latitude: "63,7x",
      [hoursField(3)]: "late",
      [exceptionField(0, "from")]: "2026-12-24",
      [exceptionField(0, "hours")]: "12-10",
      [exceptionField(1, "from")]: "2026-07-10",
      [exceptionField(1, "to")]: "2026-07-01",
      [exceptionField(1, "hours")]: "",
      [textField("description", "nb")]: "",
      otherLanguages: "somali",
      email: "not an address",
    });
    const result = readServiceForm(state);
    assert.ok(!result.ok);
    const byField = Object.fromEntries(result.errors.map((e) => [e.path, e.code]));
    assert.deepEqual(byField, {
      [hoursField(3)]: "hoursFormat",
      [exceptionField(0, "hours")]: "closesBeforeOpens",
      latitude: "number",
      otherLanguages: "languageCodes",
      [textField("description", "nb")]: "descriptionMissing",
      category: "enum",
      name: "required",
      email: "format.email",
    });
  });

  test("exception dates are written dd.mm.åååå (ISO still works); what is no date is named at its field", () => {
    const state = filled();
    Object.assign(state.fields, { [exceptionField(0, "from")]: "24.12.2026", [exceptionField(0, "to")]: "2026-12-26", [exceptionField(0, "hours")]: "" });
    const result = readServiceForm(state);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.deepEqual(result.value.exceptions, [{ firstDate: "2026-12-24", lastDate: "2026-12-26", opens: null, closes: null }]);
    state.fields[exceptionField(0, "from")] = "12/24/2026";
    const refused = readServiceForm(state);
    assert.ok(!refused.ok);
    assert.deepEqual(refused.errors.map((e) => e.path), [exceptionField(0, "from")]);
  });

  test("the rules after the schema name the exception row and the coordinates", () => {
    const state = filled();
    Object.assign(state.fields, { latitude: "63.7", [exceptionField(2, "from")]: "2026-07-10", [exceptionField(2, "to")]: "2026-07-01" });
    state.fields[exceptionField(0, "from")] = "";
    state.fields[exceptionField(1, "from")] = "";
    const result = readServiceForm(state);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => [e.path, e.code]),
      [
        [exceptionField(2, "to"), "endBeforeStart"],
        ["longitude", "coordinatesPair"],
      ],
    );
    assert.equal(usedExceptionRows(state.fields), 3);
  });

  test("every demo service survives the round trip through the form unchanged", () => {
    for (const service of demoServices(2026)) {
      const stored = { ...service, id: "00000000-0000-4000-8000-000000000000", updatedAt: new Date() };
      const state = serviceFormState(stored);
      const back = readServiceForm(state);
      assert.ok(back.ok, `${service.name}: ${JSON.stringify(!back.ok && back.errors)}`);
      const expected = checkServiceInput(service);
      assert.ok(expected.ok);
      const normal = (input: typeof expected.value) => ({
        ...input,
        languages: [...input.languages].sort(),
        weeklyHours: [...input.weeklyHours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)),
      });
      assert.deepEqual(normal(back.value), normal(expected.value), service.name);
    }
  });

  test("property: any weekly hours written back into the form read the same", () => {
    const quarter = fc.integer({ min: 0, max: 95 }).map((q) => q * 15);
    const interval = fc.tuple(fc.integer({ min: 1, max: 7 }), quarter, fc.integer({ min: 1, max: 40 })).map(([weekday, opens, length]) => {
      const closes = Math.min(opens + length * 15, 1440);
      const time = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
      return { weekday, opens: time(opens), closes: time(closes) };
    });
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 12 }), (weekly) => {
        const base = demoServices(2026)[0]!;
        const state = serviceFormState({ ...base, weeklyHours: weekly, id: "00000000-0000-4000-8000-000000000000", updatedAt: new Date() });
        const back = readServiceForm(state);
        assert.ok(back.ok);
        const key = (w: { weekday: number; opens: string; closes: string }) => `${w.weekday} ${w.opens} ${w.closes}`;
        assert.deepEqual(back.value.weeklyHours.map(key).sort(), weekly.map(key).sort());
      }),
    );
  });
});
