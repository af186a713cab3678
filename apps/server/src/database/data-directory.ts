import { createHash } from "node:crypto";
import { chmodSync, closeSync, constants, accessSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statfsSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";

/** A problem with DATA_DIR, said in one line that names the setting and what to do. */
export class DataDirectoryError extends Error {}

/** Another living process has the data directory open. */
export class DataDirectoryInUseError extends DataDirectoryError {
  constructor(
    readonly dataDir: string,
    readonly pid: number | undefined,
  ) {
    super(`the data directory ${dataDir} is in use by process ${pid ?? "(unknown)"}: stop the server, or run this through it`);
  }
}

export interface DataDirectoryLock {
  release(): Promise<void>;
}

/** The lock file names the holder for people and for the message above; the exclusion itself is the OS's. */
export const lockFileName = "velkomst.lock";
/** PGlite writes these on first open; a directory with none of them and other files in it is not ours. */
const databaseMarker = "PG_VERSION";

function fail(dataDir: string, what: string): never {
  throw new DataDirectoryError(`DATA_DIR: ${dataDir} ${what}`);
}

/** Creates the directory (0700) or checks that an existing one is a writable Velkomst data directory or empty. */
function prepareDirectory(dataDir: string): void {
  let isNew = false;
  try {
    if (!statSync(dataDir).isDirectory()) fail(dataDir, "is a file, not a directory: point DATA_DIR at a directory (a new one is created)");
  } catch (error) {
    if (error instanceof DataDirectoryError) throw error;
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") fail(dataDir, `cannot be read (${(error as NodeJS.ErrnoException).code}): check its permissions`);
    try {
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      isNew = true;
    } catch (mkdirError) {
      fail(dataDir, `cannot be created (${(mkdirError as NodeJS.ErrnoException).code}): choose a writable location`);
    }
  }
  try {
    accessSync(dataDir, constants.R_OK | constants.W_OK | constants.X_OK);
    // access() passes root on a read-only file system, so try a write.
    const probe = join(dataDir, `.write-probe-${process.pid}`);
    writeFileSync(probe, "");
    unlinkSync(probe);
  } catch (error) {
    const explained = explainStorageFailure(dataDir, error);
    if (explained) throw explained;
    fail(dataDir, `is not writable (${(error as NodeJS.ErrnoException).code}): give this user write access, or choose another directory`);
  }
  if (isNew) return;
  const entries = readdirSync(dataDir).filter((name) => name !== lockFileName);
  if (entries.length > 0 && !entries.includes(databaseMarker)) {
    fail(dataDir, "holds other files and no Velkomst database: choose an empty or new directory");
  }
  // Argon2 hashes, TOTP secrets and households' needs live here: this user only.
  try {
    chmodSync(dataDir, 0o700);
  } catch {
    // Owned by someone else but writable for us: leave its mode to its owner.
  }
}

/**
 * PGlite unpacks a new database with its files world-readable and -writable (0666), whatever the
 * umask; the 0700 data directory already shuts others out, and this makes every entry say so too.
 */
export function makeFilesPrivate(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (!entry.isDirectory() && !entry.isFile()) continue;
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, entry.isDirectory() ? 0o700 : 0o600);
    if (entry.isDirectory()) makeFilesPrivate(path);
  }
}

function readHolder(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * On Linux the exclusion is an abstract Unix socket named after the directory's real path: the
 * kernel grants it to one process and frees it when that process ends, however it ends, so a
 * lock left by a killed process is free at once and two processes cannot both take it over.
 */
function listenOnce(name: string): Promise<Server | undefined> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve(undefined) : reject(error)));
    server.listen(name, () => {
      // Holding the lock must not keep a finished command alive.
      server.unref();
      resolve(server);
    });
  });
}

/** Elsewhere the lock file itself, created exclusively; one whose process has ended is taken over. */
function createLockFileExclusively(lockFile: string): boolean {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      closeSync(openSync(lockFile, "wx", 0o600));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockFile);
      if (holder !== undefined && isAlive(holder)) return false;
      rmSync(lockFile, { force: true });
    }
  }
  return false;
}

function writeLockFile(lockFile: string): void {
  const temporary = `${lockFile}.${process.pid}`;
  writeFileSync(temporary, `${process.pid}\n`, { mode: 0o600 });
  renameSync(temporary, lockFile);
}

/**
 * Prepares DATA_DIR and takes it for this process alone, before anything opens it: PGlite takes no
 * lock, and a second process replaying and checkpointing under a running one destroys data.
 */
export async function lockDataDirectory(dataDir: string): Promise<DataDirectoryLock> {
  prepareDirectory(dataDir);
  const lockFile = join(dataDir, lockFileName);
  let socket: Server | undefined;
  if (process.platform === "linux") {
    const key = createHash("sha256").update(realpathSync(dataDir)).digest("hex").slice(0, 40);
    socket = await listenOnce(`\0velkomst-data-directory-${key}`);
    if (!socket) throw new DataDirectoryInUseError(dataDir, readHolder(lockFile));
  } else if (!createLockFileExclusively(lockFile)) {
    throw new DataDirectoryInUseError(dataDir, readHolder(lockFile));
  }
  writeLockFile(lockFile);
  return {
    async release() {
      if (readHolder(lockFile) === process.pid) rmSync(lockFile, { force: true });
      await new Promise<void>((resolve) => (socket ? socket.close(() => resolve()) : resolve()));
    },
  };
}

/** Emscripten's errno numbers, which PGlite's file system throws as `{ name: "ErrnoError", errno }`. */
const emscriptenErrno = { ENOSPC: 51, EROFS: 69 } as const;

function errnoCode(error: unknown): string | undefined {
  const { code, name, errno } = (error ?? {}) as { code?: unknown; name?: unknown; errno?: unknown };
  if (typeof code === "string") return code;
  if (name === "ErrnoError") return Object.entries(emscriptenErrno).find(([, number]) => number === errno)?.[0];
  return undefined;
}

function freeMegabytes(dataDir: string): number | undefined {
  try {
    const { bavail, bsize } = statfsSync(dataDir);
    return Math.floor((bavail * bsize) / 1024 / 1024);
  } catch {
    return undefined;
  }
}

/**
 * PGlite on a full disk or a read-only file system fails with an Emscripten error object,
 * "Aborted()", "could not extend file …: No space left on device" or "PGlite failed to initialize
 * properly": said instead as one line that names DATA_DIR and what to do, or undefined for a
 * failure that is not about the disk.
 */
export function explainStorageFailure(dataDir: string, error: unknown): DataDirectoryError | undefined {
  const code = errnoCode(error);
  const message = error instanceof Error ? error.message : "";
  const free = freeMegabytes(dataDir);
  // PGlite's abort says nothing of why; a disk with under a megabyte left is reason enough.
  const noSpace = code === "ENOSPC" || /No space left on device/i.test(message) || ((message === "Aborted()" || code === undefined) && free === 0);
  if (noSpace) return new DataDirectoryError(`DATA_DIR: ${dataDir} is on a full disk (${free ?? "?"} MB free): free space there, or move DATA_DIR to a larger disk`);
  if (code === "EROFS" || /Read-only file system/i.test(message)) return new DataDirectoryError(`DATA_DIR: ${dataDir} is on a read-only file system: mount it writable, or choose another directory`);
  if (message === "Aborted()" || message === "PGlite failed to initialize properly" || (error !== null && typeof error === "object" && !(error instanceof Error))) {
    return new DataDirectoryError(`DATA_DIR: the embedded database in ${dataDir} could not be opened (${message || String(code ?? "unknown error")}): check its free space and that this user may write there, or restore a backup into a new directory`);
  }
  return undefined;
}
