import type { PGlite } from "@electric-sql/pglite";

interface QueryResult {
  command: string;
  rowCount: number;
  rows: unknown[];
}

export interface PoolClientLike {
  query(sql: string, parameters?: readonly unknown[]): Promise<QueryResult>;
  release(): void;
}

/**
 * PGlite is one connection. Kysely's PostgreSQL driver expects a pool, and runs a transaction's
 * BEGIN…COMMIT on the client it checked out; so this pool hands out that one connection to one
 * borrower at a time, and others wait. Otherwise a concurrent request's statement would run
 * inside another request's transaction.
 */
export function createPGlitePool(pglite: PGlite) {
  let queue: Promise<void> = Promise.resolve();

  const connect = async (): Promise<PoolClientLike> => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const turn = queue;
    queue = queue.then(() => released);
    await turn;
    let done = false;
    return {
      async query(sql, parameters) {
        const result = await pglite.query(sql, parameters as unknown[] | undefined, { rowMode: "object" });
        const command = sql.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? "";
        return { command, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
      },
      release() {
        if (done) return;
        done = true;
        release();
      },
    };
  };

  return { connect, end: async () => {} };
}
