import { test } from "node:test";
import assert from "node:assert/strict";
import { checkWorkerCsv, parseCsv } from "./worker-csv.ts";

const today = "2027-01-20";
const header = "navn,epost,telefon,statsborgerskap,grunnlag,startdato,opphold,kommune,sprak,familie";

test("cells: quotes hold delimiters, doubled quotes and line breaks; a spreadsheet's BOM and CRLF are read", () => {
  assert.deepEqual(parseCsv('\uFEFFa;"b;c";"say ""hi"""\r\n"two\nlines";x;\r\n'), [
    ["a", "b;c", 'say "hi"'],
    ["two\nlines", "x", ""],
  ]);
  assert.deepEqual(parseCsv("a,b\n1,2"), [["a", "b"], ["1", "2"]]);
});

test("a valid file with commas, a blank spacer row and columns in another order", () => {
  const csv = `familie,${header.replace(",familie", "")}\nja,Ola Nordmann,ola@example.no,,pl,eea-worker,2027-02-01,6-12,5014,pl\n\n`;
  const result = checkWorkerCsv(csv, ["5014"], today);
  assert.equal(result.ok, true);
  assert.equal(result.ok && result.workers[0]?.familyComing, true);
  assert.equal(result.ok && result.workers[0]?.citizenship, "PL");
});

test("problems keep the spreadsheet's row numbers across blank rows, one per column", () => {
  const csv = `${header}\n\nOla,ola@example.no,,PL,eea-worker,2027-02-01,6-12,5056,pl,nei\n`;
  const result = checkWorkerCsv(csv, ["5014"], today);
  assert.deepEqual(result.ok ? [] : result.problems, [{ row: 3, column: "kommune", problem: "municipality" }]);
});

test("a file without a column, without rows or with a row too long says so", () => {
  assert.deepEqual(checkWorkerCsv("navn;epost\nOla;ola@example.no", ["5014"], today).ok, false);
  const missing = checkWorkerCsv("navn;epost\n", ["5014"], today);
  assert.ok(!missing.ok && missing.problems.some((p) => p.column === "familie" && p.problem === "header"));
  assert.deepEqual(checkWorkerCsv(`${header}\n`, ["5014"], today), { ok: false, problems: [{ row: 2, column: "file", problem: "empty" }] });
  const long = checkWorkerCsv(`${header}\nOla,ola@example.no,,PL,eea-worker,2027-02-01,6-12,5014,pl,nei,extra`, ["5014"], today);
  assert.deepEqual(long.ok ? [] : long.problems, [{ row: 2, column: "file", problem: "columnCount" }]);
});
