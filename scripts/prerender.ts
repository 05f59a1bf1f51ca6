// npm run prerender [-- --site-headers JSON]: renders the pages and API answers readers open most
// (lib/http/prerender-paths.ts) into the page store (lib/http/page-store.ts), so that servers
// answer them from disk instead of rendering each on its first request. It serves the built app
// privately, at low priority, and asks it for each page as a reader would; it renders with the
// build in .next as it is (the servers' own), and never builds. The server runs it by
// itself once the database has stopped changing (PRERENDER=on). Without SITE_URL pages name the
// address they were asked at: --site-headers gives the Host (X-Forwarded-Host, -Proto) readers use.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { readEnv } from "../lib/config/env.ts";
import { changeVersionReader } from "../lib/db/change-version.ts";
import { createDb } from "../lib/db/create-db.ts";
import { prerenderPaths } from "../lib/http/prerender-paths.ts";
import { appPageStore } from "./lib/app-page-store.ts";
import { PRERENDER_BUSY, PRERENDER_OUTDATED } from "./lib/prerender-status.ts";
import { serveApp } from "./lib/serve-app.ts";

/** Pages asked for side by side: the private server's one thread stays busy while one waits for the database. */
const SIDE_BY_SIDE = 2;

const { values } = parseArgs({ options: { "site-headers": { type: "string" } } });
const env = readEnv();
const siteHeaders = JSON.parse(values["site-headers"] ?? "{}") as Record<string, string>;
const versions = changeVersionReader(env.databaseUrl);
const store = await appPageStore(env, versions);

/** One prerender per database at a time: a lock file naming its process, taken over once that process is gone. */
function takeLock(): (() => void) | null {
  mkdirSync(store.dir, { recursive: true });
  const lock = path.join(store.dir, ".prerendering");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: "wx" });
      return () => rmSync(lock, { force: true });
    } catch {
      const holder = Number(readFileSync(lock, "utf8"));
      try {
        process.kill(holder, 0);
        return null;
      } catch {
        rmSync(lock, { force: true });
      }
    }
  }
  return null;
}

const release = takeLock();
if (!release) {
  console.log("Another prerender of this database is running; leaving it to that one.");
  process.exit(PRERENDER_BUSY);
}
const started = Date.now();
const version = await versions.read();
const db = createDb(env.databaseUrl);
const paths = await prerenderPaths(db).finally(() => db.$disconnect());
const { url, server } = await serveApp(env.databaseUrl, { PRERENDER: "off" });
os.setPriority(server.pid!, 10);
// Stopped, or the server that started it is gone: the private server and the lock go with it.
const stop = () => {
  server.kill();
  release();
  process.exit(1);
};
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, stop);
if (process.send) {
  process.on("disconnect", stop);
  process.channel?.unref();
}
/** GET `target` as a reader at the site's address asks for it (fetch cannot set Host); resolves with the status. */
const agent = new http.Agent({ keepAlive: true });
function get(target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(`${url}${target}`, { agent, headers: siteHeaders }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      })
      .on("error", reject);
  });
}

const failures: string[] = [];
try {
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const target = paths[next++]!;
      const status = await get(target);
      if (status !== 200) failures.push(`${target}: ${status}`);
    }
  };
  await Promise.all(Array.from({ length: SIDE_BY_SIDE }, worker));
} finally {
  agent.destroy();
  // Stopped as asked, the server finishes writing the last pages to the store before it exits.
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  release();
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
for (const failure of failures.slice(0, 10)) console.error(`prerender: ${failure}`);
if ((await versions.read()) !== version) {
  console.log(`Rendered ${paths.length} pages in ${seconds} s, but the database changed meanwhile; they are not marked complete.`);
  process.exit(PRERENDER_OUTDATED);
}
await store.markPrerendered(version);
const pruned = await store.removeVersions((other) => other < version);
const builds = await store.removeOldBuilds();
console.log(
  `Prerendered ${paths.length - failures.length} of ${paths.length} pages and API answers for change ${version} in ${seconds} s` +
    `${failures.length ? ` (${failures.length} failed)` : ""}; removed the pages of ${pruned} older change(s)` +
    `${builds ? ` and of ${builds} earlier build(s)` : ""}.`,
);
await versions.close();
process.exit(failures.length ? 1 : 0);
