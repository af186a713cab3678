import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DataFileError } from "../parameters/yaml-file.ts";
import { supportedLanguages } from "../locales/languages.ts";
import { placeholdersOf } from "../locales/message-template.ts";
import { authorityOn, loadRecognitionData, recognitionData, recognitionDataDir } from "./recognition-data.ts";
import { recognitionLocales } from "./recognition-texts.ts";

const original = (name: string) => readFileSync(join(recognitionDataDir, name), "utf8");

function refusal(texts: Parameters<typeof loadRecognitionData>[1]): DataFileError {
  try {
    loadRecognitionData(recognitionDataDir, texts);
  } catch (error) {
    assert.ok(error instanceof DataFileError, String(error));
    return error;
  }
  assert.fail("the data loaded");
}

test("the reviewed table lists at least 60 regulated occupations and the common unregulated ones, each with a body, legal basis, source and review", () => {
  const data = recognitionData();
  const regulated = data.occupations.filter((o) => o.regulated);
  assert.ok(regulated.length >= 60, `${regulated.length} regulated`);
  assert.ok(data.occupations.length - regulated.length >= 15);
  for (const occupation of data.occupations) {
    assert.ok(occupation.legalBasis.length > 0 && occupation.source.href.startsWith("https://"), occupation.id);
    for (const language of supportedLanguages) assert.ok(occupation.names[language].trim(), `${occupation.id} ${language}`);
    if (occupation.authority) {
      const period = authorityOn(data, occupation.authority, "2026-01-01");
      assert.ok(period && data.bodies.has(period.body), occupation.id);
    }
  }
});

test("general recognition is NOKUT's until 31 December 2022 and HK-dir's from 1 January 2023", () => {
  const data = recognitionData();
  assert.equal(authorityOn(data, "general-recognition", "2022-12-31")?.body, "nokut");
  assert.equal(authorityOn(data, "general-recognition", "2023-01-01")?.body, "hk-dir");
  assert.equal(authorityOn(data, "teacher-approval", "2019-12-31")?.body, "udir");
});

test("an occupation without a source link is refused, naming the file and the entry", () => {
  const groups = original("groups.yaml").replace(/\n  source: \{ title: "Helsedirektoratet[^\n]*/, "");
  const error = refusal({ "groups.yaml": groups });
  assert.match(error.message, /groups\.yaml: health\.source: is required/);
});

test("a body without a review date, an unknown body and an unexplained unverified fact are refused", () => {
  assert.match(refusal({ "bodies.yaml": original("bodies.yaml").replace("  lastReviewed: 2026-12-06\n", "") }).message, /bodies\.yaml: \[0\].*lastReviewed/);
  assert.match(refusal({ "bodies.yaml": original("bodies.yaml").replace("  lastReviewed: 2026-12-06\n", "  lastReviewed: 2026-02-30\n") }).message, /\[0\]\.lastReviewed: expected a (real )?date/);
  assert.match(refusal({ "authorities.yaml": original("authorities.yaml").replace("body: hk-dir", "body: hkdir") }).message, /authorities\.yaml: .*body: hkdir is not in bodies\.yaml/);
  const unexplained = original("bodies.yaml").replace("  note: The web address https://www.advokattilsynet.no/ was not checked.\n", "");
  assert.match(refusal({ "bodies.yaml": unexplained }).message, /note: say what could not be verified/);
});

test("an occupation in an unknown group, listed twice, or with a malformed STYRK-08 code is refused", () => {
  const professions = original("professions.yaml");
  assert.match(refusal({ "professions.yaml": professions.replace("group: electrical", "group: electric") }).message, /professions\.yaml: .*group: electric is not in groups\.yaml/);
  assert.match(refusal({ "professions.yaml": professions.replace("- id: dentist", "- id: doctor") }).message, /id: doctor is listed twice/);
  assert.match(refusal({ "professions.yaml": professions.replace('styrk08: "2211"', 'styrk08: "221"') }).message, /styrk08/);
  assert.match(refusal({ "professions.yaml": professions.replace("  lastReviewed: 2026-12-06\n", "") }).message, /lastReviewed/);
});

test("duplicate keys in a data file are refused", () => {
  assert.match(refusal({ "groups.yaml": `${original("groups.yaml")}\nhealth:\n  legalBasis: []\n` }).message, /groups\.yaml/);
});

test("every locale has every text, with the same placeholders as bokmål", () => {
  const walk = (nb: unknown, other: unknown, path: string) => {
    if (typeof nb === "string") {
      assert.equal(typeof other, "string", path);
      assert.ok((other as string).trim(), path);
      assert.deepEqual(placeholdersOf(other as string), placeholdersOf(nb), path);
      return;
    }
    for (const key of Object.keys(nb as object)) walk((nb as Record<string, unknown>)[key], (other as Record<string, unknown>)[key], `${path}.${key}`);
  };
  for (const language of supportedLanguages) walk(recognitionLocales.nb, recognitionLocales[language], language);
});

test("the data version changes with the data", () => {
  const changed = loadRecognitionData(recognitionDataDir, { "professions.yaml": `${original("professions.yaml")}# a comment\n` });
  assert.notEqual(changed.version, recognitionData().version);
});
