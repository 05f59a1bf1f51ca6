// Prisma's schema engine as WebAssembly: the native engine cannot be downloaded here
// (ENVIRONMENT.md), and this build of the same engine needs no binary.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine, DiffTarget, MigrationDirectory } from "@prisma/schema-engine-wasm";

type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let glue: Promise<Glue> | undefined;

// The package is built for bundlers, so its glue module and wasm are wired up by hand, once
// per process: a second instantiation would replace the memory the first engine uses.
async function loadGlue(): Promise<Glue> {
  // The engine reports a Rust panic through this global before it traps.
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message: string) {
      console.error(`schema engine panicked: ${message}`);
    },
  };
  const module = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": module });
  module.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return module;
}

export async function loadSchemaEngine(
  schemaText: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  glue ??= loadGlue();
  const { SchemaEngine } = await glue;
  return SchemaEngine.new({ datamodels: [["schema.prisma", schemaText]] }, () => {}, bindMigrationAwareSqlAdapterFactory(adapterFactory));
}

/** The SQL that turns `from` into `to`; an empty string when they agree. */
export async function diffScript(engine: SchemaEngine, from: DiffTarget, to: DiffTarget): Promise<string> {
  const result = await engine.diff({ from, to, script: true, exitCode: null, filters: { externalTables: [], externalEnums: [] } });
  const script = result.stdout ?? "";
  return script.includes("empty migration") ? "" : script;
}

export function datamodelTarget(schemaText: string): DiffTarget {
  return { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schemaText }] };
}

export function migrationsTarget(baseDir: string, migrations: { name: string; sql: string }[], provider: string): DiffTarget {
  const migrationDirectories: MigrationDirectory[] = migrations.map((m) => ({
    path: m.name,
    migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
  }));
  return {
    tag: "migrations",
    baseDir,
    lockfile: { path: "migration_lock.toml", content: `provider = "${provider}"\n` },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}
