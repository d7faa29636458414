import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

/** A consistent copy taken while others may be writing (VACUUM INTO reads one snapshot). */
export function backupTo(sqlite: BetterSqlite3.Database, out: string): { file: string; sizeBytes: number } {
  rmSync(out, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(out);
  return { file: out, sizeBytes: statSync(out).size };
}

export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** Writes FILE.pre-vN-STAMP.bak beside the database and keeps only the newest `keep` of them. */
export function backupBeforeMigration(sqlite: BetterSqlite3.Database, file: string, fromVersion: number, keep = 3): string {
  const out = `${file}.pre-v${fromVersion}-${timestamp()}.bak`;
  backupTo(sqlite, out);
  const prefix = `${basename(file)}.pre-v`;
  const dir = dirname(file);
  const old = readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.bak'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    .slice(keep);
  for (const f of old) rmSync(f, { force: true });
  return out;
}
