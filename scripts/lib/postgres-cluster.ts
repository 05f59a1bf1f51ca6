// A throwaway PostgreSQL server in a temp dir, for tests and schema tooling.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface PostgresCluster {
  /** URL of the maintenance database, for creating others. */
  adminUrl: string;
  /** Creates an empty database and returns its connection URL. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

/** Creates an empty database on the server at `adminUrl` and returns its URL. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const safe = name.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${safe}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${safe}`;
  return url.toString();
}

export type ClusterStart = { cluster: PostgresCluster } | { skipped: string };

export const NO_POSTGRES = "no PostgreSQL server binaries (initdb) under /usr/lib/postgresql or PG_BIN_DIR";

/** The folder of the newest PostgreSQL server binaries (PG_BIN_DIR when set), or null. */
export function postgresBinDir(): string | null {
  if (process.env.PG_BIN_DIR) return existsSync(path.join(process.env.PG_BIN_DIR, "initdb")) ? process.env.PG_BIN_DIR : null;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb")));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgresCluster(): Promise<ClusterStart> {
  const binDir = postgresBinDir();
  if (!binDir) return { skipped: NO_POSTGRES };

  const dir = mkdtempSync(path.join(os.tmpdir(), "paperbridge-pg-"));
  // postgres refuses to run as root, so the cluster belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  const run = (bin: string, args: string[]) => {
    const file = path.join(binDir, bin);
    const [cmd, cmdArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
    const result = spawnSync(cmd, cmdArgs, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${bin} failed: ${result.stderr || result.stdout}`);
  };
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const dataDir = path.join(dir, "data");
  run("initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run("pg_ctl", ["-D", dataDir, "-o", options, "-l", path.join(dir, "server.log"), "-w", "start"]);

  const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  return {
    cluster: {
      adminUrl,
      createDatabase: (name: string) => createDatabase(adminUrl, name),
      stop() {
        try {
          run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    },
  };
}
