import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The app server's command: scripts/serve.ts under tsx, its heap capped (256 MB; it holds about
 * 150) so that a burst of large renders is collected instead of growing the process, and its
 * young generation kept to 8 MB semi-spaces (npm run bench:load measures its memory).
 */
export const SERVER_COMMAND = ["--max-old-space-size=256", "--max-semi-space-size=8", "--import", "tsx", path.join("scripts", "serve.ts")];

/**
 * The app server's environment beside its command: glibc's allocator gives every thread that
 * allocates (reader threads, libuv's pool, V8's helpers) an arena of its own, which freed memory
 * stays in. Under npm run bench:load's mix two arenas held the server at 470 MB instead of
 * 530 MB, and one at about 10 MB less again, with no loss of throughput.
 */
export const SERVER_ENV = { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "1" };

/** Serves the built app (scripts/serve.ts, as npm start does) on a free port with this database; resolves once it answers. */
export async function serveApp(databaseUrl: string, env: Record<string, string> = {}): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn(process.execPath, SERVER_COMMAND, {
    // Pages are rendered ahead only where asked for (PRERENDER=on): each prerender serves the app once more.
    env: { ...process.env, ...SERVER_ENV, PRERENDER: "off", ...env, PORT: String(port), DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    // The IPC channel ends when this process does, and the server then stops (scripts/serve.ts).
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  server.channel?.unref();
  let output = "";
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) throw new Error(`the app server exited: ${output}`);
    const ok = await fetch(`${url}/api/digests`).then((r) => r.ok, () => false);
    if (ok) return { url, server };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill();
  throw new Error(`the app server did not answer within 30 s: ${output}`);
}
