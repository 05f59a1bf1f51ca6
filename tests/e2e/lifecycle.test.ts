import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { connect, createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { sqlite, testDialects } from "../support/test-databases.ts";

interface Started {
  npm: ChildProcess;
  base: string;
  serverPid: number;
  output: () => string;
  exited: Promise<number | null>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `npm start` as a person or a supervisor runs it, on its own port and database; resolves once it serves. */
async function npmStart(databaseUrl: string): Promise<Started> {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    MODELS_DIR: mkdtempSync(path.join(os.tmpdir(), "pb-no-models-")),
  };
  const npm = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  npm.stdout!.on("data", (chunk) => (output += chunk));
  npm.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => npm.on("exit", (code) => resolve(code)));
  const serverPid = await new Promise<number>((resolve, reject) => {
    npm.stdout!.on("data", () => {
      const pid = /is serving http:\/\/localhost:\d+ \(pid (\d+)\)/.exec(output)?.[1];
      if (pid) resolve(Number(pid));
    });
    void exited.then((code) =>
      reject(new Error(`npm start exited (${code}) before serving:\n${output}`)),
    );
  });
  return { npm, base: `http://127.0.0.1:${port}`, serverPid, output: () => output, exited };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function refused(base: string): Promise<boolean> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.on("connect", () => (socket.destroy(), resolve(false)));
    socket.on("error", () => resolve(true));
  });
}

async function until(condition: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 100));
}

describe("npm start under a supervisor", () => {
  it("SIGTERM stops the server and npm start, which exits 0", async () => {
    const app = await npmStart(await sqlite.freshUrl());
    expect((await fetch(`${app.base}/api/health`)).status).toBe(200);
    app.npm.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    expect(alive(app.serverPid)).toBe(false);
    expect(await refused(app.base)).toBe(true);
    expect(app.output()).toContain("Stopping (SIGTERM)");
  }, 180_000);

  it("a server that dies on its own makes npm start exit non-zero", async () => {
    const app = await npmStart(await sqlite.freshUrl());
    process.kill(app.serverPid, "SIGKILL");
    expect(await app.exited).not.toBe(0);
    expect(app.output()).toContain("The server was killed by SIGKILL.");
  }, 180_000);
});

// Without a PostgreSQL server no case is made, and the run's last word says so.
const postgres = testDialects().filter(({ dialect }) => dialect === "postgresql");

describe.each(postgres)("a graceful stop on $dialect", ({ freshUrl }) => {
  it("lets a request in flight finish before the server exits", async () => {
    const url = await freshUrl();
    const app = await npmStart(url);
    expect((await fetch(`${app.base}/api/digests`)).status).toBe(200);

    // Hold the table every API answer reads its version from, so a request waits inside the server.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query('BEGIN; LOCK TABLE "ChangeVersion" IN ACCESS EXCLUSIVE MODE');
    const inFlight = fetch(`${app.base}/api/digests`);
    await until(
      async () =>
        (
          await holder.query(
            "SELECT 1 FROM pg_stat_activity WHERE application_name = 'paperbridge change version' AND wait_event_type = 'Lock'",
          )
        ).rowCount === 1,
    );

    app.npm.kill("SIGTERM");
    await until(() => app.output().includes("Stopping (SIGTERM)"));
    expect(await refused(app.base)).toBe(true);
    expect(alive(app.serverPid)).toBe(true);

    await holder.query("COMMIT");
    await holder.end();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((await response.json()).digests.length).toBeGreaterThan(0);
    expect(await app.exited).toBe(0);
    expect(alive(app.serverPid)).toBe(false);
  }, 180_000);
});
