import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { nowIso } from '../clock';
import { migrationSteps, type MigrationReportEntry, type MigrationStep } from './steps';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** Reads migrations/NNNN_name.sql; numbers must run 1, 2, 3 … without gaps. */
export function loadMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .map((f) => FILE.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, m[0]), 'utf8') }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration numbers must be contiguous: expected ${i + 1}, found ${m.version}_${m.name}`);
  });
  return migrations;
}

/** The 1-based version of the migration with this name (tests use it, so that numbers may be rebased). */
export function migrationVersion(migrations: Migration[], name: string): number {
  const m = migrations.find((x) => x.name === name);
  if (!m) throw new Error(`no migration named ${name}`);
  return m.version;
}

function reporter(sqlite: BetterSqlite3.Database, m: Migration) {
  const label = `${String(m.version).padStart(4, '0')}_${m.name}`;
  return (e: MigrationReportEntry) =>
    sqlite
      .prepare('INSERT INTO migration_report (migration, entity, entity_id, message, details, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(label, e.entity, e.entityId ?? null, e.message, e.details === undefined ? null : JSON.stringify(e.details), nowIso());
}

/**
 * Applies each pending migration (its SQL, then its TypeScript step if it has one) in its own transaction,
 * with foreign keys checked before commit.
 * Foreign-key enforcement is off meanwhile so that table rebuilds are possible.
 */
export function applyMigrations(
  sqlite: BetterSqlite3.Database,
  migrations: Migration[],
  upTo = migrations.length,
  steps: Record<string, MigrationStep> = migrationSteps,
): void {
  const current = sqlite.pragma('user_version', { simple: true }) as number;
  sqlite.pragma('foreign_keys = OFF');
  try {
    for (const m of migrations.slice(current, upTo)) {
      sqlite.transaction(() => {
        sqlite.exec(m.sql);
        const step = steps[m.name];
        if (step) step(sqlite, reporter(sqlite, m));
        const broken = sqlite.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`migration ${m.version}_${m.name} leaves ${broken.length} broken foreign keys`);
        sqlite.pragma(`user_version = ${m.version}`);
      })();
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
