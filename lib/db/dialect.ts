export type Dialect = "sqlite" | "postgresql";

export function dialectOf(url: string): Dialect {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${url}"`);
}

/** The file path inside a `file:` URL, for better-sqlite3. */
export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

/** The database behind a Prisma client or transaction. Prisma exposes it only as this field. */
export function dialectOfClient(client: object): Dialect {
  const provider = (client as { _activeProvider?: string })._activeProvider;
  if (provider === "sqlite" || provider === "postgresql") return provider;
  throw new Error(`unknown Prisma provider "${provider}"`);
}
