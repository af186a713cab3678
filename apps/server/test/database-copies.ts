import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { databaseOnPGlite, openDatabase, pgliteSettings, type Database, type Engine } from "../src/database/database.ts";

/**
 * Test databases as copies of one prepared database, made once per test run, instead of each test
 * starting PGlite afresh, migrating and seeding: that was most of every test's set-up time. A
 * PGlite copy loads a dump of the prepared one (skipping PGlite's own initdb too); a PostgreSQL copy
 * is `CREATE DATABASE … TEMPLATE`. `npm test` turns copies on by naming a directory for the dumps
 * in TEST_DATABASE_COPIES (and starts a PostgreSQL server of its own, so its templates end with the
 * run); without it every test database is prepared from scratch.
 */

export interface PreparedDatabase {
  database: Database;
  dispose(): Promise<void>;
}

/** `kind` names what `prepare` makes, and must change whenever that does (the seed's clock, say). */
export async function copyOfPrepared(engine: Engine, kind: string, prepare: (database: Database) => Promise<void>): Promise<PreparedDatabase> {
  const dumps = process.env.TEST_DATABASE_COPIES;
  if (!dumps) return freshDatabase(engine, prepare);
  return engine === "pglite" ? pgliteCopy(join(dumps, `${kind}.tar`), prepare) : postgresCopy(serverUrl(), `velkomst_template_${kind.replace(/\W/g, "_")}`, prepare);
}

/** A new database on the engine (in memory for PGlite, a new database on the test server for PostgreSQL), prepared from scratch. */
export function freshDatabase(engine: Engine, prepare: (database: Database) => Promise<void> = async () => {}): Promise<PreparedDatabase> {
  return engine === "pglite" ? freshPGlite(prepare) : newPostgresDatabase(serverUrl(), prepare);
}

function serverUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error("TEST_POSTGRES_URL is not set");
  return url;
}

async function freshPGlite(prepare: (database: Database) => Promise<void>): Promise<PreparedDatabase> {
  const database = databaseOnPGlite(await PGlite.create(pgliteSettings));
  await prepare(database);
  return { database, dispose: () => database.close() };
}

/** Dumps this process has read, by path: a seeded dump is tens of megabytes, and a test process makes several copies. */
const dumpsRead = new Map<string, Promise<Blob>>();

const readDump = (dump: string): Promise<Blob> => {
  const blob = dumpsRead.get(dump) ?? readFile(dump).then((bytes) => new Blob([bytes]));
  dumpsRead.set(dump, blob);
  return blob;
};

/** The first process to need a kind prepares it and leaves a dump; the rest load it. Two at once both prepare, and the last rename wins whole. */
async function pgliteCopy(dump: string, prepare: (database: Database) => Promise<void>): Promise<PreparedDatabase> {
  if (existsSync(dump)) {
    const database = databaseOnPGlite(await PGlite.create({ ...pgliteSettings, loadDataDir: await readDump(dump) }));
    return { database, dispose: () => database.close() };
  }
  const pglite = await PGlite.create(pgliteSettings);
  const database = databaseOnPGlite(pglite);
  await prepare(database);
  const partial = `${dump}.${process.pid}-${randomBytes(4).toString("hex")}`;
  await writeFile(partial, Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
  await rename(partial, dump);
  return { database, dispose: () => database.close() };
}

async function withServer<T>(serverUrl: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function openNamed(serverUrl: string, name: string): Promise<PreparedDatabase> {
  const database = await openDatabase({ engine: "postgres", url: databaseUrl(serverUrl, name) });
  return {
    database,
    async dispose() {
      await database.close();
      await withServer(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

const newDatabaseName = () => `velkomst_test_${randomBytes(6).toString("hex")}`;

async function newPostgresDatabase(serverUrl: string, prepare: (database: Database) => Promise<void>): Promise<PreparedDatabase> {
  const name = newDatabaseName();
  await withServer(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const test = await openNamed(serverUrl, name);
  await prepare(test.database);
  return test;
}

/** Any number for the advisory lock that serialises preparing templates; the same in every test process. */
const templateLock = 7_311_042;

/**
 * The template is prepared under another name and renamed when whole, under a lock, so a process
 * that dies half-way leaves no half-prepared template and no two processes prepare one kind.
 */
async function postgresCopy(serverUrl: string, template: string, prepare: (database: Database) => Promise<void>): Promise<PreparedDatabase> {
  await withServer(serverUrl, async (admin) => {
    await admin.query("SELECT pg_advisory_lock($1)", [templateLock]);
    try {
      const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
      if (found.rowCount) return;
      const building = newDatabaseName();
      await admin.query(`CREATE DATABASE ${building}`);
      const database = await openDatabase({ engine: "postgres", url: databaseUrl(serverUrl, building) });
      try {
        await prepare(database);
      } finally {
        await database.close();
      }
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    } finally {
      await admin.query("SELECT pg_advisory_unlock($1)", [templateLock]);
    }
  });
  const name = newDatabaseName();
  await withServer(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return openNamed(serverUrl, name);
}
