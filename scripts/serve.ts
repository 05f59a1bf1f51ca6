// Serves the built app: Next.js behind the request gate (lib/http/request-gate.ts) and the page
// cache with its page store (lib/http/page-cache.ts, page-store.ts); with PRERENDER=on it renders
// the most read pages ahead after each change (scripts/lib/prerendered-pages.ts). SIGTERM,
// SIGINT or the end of the parent's IPC channel (npm start died) stop it gracefully: requests in
// flight finish, then it exits 0. It exits non-zero only on failure.
import path from "node:path";
import { readEnv } from "../lib/config/env.ts";
import { changeVersionReader } from "../lib/db/change-version.ts";
import { PageCache } from "../lib/http/page-cache.ts";
import { closeGracefully, gatedServer } from "./lib/app-server.ts";
import { appPageStore } from "./lib/app-page-store.ts";
import { PrerenderedPages, ReaderSites } from "./lib/prerendered-pages.ts";

Object.assign(process.env, { NODE_ENV: "production" });
// When the output is a pipe to a parent that is gone, a log line fails with EPIPE; left to the
// error handlers, which log, it fails again, for ever. There is nowhere left to say it.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
process.env.NEXT_TELEMETRY_DISABLED = "1";
/** How long requests in flight may take to finish once a stop is asked for. */
const GRACE_MS = 25_000;
/**
 * Memory for rendered pages, kept until the database changes; the page store keeps them all on
 * disk, and serves one in about 3 ms.
 */
const PAGE_CACHE_BYTES = 16 * 1024 * 1024;

const env = readEnv();
const { default: next } = (await import("next")) as unknown as {
  default: typeof import("next").default;
};
const app = next({ dev: false, dir: path.resolve("."), port: env.port });
await app.prepare();
const handle = app.getRequestHandler();
const versions = changeVersionReader(env.databaseUrl);
const store = await appPageStore(env, versions).then(
  async (store) => {
    const started = await versions.read();
    // Pages of later versions can only be another copy's of the database (a backup put back).
    await store.removeVersions((version) => version > started);
    return store;
  },
  (error: Error) => {
    console.error(`Rendered pages are kept in memory only (the page store needs the database): ${error.message}`);
    return null;
  },
);
const sites = new ReaderSites();
const prerendered =
  env.prerender && store
    ? new PrerenderedPages(versions, store, () => (env.siteUrl ? {} : sites.mostCommon()))
    : null;
await prerendered?.start();
const pages = new PageCache(
  async () => {
    const live = await versions.read();
    return prerendered ? prerendered.pageVersion(live) : live;
  },
  PAGE_CACHE_BYTES,
  { store, siteUrlSet: env.siteUrl !== null },
);
const server = gatedServer((req, res) => {
  if (prerendered && !env.siteUrl) sites.record(req.headers);
  return pages.serve(req, res, () => handle(req, res));
});
server.listen(env.port, () =>
  console.log(`PaperBridge is serving http://localhost:${env.port} (pid ${process.pid})`),
);
server.on("error", (error) => {
  console.error(`cannot serve on port ${env.port}: ${error.message}`);
  process.exit(1);
});

let stopping = false;
async function stop(reason: string) {
  if (stopping) return;
  stopping = true;
  prerendered?.stop();
  console.log(`Stopping (${reason}): finishing requests in flight...`);
  const { forced } = await closeGracefully(server, GRACE_MS);
  await pages.flush();
  await app.close();
  await versions.close();
  console.log(
    forced ? `Stopped; requests still open after ${GRACE_MS / 1000} s were cut off.` : "Stopped.",
  );
  process.exit(0);
}
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stop(signal));
if (process.send) process.on("disconnect", () => void stop("npm start ended"));
