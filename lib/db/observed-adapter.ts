import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

export type QueryListener = (sql: string) => void;

function observeQueries<T extends SqlDriverAdapter | Transaction>(target: T, onQuery: QueryListener): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "queryRaw" || property === "executeRaw") {
        return (query: SqlQuery) => {
          onQuery(query.sql);
          return value.call(object, query);
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => observeQueries(await value.apply(object, args), onQuery);
      }
      return value.bind(object);
    },
  });
}

/**
 * Wraps a driver adapter factory: runs `setup` on each new connection and reports every SQL
 * statement to `onQuery` (tests use it to prove a page's query count does not grow with data).
 */
export function observedAdapterFactory(
  factory: SqlDriverAdapterFactory,
  options: { setup?: string; onQuery?: QueryListener },
): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      if (options.setup) await adapter.executeScript(options.setup);
      return options.onQuery ? observeQueries(adapter, options.onQuery) : adapter;
    },
  };
}
