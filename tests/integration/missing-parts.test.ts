import { describe, expect, it } from "vitest";
import { runScript } from "../support/run-cli.ts";

const PROBE = "tests/support/run-global-setup.ts";
const NO_PG = { PG_BIN_DIR: "/nonexistent/postgresql/bin" };
const NO_CHROMIUM = { CHROMIUM_PATH: "/nonexistent/chromium" };

describe("a test run without PostgreSQL or Chromium", () => {
  it("fails in CI, naming the missing part and what it leaves untested", async () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ["tests/support/postgres-global-setup.ts", NO_PG, /CI=true and PostgreSQL is missing \(no PostgreSQL server binaries .*PG_BIN_DIR\): CI must test every PostgreSQL case/],
      ["tests/support/chromium-setup.ts", NO_CHROMIUM, /CI=true and Chromium is missing \(no Chromium at \/nonexistent\/chromium/],
      // The e2e setup checks before it builds the app: this fails in seconds.
      ["tests/support/app-global-setup.ts", NO_PG, /CI=true and PostgreSQL is missing/],
    ];
    for (const [setup, env, message] of cases) {
      const run = await runScript(PROBE, [setup], { ...env, CI: "true" });
      expect([setup, run.status]).toEqual([setup, 1]);
      expect(run.stderr).toMatch(message);
    }
  });

  it("on a developer's machine skips those tests and ends the run saying so", async () => {
    const postgres = await runScript(PROBE, ["tests/support/postgres-global-setup.ts"], { ...NO_PG, CI: "" });
    expect(postgres.status).toBe(0);
    expect(JSON.parse(postgres.stdout)).toEqual({ pgAdminUrl: null });
    expect(postgres.stderr).toMatch(/NOT A FULL RUN[\s\S]*PostgreSQL \(probe\): no PostgreSQL server binaries[\s\S]*Not tested: every PostgreSQL case/);

    const chromium = await runScript(PROBE, ["tests/support/chromium-setup.ts"], { ...NO_CHROMIUM, CI: "false" });
    expect(chromium.status).toBe(0);
    expect(JSON.parse(chromium.stdout)).toEqual({ chromium: false });
    expect(chromium.stderr).toMatch(/NOT A FULL RUN[\s\S]*Chromium \(probe\): no Chromium at \/nonexistent\/chromium/);
  });

  it("says nothing when both are there", async () => {
    const run = await runScript(PROBE, ["tests/support/chromium-setup.ts"], { CI: "true" });
    expect([run.status, JSON.parse(run.stdout)]).toEqual([0, { chromium: true }]);
    expect(run.stderr).not.toMatch(/NOT A FULL RUN/);
  });
});
