// The outside parts the suite drives (a PostgreSQL server, Chromium). In CI a missing part fails
// the run: a suite that quietly drops its PostgreSQL half would pass without testing it. On a
// developer's machine the tests that need it are skipped, and the run ends by saying so.

export type Part = "PostgreSQL" | "Chromium";

export interface MissingPart {
  part: Part;
  project: string;
  reason: string;
}

// What each part's absence leaves untested, for the end-of-run summary.
const UNTESTED: Record<Part, string> = {
  PostgreSQL:
    "every PostgreSQL case of the integration suite (the cross-database ranking equality " +
    "among them) and the e2e app on PostgreSQL",
  Chromium: "every page test in a browser (pages, reader, search and semantic UI, axe-core)",
};

// Global setups and reporters run in vitest's main process but load their modules apart, so the
// list lives on globalThis rather than in this module.
const KEY = Symbol.for("paperbridge.missingParts");
const registry = globalThis as { [KEY]?: MissingPart[] };

/** Whether this run is CI's: CI=true (or any value but false/0), as CI services set it. */
export function isCi(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return !!value && value !== "false" && value !== "0";
}

/** In CI, throws naming the part and why; elsewhere records it for the summary and warns now. */
export function missingPart(missing: MissingPart): void {
  const what = `${missing.part} is missing (${missing.reason})`;
  if (isCi()) {
    const untested = UNTESTED[missing.part];
    throw new Error(`CI=true and ${what}: CI must test ${untested}. Install it (see .ci/run).`);
  }
  (registry[KEY] ??= []).push(missing);
  console.warn(`[${missing.project}] ${what}: its tests are skipped`);
}

/** The end-of-run summary of what was skipped, or null when every part was there. */
export function missingPartsSummary(): string | null {
  const missing = registry[KEY] ?? [];
  if (missing.length === 0) return null;
  const parts = [...new Set(missing.map((m) => m.part))];
  const rule = "!".repeat(78);
  const lines = parts.map((part) => {
    const found = missing.filter((m) => m.part === part);
    const projects = [...new Set(found.map((m) => m.project))].join(", ");
    return `  ${part} (${projects}): ${found[0]!.reason}.\n    Not tested: ${UNTESTED[part]}.`;
  });
  return [
    rule,
    "  NOT A FULL RUN: tests were skipped because parts of the test setup are missing.",
    ...lines,
    "  Install them as .ci/run does; in CI (CI=true) a missing part fails the run.",
    rule,
  ].join("\n");
}
