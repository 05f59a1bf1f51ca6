import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GzipTemplate } from "./gzip-template.ts";
import { PageStore } from "./page-store.ts";

const root = () => mkdtempSync(path.join(os.tmpdir(), "pb-page-store-"));
const page = async (text: string) => ({
  headers: { "content-type": "text/html", etag: '"e"' },
  nonce: "N0NCE",
  body: await GzipTemplate.of(text.split("N0NCE").map((part) => Buffer.from(part))),
});

describe("PageStore", () => {
  it("gives back a page under its key and version only", async () => {
    const store = new PageStore(root(), "db", "build");
    await store.write("/ko/x", 3, await page("<p nonce=\"N0NCE\">읽기</p>"));
    const read = await store.read("/ko/x", 3);
    expect(read?.headers).toEqual({ "content-type": "text/html", etag: '"e"' });
    expect(read?.body.plain(Buffer.from("abc")).toString()).toBe('<p nonce="abc">읽기</p>');
    expect(await store.read("/ko/x", 4)).toBeNull();
    expect(await store.read("/ko/y", 3)).toBeNull();
  });

  it("keeps the pages of each database and build apart", async () => {
    const dir = root();
    await new PageStore(dir, "db", "build").write("/ko", 1, await page("a"));
    expect(await new PageStore(dir, "other db", "build").read("/ko", 1)).toBeNull();
    expect(await new PageStore(dir, "db", "other build").read("/ko", 1)).toBeNull();
    expect(await new PageStore(dir, "db", "build").read("/ko", 1)).not.toBeNull();
  });

  it("reads a damaged file as no page, and leaves no partial file behind", async () => {
    const store = new PageStore(root(), "db", "build");
    await store.write("/ko", 1, await page("a"));
    const [file] = readdirSync(path.join(store.dir, "1"));
    expect(file).toMatch(/^[0-9a-f]{64}\.page$/);
    writeFileSync(path.join(store.dir, "1", file!), "not a page");
    expect(await store.read("/ko", 1)).toBeNull();
  });

  it("finds the newest version rendered ahead up to a given one, and removes versions", async () => {
    const store = new PageStore(root(), "db", "build");
    expect(await store.latestPrerendered(10)).toBeNull();
    for (const version of [2, 5, 9]) await store.write("/ko", version, await page(String(version)));
    await store.markPrerendered(2);
    await store.markPrerendered(5);
    expect(await store.latestPrerendered(10)).toBe(5);
    expect(await store.latestPrerendered(4)).toBe(2);
    expect(await store.removeVersions((version) => version > 4)).toBe(2);
    expect(await store.read("/ko", 9)).toBeNull();
    expect(await store.latestPrerendered(10)).toBe(2);
  });

  it("removes the pages of the database's other builds once they are a day old", async () => {
    const dir = root();
    const old = new PageStore(dir, "db", "old build");
    const recent = new PageStore(dir, "db", "recent build");
    const current = new PageStore(dir, "db", "build");
    for (const store of [old, recent, current]) await store.write("/ko", 1, await page("a"));
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60_000);
    utimesSync(old.dir, twoDaysAgo, twoDaysAgo);
    utimesSync(current.dir, twoDaysAgo, twoDaysAgo);
    expect(await current.removeOldBuilds()).toBe(1);
    expect(await old.read("/ko", 1)).toBeNull();
    expect(await recent.read("/ko", 1)).not.toBeNull();
    expect(await current.read("/ko", 1)).not.toBeNull();
  });
});
