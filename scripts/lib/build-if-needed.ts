import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const STAMP = path.join(".next", "paperbridge-source.sha256");
const LOCK = ".next-build.lock";

function sourceHash(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    if (!existsSync(entry) || entry.includes(`${path.sep}generated`)) return;
    if (statSync(entry).isDirectory()) {
      for (const child of readdirSync(entry).sort()) visit(path.join(entry, child));
    } else {
      hash.update(entry).update(readFileSync(entry));
    }
  };
  SOURCES.forEach(visit);
  return hash.digest("hex");
}

function isCurrent(hash: string): boolean {
  return existsSync(path.join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === hash;
}

/**
 * Runs `next build` when the sources changed since the last build. Instances started side by
 * side take turns through a lock file, so only the first one builds.
 */
export async function buildIfNeeded(): Promise<void> {
  const hash = sourceHash();
  if (isCurrent(hash)) return;
  let lock: number | null = null;
  const deadline = Date.now() + 15 * 60_000;
  while (lock === null) {
    try {
      lock = openSync(LOCK, "wx");
    } catch {
      if (Date.now() > deadline) throw new Error(`${LOCK} has existed for 15 minutes; remove it if no build is running`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      if (isCurrent(hash)) return;
    }
  }
  try {
    if (isCurrent(hash)) return;
    console.log("Building the app (next build)...");
    const result = spawnSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (result.status !== 0) throw new Error("next build failed");
    writeFileSync(STAMP, hash);
  } finally {
    closeSync(lock);
    rmSync(LOCK, { force: true });
  }
}
