import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import type { OutgoingHttpHeaders } from "node:http";
import path from "node:path";
import { GzipTemplate } from "./gzip-template.ts";

// Rendered pages on disk, shared by every server of one database and one build, and kept across
// restarts: the page cache's second level, and where `npm run prerender` leaves the pages it
// renders ahead of readers. A folder per database, in it one per build, in that one per change
// version of the database. A page's file is named by the SHA-256 of its cache key and holds its
// headers, the nonce it was rendered with and its compressed body (gzip-template.ts). Files are
// written whole and renamed into place.

export interface StoredPage {
  headers: OutgoingHttpHeaders;
  /** The rendering request's nonce; "" for an API answer. */
  nonce: string;
  body: GzipTemplate;
}

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 32);

/** How long the pages of another build are kept: servers of the build before may still run. */
const OTHER_BUILDS_MS = 24 * 60 * 60_000;

/** Marks a version's folder whose pages `npm run prerender` has rendered. */
const COMPLETE = ".complete";

export class PageStore {
  /** `root` holds the pages of the database `identity` as served by build `buildId`. */
  constructor(root: string, identity: string, buildId: string) {
    this.databaseDir = path.join(root, hash(identity));
    this.dir = path.join(this.databaseDir, hash(buildId));
  }

  /** The database's pages, a folder per build. */
  private readonly databaseDir: string;
  /** This build's pages, a folder per version. */
  readonly dir: string;

  private versionDir(version: number): string {
    return path.join(this.dir, String(version));
  }

  private fileOf(key: string, version: number): string {
    return path.join(this.versionDir(version), `${createHash("sha256").update(key).digest("hex")}.page`);
  }

  /** The page kept for `key` under `version`, or null (none, or a file that is not a page). */
  async read(key: string, version: number): Promise<StoredPage | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.fileOf(key, version));
    } catch {
      return null;
    }
    try {
      const headerLength = bytes.readUInt32LE(0);
      const { headers, nonce } = JSON.parse(bytes.subarray(4, 4 + headerLength).toString()) as Omit<StoredPage, "body">;
      return { headers, nonce, body: GzipTemplate.fromBytes(bytes.subarray(4 + headerLength)) };
    } catch {
      return null;
    }
  }

  /** Keeps `page` for `key` under `version`; a reader never sees a file half written. */
  async write(key: string, version: number, page: StoredPage): Promise<void> {
    const file = this.fileOf(key, version);
    const header = Buffer.from(JSON.stringify({ headers: page.headers, nonce: page.nonce }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    await mkdir(path.dirname(file), { recursive: true });
    const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await writeFile(temporary, Buffer.concat([length, header, page.body.toBytes()]));
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** The newest version up to `atMost` whose pages `npm run prerender` has rendered, or null. */
  async latestPrerendered(atMost: number): Promise<number | null> {
    const versions = (await this.versions()).filter((version) => version <= atMost).sort((a, b) => b - a);
    for (const version of versions)
      if (await readFile(path.join(this.versionDir(version), COMPLETE)).then(() => true, () => false)) return version;
    return null;
  }

  async markPrerendered(version: number): Promise<void> {
    await mkdir(this.versionDir(version), { recursive: true });
    await writeFile(path.join(this.versionDir(version), COMPLETE), new Date().toISOString());
  }

  /** Removes the pages of the versions `remove` picks; resolves with how many. */
  async removeVersions(remove: (version: number) => boolean): Promise<number> {
    const picked = (await this.versions()).filter(remove);
    await Promise.all(picked.map((version) => rm(this.versionDir(version), { recursive: true, force: true })));
    return picked.length;
  }

  /** Removes the pages of the database's other builds not written to for a day; resolves with how many builds. */
  async removeOldBuilds(): Promise<number> {
    const builds = await readdir(this.databaseDir).catch(() => [] as string[]);
    const old = [];
    for (const build of builds.map((name) => path.join(this.databaseDir, name)))
      if (build !== this.dir && Date.now() - (await stat(build)).mtimeMs > OTHER_BUILDS_MS) old.push(build);
    await Promise.all(old.map((build) => rm(build, { recursive: true, force: true })));
    return old.length;
  }

  private async versions(): Promise<number[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names.filter((name) => /^\d+$/.test(name)).map(Number);
  }
}
