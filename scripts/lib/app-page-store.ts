import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { AppEnv } from "../../lib/config/env.ts";
import type { ChangeVersionReader } from "../../lib/db/change-version.ts";
import { PageStore } from "../../lib/http/page-store.ts";

/**
 * The page store of this database (its address and the id it was created with: two copies of a
 * file are two databases) as the built app (.next) renders it.
 */
export async function appPageStore(env: AppEnv, versions: ChangeVersionReader): Promise<PageStore> {
  const file = path.join(".next", "BUILD_ID");
  if (!existsSync(file)) throw new Error("the app is not built (.next): npm start builds it");
  const buildId = readFileSync(file, "utf8").trim();
  return new PageStore(env.pageStoreDir, `${env.databaseUrl}\n${await versions.identity()}`, buildId);
}
