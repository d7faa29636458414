import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

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

/**
 * Applies each pending migration in its own transaction, with foreign keys checked before commit.
 * Foreign-key enforcement is off meanwhile so that table rebuilds are possible.
 */
export function applyMigrations(sqlite: BetterSqlite3.Database, migrations: Migration[], upTo = migrations.length): void {
  const current = sqlite.pragma('user_version', { simple: true }) as number;
  sqlite.pragma('foreign_keys = OFF');
  try {
    for (const m of migrations.slice(current, upTo)) {
      sqlite.transaction(() => {
        sqlite.exec(m.sql);
        const broken = sqlite.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`migration ${m.version}_${m.name} leaves ${broken.length} broken foreign keys`);
        sqlite.pragma(`user_version = ${m.version}`);
      })();
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
