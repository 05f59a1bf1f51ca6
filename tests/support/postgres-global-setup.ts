import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "../../scripts/lib/postgres-cluster.ts";
import { missingPart } from "./missing-parts.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Maintenance URL of a throwaway PostgreSQL server, or null when none could start. */
    pgAdminUrl: string | null;
  }
}

// One throwaway PostgreSQL server per test project; each test file makes its own databases.
export default async function setup(project: TestProject) {
  const started = await startPostgresCluster();
  if ("skipped" in started) {
    missingPart({ part: "PostgreSQL", project: project.name, reason: started.skipped });
    project.provide("pgAdminUrl", null);
    return;
  }
  project.provide("pgAdminUrl", started.cluster.adminUrl);
  return () => started.cluster.stop();
}
