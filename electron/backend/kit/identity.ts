import type BetterSqlite3 from 'better-sqlite3';
import { GENESIS_HASH } from '../audit/trail';
import { AppError } from '../errors';
import type { KitScope } from '../../../shared/kit/header';

export interface DatabaseIdentity {
  databaseId: string;
  kind: 'main' | 'kit';
  createdAt: string;
}

export interface KitInfo {
  kitId: string;
  mainDatabaseId: string;
  scopes: KitScope[];
  forUsers: string[];
  seal: string;
  createdAt: string;
  createdBy: string | null;
}

const hasTable = (sqlite: BetterSqlite3.Database, name: string) =>
  sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** The database's permanent id; null for a file an older version wrote (before the field-kit migration). */
export function databaseIdentity(sqlite: BetterSqlite3.Database): DatabaseIdentity | null {
  if (!hasTable(sqlite, 'database_identity')) return null;
  const row = sqlite.prepare('SELECT database_id, kind, created_at FROM database_identity WHERE id = 1').get() as
    | { database_id: string; kind: 'main' | 'kit'; created_at: string }
    | undefined;
  return row ? { databaseId: row.database_id, kind: row.kind, createdAt: row.created_at } : null;
}

/** Where a field database came from; null for a main database. */
export function kitInfo(sqlite: BetterSqlite3.Database): KitInfo | null {
  if (!hasTable(sqlite, 'kit_info')) return null;
  const row = sqlite.prepare('SELECT * FROM kit_info WHERE id = 1').get() as
    | { kit_id: string; main_database_id: string; scopes: string; for_users: string; seal: string; created_at: string; created_by: string | null }
    | undefined;
  if (!row) return null;
  return {
    kitId: row.kit_id,
    mainDatabaseId: row.main_database_id,
    scopes: JSON.parse(row.scopes) as KitScope[],
    forUsers: JSON.parse(row.for_users) as string[],
    seal: row.seal,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/** The main database's identity and seal secret; a field database has no secret and is refused. */
export function mainIdentity(sqlite: BetterSqlite3.Database): DatabaseIdentity & { secret: Buffer } {
  const identity = databaseIdentity(sqlite);
  const row = hasTable(sqlite, 'database_secret') ? (sqlite.prepare('SELECT secret FROM database_secret WHERE id = 1').get() as { secret: Buffer } | undefined) : undefined;
  if (!identity || identity.kind !== 'main' || !row) throw new AppError('VALIDATION', 'kit.notMain');
  return { ...identity, secret: row.secret };
}

/** Where the trail's chain starts: zeros in a main database, the seal of the base in a field database. */
export function chainGenesis(sqlite: BetterSqlite3.Database): string {
  return kitInfo(sqlite)?.seal ?? GENESIS_HASH;
}
