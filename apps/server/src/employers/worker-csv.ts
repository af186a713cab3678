import { checkWorker, workerColumns, type WorkerColumn, type WorkerInput, type WorkerProblem } from "./worker-input.ts";

/** A file larger than this is refused before it is read row by row. */
export const maxCsvRows = 500;

/** One problem of an uploaded file: the row as a spreadsheet numbers it (the header is row 1), the column and what was expected. */
export interface CsvProblem {
  row: number;
  column: WorkerColumn | "file";
  problem: WorkerProblem | "header" | "empty" | "tooManyRows" | "columnCount";
}

export type CsvCheck = { ok: true; workers: WorkerInput[] } | { ok: false; problems: CsvProblem[] };

/**
 * Splits CSV text into rows of cells (RFC 4180 quoting). Spreadsheets in Norway save with ";",
 * others with ","; the header line decides which.
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === "") quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && body[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Files made from the first template spelt the language column without "å"; they still read. */
const formerColumnNames: Readonly<Record<string, WorkerColumn>> = { sprak: "språk" };

/** A header cell as a column name: any case, composed "å" (some systems save it as "a" + ring). */
function columnName(cell: string): string {
  const name = cell.trim().toLowerCase().normalize("NFC");
  return formerColumnNames[name] ?? name;
}

/**
 * Checks a whole uploaded file: a header naming every column, then one worker per row. Every
 * problem of every row is reported, so the employer fixes the file once.
 */
export function checkWorkerCsv(text: string, workplaces: readonly string[], today: string): CsvCheck {
  // Blank lines (a trailing newline, a spacer row) carry nothing, but keep the rows' numbers.
  const rows = parseCsv(text)
    .map((cells, index) => ({ cells, row: index + 1 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ""));
  const header = rows[0]?.cells.map(columnName);
  if (!header) return { ok: false, problems: [{ row: 1, column: "file", problem: "empty" }] };
  const missing = workerColumns.filter((column) => !header.includes(column));
  if (missing.length > 0) return { ok: false, problems: missing.map((column) => ({ row: 1, column, problem: "header" as const })) };
  if (rows.length - 1 > maxCsvRows) return { ok: false, problems: [{ row: maxCsvRows + 2, column: "file", problem: "tooManyRows" }] };
  if (rows.length === 1) return { ok: false, problems: [{ row: 2, column: "file", problem: "empty" }] };
  const problems: CsvProblem[] = [];
  const workers: WorkerInput[] = [];
  for (const { cells, row } of rows.slice(1)) {
    if (cells.length > header.length) {
      problems.push({ row, column: "file", problem: "columnCount" });
      continue;
    }
    const values = Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""]));
    const check = checkWorker(values, workplaces, today);
    if (check.ok) workers.push(check.worker);
    else for (const column of workerColumns) if (check.problems[column]) problems.push({ row, column, problem: check.problems[column] });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, workers };
}
