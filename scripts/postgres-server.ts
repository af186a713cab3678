import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian's PostgreSQL binaries; the only major version Debian 12 ships is 15. */
const binDir = "/usr/lib/postgresql/15/bin";

export interface PostgresServer {
  url: string;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export function postgresAvailable(): boolean {
  return existsSync(join(binDir, "initdb"));
}

/** initdb refuses to run as root, so as root the server runs as the `postgres` system user. */
function asServerUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
}

/** Starts a throwaway PostgreSQL server in a temporary directory, listening only on 127.0.0.1. */
export async function startPostgres(): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), "velkomst-pg-"));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, "data");
  const port = await freePort();
  const run = (command: string, args: string[]) => {
    const [cmd, cmdArgs] = asServerUser(join(binDir, command), args);
    execFileSync(cmd, cmdArgs, { stdio: ["ignore", "ignore", "inherit"] });
  };
  run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  run("pg_ctl", ["-D", dataDir, "-l", join(dir, "server.log"), "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, "-w", "start"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      const [cmd, cmdArgs] = asServerUser(join(binDir, "pg_ctl"), ["-D", dataDir, "-m", "fast", "-w", "stop"]);
      spawnSync(cmd, cmdArgs, { stdio: "ignore" });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
