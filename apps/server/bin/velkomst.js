#!/usr/bin/env node
// The operators' command line. The sources are TypeScript, loaded through tsx.
import { register } from "tsx/esm/api";

register();
// Backups and the data directory hold argon2 hashes, TOTP secrets and households' needs: this user only.
process.umask(0o077);
const { runCli } = await import("../src/cli/velkomst.ts");
process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
