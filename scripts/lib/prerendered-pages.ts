import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { ChangeVersionReader } from "../../lib/db/change-version.ts";
import type { PageStore } from "../../lib/http/page-store.ts";
import { PRERENDER_BUSY } from "./prerender-status.ts";

/** How long the database must stay unchanged (a writer has finished) before pages are rendered ahead. */
const SETTLE_MS = 5_000;
const POLL_MS = 1_000;
/** How long to wait before trying a change again whose prerender failed or found another running. */
const RETRY_MS = 60_000;
/** The longest readers are served the pages of an earlier change while those of the current one are rendered. */
const MAX_STALE_MS = 10 * 60_000;

/**
 * Pages rendered ahead of readers. Once the database has stayed unchanged for a few seconds under
 * a version whose pages are not in the store, it runs `npm run prerender` (scripts/prerender.ts)
 * in a child process. Until that has finished (for at most MAX_STALE_MS), readers are served the
 * pages of the last version that was rendered ahead, so that an ingest, and the minute after it,
 * cost them nothing: pages switch to the new data all at once. `siteHeaders` gives the site
 * headers readers send (null while none has come: without SITE_URL the pages depend on them).
 */
export class PrerenderedPages {
  private seen = { version: -1, since: 0 };
  /** The newest version whose pages were rendered ahead. */
  private published: number | null = null;
  /** Since when readers have been served the pages of a version older than the database's. */
  private staleSince: number | null = null;
  private child: ChildProcess | null = null;
  private readonly retryAt = new Map<number, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly versions: ChangeVersionReader,
    private readonly store: PageStore,
    private readonly siteHeaders: () => Record<string, string> | null,
  ) {}

  /** The version to serve pages at while the database is at `live`. */
  pageVersion(live: number): number {
    if (this.published === null || live <= this.published) return live;
    this.staleSince ??= Date.now();
    return Date.now() - this.staleSince < MAX_STALE_MS ? this.published : live;
  }

  async start(): Promise<void> {
    await this.follow(await this.versions.read());
    let checking = false;
    this.timer = setInterval(() => {
      if (checking) return;
      checking = true;
      void this.check().finally(() => (checking = false));
    }, POLL_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.child?.kill();
  }

  /**
   * Takes in the store's pages of `live`, or the last rendered before it. The time readers have
   * been behind counts on until they are served `live`'s own: pages of a version between never
   * replace newer ones that readers got once that time had run out.
   */
  private async follow(live: number): Promise<void> {
    const latest = await this.store.latestPrerendered(live);
    if (latest === this.published) return;
    this.published = latest;
    if (latest === live) this.staleSince = null;
  }

  private async check(): Promise<void> {
    const live = await this.versions.read().catch(() => null);
    if (live === null) return;
    const now = Date.now();
    if (live < this.seen.version) {
      // Older than before: another copy of the database was put in its place; later pages are not its.
      await this.store.removeVersions((version) => version > live);
      this.published = null;
    }
    if (live !== this.seen.version) this.seen = { version: live, since: now };
    if (this.published !== live) await this.follow(live);
    const headers = this.siteHeaders();
    if (this.published === live || this.child || !headers) return;
    if (now - this.seen.since < SETTLE_MS || now < (this.retryAt.get(live) ?? 0)) return;
    this.retryAt.set(live, now + RETRY_MS);
    console.log(`Rendering the most read pages of change ${live} ahead of readers (npm run prerender)...`);
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join("scripts", "prerender.ts"), "--site-headers", JSON.stringify(headers)],
      // Through the IPC channel the child notices when this server is gone, and stops.
      { stdio: ["ignore", "inherit", "inherit", "ipc"] },
    );
    child.channel?.unref();
    this.child = child;
    child.on("exit", (code) => {
      this.child = null;
      void this.follow(live);
      if (code !== 0 && code !== PRERENDER_BUSY)
        console.error(`npm run prerender ended with status ${code}; a change whose pages it did not finish is tried again after ${RETRY_MS / 1000} s.`);
    });
  }
}

/** The site headers readers send, most common first: whom pages are rendered ahead for without SITE_URL. */
export class ReaderSites {
  private readonly counts = new Map<string, number>();

  record(headers: Record<string, string | string[] | undefined>): void {
    const site = JSON.stringify(
      Object.fromEntries(
        ["host", "x-forwarded-host", "x-forwarded-proto"].flatMap((name) =>
          typeof headers[name] === "string" ? [[name, headers[name]]] : [],
        ),
      ),
    );
    // A bounded tally: a flood of made-up Host headers cannot grow it.
    if (!this.counts.has(site) && this.counts.size >= 100) return;
    this.counts.set(site, (this.counts.get(site) ?? 0) + 1);
  }

  mostCommon(): Record<string, string> | null {
    const [site] = [...this.counts].sort((a, b) => b[1] - a[1])[0] ?? [];
    return site === undefined ? null : (JSON.parse(site) as Record<string, string>);
  }
}
