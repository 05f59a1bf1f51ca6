import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULE } from "./daily-env.ts";
import { readEnv } from "./env.ts";

describe("readEnv", () => {
  it("defaults to port 3000 and a SQLite file under data/", () => {
    expect(readEnv({})).toEqual({ port: 3000, databaseUrl: `file:${path.join(process.cwd(), "data", "paperbridge.db")}`, searchThreads: null, siteUrl: null, writeLockTimeout: 1800, pageStoreDir: path.join(process.cwd(), ".cache", "pages"), prerender: true, translation: expect.objectContaining({ engine: "off" }), daily: expect.objectContaining({ schedule: null }) });
  });

  it("resolves relative SQLite paths and keeps PostgreSQL URLs", () => {
    expect(readEnv({ DATABASE_URL: "file:./data/other.db", PORT: "3001", SEARCH_THREADS: "2" })).toEqual({ port: 3001, databaseUrl: `file:${path.join(process.cwd(), "data", "other.db")}`, searchThreads: 2, siteUrl: null, writeLockTimeout: 1800, pageStoreDir: path.join(process.cwd(), ".cache", "pages"), prerender: true, translation: expect.objectContaining({ engine: "off" }), daily: expect.objectContaining({ schedule: null }) });
    expect(readEnv({ DATABASE_URL: "postgresql://u@localhost:5432/pb" }).databaseUrl).toBe("postgresql://u@localhost:5432/pb");
  });

  it("names the variable that is wrong", () => {
    expect(() => readEnv({ PORT: "eighty" })).toThrow(/Invalid environment: PORT/);
    for (const threads of ["0", "two", "2.5", "17"]) expect(() => readEnv({ SEARCH_THREADS: threads })).toThrow(/^Invalid environment: SEARCH_THREADS: /);
    expect(() => readEnv({ WRITE_LOCK_TIMEOUT: "-1" })).toThrow(/^Invalid environment: WRITE_LOCK_TIMEOUT: /);
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must start with "file:"/);
    expect(() => readEnv({ SITE_URL: "papers.example.org" })).toThrow(/SITE_URL: must be the site's address/);
    expect(readEnv({ SITE_URL: "https://papers.example.org/" }).siteUrl).toBe("https://papers.example.org");
    expect(() => readEnv({ PRERENDER: "yes" })).toThrow(/^Invalid environment: PRERENDER: /);
    expect(readEnv({ PRERENDER: "off", PAGE_STORE_DIR: "pages" })).toMatchObject({ prerender: false, pageStoreDir: path.join(process.cwd(), "pages") });
  });

  it("reads the daily run's settings: arXiv's categories, no schedule unless asked, after the announcement when on", () => {
    expect(readEnv({}).daily).toEqual({
      categories: ["cs.CL", "cs.LG", "cs.AI"],
      scopeCategories: ["cs.CL", "cs.LG", "cs.AI"],
      scopeConcepts: null,
      highlights: 20,
      catchUpDays: 5,
      schedule: null,
      timezone: "America/New_York",
      arxivRssUrl: "https://rss.arxiv.org/rss",
      arxivApiUrl: "https://export.arxiv.org/api/query",
      huggingFaceUrl: "https://huggingface.co",
    });
    expect(readEnv({ DAILY_SCHEDULE: "on" }).daily.schedule).toBe(DEFAULT_SCHEDULE);
    const custom = readEnv({ DAILY_SCHEDULE: "0 7 * * 1-5", DAILY_TIMEZONE: "Asia/Seoul", DAILY_CATEGORIES: "cs.CL, cs.IR", DAILY_SCOPE_CONCEPTS: "lora,rag" }).daily;
    expect(custom).toMatchObject({ schedule: "0 7 * * 1-5", timezone: "Asia/Seoul", categories: ["cs.CL", "cs.IR"], scopeCategories: ["cs.CL", "cs.IR"], scopeConcepts: ["lora", "rag"] });
  });

  it("names a wrong daily setting", () => {
    expect(() => readEnv({ DAILY_SCHEDULE: "every morning" })).toThrow(/^Invalid environment: DAILY_SCHEDULE: must be "off", "on" or a cron expression/);
    expect(() => readEnv({ DAILY_TIMEZONE: "Mars/Olympus" })).toThrow(/DAILY_TIMEZONE: must be an IANA time zone/);
    expect(() => readEnv({ DAILY_CATEGORIES: "cs.CL,I.2.7" })).toThrow(/DAILY_CATEGORIES: must be arXiv categories/);
    expect(() => readEnv({ DIGEST_HIGHLIGHTS: "0" })).toThrow(/DIGEST_HIGHLIGHTS/);
    expect(() => readEnv({ HF_ENDPOINT: "ftp://x" })).toThrow(/HF_ENDPOINT: must be an http\(s\) address/);
  });
});
