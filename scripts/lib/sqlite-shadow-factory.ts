import type { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";

// The engine replays each migration.sql on the shadow database as one statement, but
// better-sqlite3 prepares only single statements; scripts without parameters go through exec.
export function sqliteShadowFactory(factory: PrismaBetterSqlite3): SqlMigrationAwareDriverAdapterFactory {
  const connectToShadowDb = async (): Promise<SqlDriverAdapter> => {
    const adapter = await factory.connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query: SqlQuery) => {
      if (query.args.length > 0) return executeRaw(query);
      await adapter.executeScript(query.sql);
      return 0;
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb,
  };
}
