import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../errors';

/**
 * Tables whose rows never travel as kit records: accounts go only as the named users' sign-in rows, and
 * the rest is the database's own bookkeeping (identity, secret, trail, sessions, inbox, kits).
 */
const NEVER = new Set([
  'users', 'sessions', 'account_security', 'audit_log', 'audit_head', 'audit_personal_keys', 'database_identity', 'database_secret',
  'kit_exports', 'kit_export_scopes', 'kit_imports', 'kit_info', 'kit_base', 'kit_records', 'migration_report', 'settings',
  'number_sequences', 'tasks', 'jobs',
]);

/** A table that may go into a kit: a real table with an `id` primary key, not bookkeeping. */
export function assertKitTable(sqlite: BetterSqlite3.Database, table: string): void {
  const ok =
    !NEVER.has(table) &&
    /^[a-z_][a-z0-9_]*$/.test(table) &&
    sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ? AND sql NOT LIKE 'CREATE VIRTUAL%'").get(table) !== undefined &&
    (sqlite.prepare(`SELECT name, pk FROM pragma_table_info('${table}')`).all() as { name: string; pk: number }[]).some((c) => c.name === 'id' && c.pk === 1);
  if (!ok) throw new AppError('VALIDATION', 'kit.badTable', { table });
}

/** INSERT OR REPLACE of one row as read from another database with the same schema. */
export function copyRow(target: BetterSqlite3.Database, table: string, row: Record<string, unknown>): void {
  const cols = Object.keys(row);
  target.prepare(`INSERT OR REPLACE INTO "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => row[c]));
}
