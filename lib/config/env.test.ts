import path from "node:path";
import { describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";

describe("readEnv", () => {
  it("defaults to port 3000 and a SQLite file under data/", () => {
    expect(readEnv({})).toEqual({ port: 3000, databaseUrl: `file:${path.join(process.cwd(), "data", "paperbridge.db")}`, searchThreads: null, siteUrl: null, writeLockTimeout: 1800, translation: expect.objectContaining({ engine: "off" }) });
  });

  it("resolves relative SQLite paths and keeps PostgreSQL URLs", () => {
    expect(readEnv({ DATABASE_URL: "file:./data/other.db", PORT: "3001", SEARCH_THREADS: "2" })).toEqual({ port: 3001, databaseUrl: `file:${path.join(process.cwd(), "data", "other.db")}`, searchThreads: 2, siteUrl: null, writeLockTimeout: 1800, translation: expect.objectContaining({ engine: "off" }) });
    expect(readEnv({ DATABASE_URL: "postgresql://u@localhost:5432/pb" }).databaseUrl).toBe("postgresql://u@localhost:5432/pb");
  });

  it("names the variable that is wrong", () => {
    expect(() => readEnv({ PORT: "eighty" })).toThrow(/Invalid environment: PORT/);
    for (const threads of ["0", "two", "2.5", "17"]) expect(() => readEnv({ SEARCH_THREADS: threads })).toThrow(/^Invalid environment: SEARCH_THREADS: /);
    expect(() => readEnv({ WRITE_LOCK_TIMEOUT: "-1" })).toThrow(/^Invalid environment: WRITE_LOCK_TIMEOUT: /);
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must start with "file:"/);
    expect(() => readEnv({ SITE_URL: "papers.example.org" })).toThrow(/SITE_URL: must be the site's address/);
    expect(readEnv({ SITE_URL: "https://papers.example.org/" }).siteUrl).toBe("https://papers.example.org");
  });
});
