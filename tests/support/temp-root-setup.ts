import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// Every temporary file of a test run (databases, fixtures, models, built sites) goes under one
// directory that is removed when the run ends: workers inherit TMPDIR, and os.tmpdir() reads it.
export default function setup() {
  const root = mkdtempSync(path.join(os.tmpdir(), "paperbridge-tests-"));
  // Others may pass through, as through /tmp: a PostgreSQL cluster under it runs as its own user.
  chmodSync(root, 0o755);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
