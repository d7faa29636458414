import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Locale } from '../../../shared/api/envelope';
import { message, type MessageKey } from '../../../shared/api/messages';
import { backupBeforeMigration } from './backup';
import { applyMigrations, loadMigrations } from './migrations';
import type { Database } from './schema';

export interface OpenOptions {
  file: string;
  migrationsDir: string;
  /** Path to a better_sqlite3.node built for another runtime (Electron). */
  nativeBinding?: string;
}

export interface Store {
  file: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  schemaVersion: number;
  /** Set when opening upgraded the schema. */
  migrationBackup: string | null;
  close(): Promise<void>;
}

/** Opening failed for a reason a person can act on; the file was not changed. */
export class StoreOpenError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, unknown>,
  ) {
    super(message(key, 'en', params));
  }
  describe(locale: Locale): string {
    return message(this.key, locale, this.params);
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

function readHeader(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/** Looks at an existing file without writing to it: header, integrity, schema version. */
function inspectExisting(file: string, latest: number, nativeBinding?: string): number {
  if (statSync(file).size === 0) return 0;
  if (readHeader(file) !== SQLITE_HEADER) throw new StoreOpenError('db.notDatabase', { file });
  let probe: BetterSqlite3.Database | undefined;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (version > latest) throw new StoreOpenError('db.newer', { found: version, known: latest });
    const check = probe.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new StoreOpenError('db.corrupt', { file, reason: check });
    return version;
  } catch (err) {
    if (err instanceof StoreOpenError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    if (/not a database/i.test(reason)) throw new StoreOpenError('db.notDatabase', { file });
    throw new StoreOpenError('db.corrupt', { file, reason });
  } finally {
    probe?.close();
  }
}

/**
 * Opens an existing database for reading only; never writes. Like openStore it refuses a file that is not a
 * database, and one written by a newer version (whose trail or tables this version cannot judge).
 */
export function openReadOnly(file: string, migrationsDir: string, nativeBinding?: string): BetterSqlite3.Database {
  const path = resolve(file);
  if (!existsSync(path)) throw new StoreOpenError('db.notDatabase', { file: path });
  if (statSync(path).size === 0 || readHeader(path) !== SQLITE_HEADER) throw new StoreOpenError('db.notDatabase', { file: path });
  const latest = loadMigrations(migrationsDir).length;
  const sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    const version = sqlite.pragma('user_version', { simple: true }) as number;
    if (version > latest) throw new StoreOpenError('db.newer', { found: version, known: latest });
    return sqlite;
  } catch (err) {
    sqlite.close();
    if (err instanceof StoreOpenError) throw err;
    throw new StoreOpenError('db.corrupt', { file: path, reason: err instanceof Error ? err.message : String(err) });
  }
}

/** Statement cache: better-sqlite3 prepares on every call otherwise, which costs more than most of our queries. */
function cachingDatabase(sqlite: BetterSqlite3.Database) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (!stmt) {
        if (cache.size >= 500) cache.clear();
        stmt = sqlite.prepare(sql);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

export function openStore(options: OpenOptions): Store {
  const file = resolve(options.file);
  const migrations = loadMigrations(options.migrationsDir);
  const latest = migrations.length;
  const existed = existsSync(file);
  const found = existed ? inspectExisting(file, latest, options.nativeBinding) : 0;

  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file, { nativeBinding: options.nativeBinding });
  try {
    sqlite.pragma('journal_mode = WAL');
    // An acknowledged signature or approval must survive a power cut, not only a crash: in WAL mode NORMAL
    // may lose the last commits on power loss, FULL syncs the log on every commit. On macOS fsync does not
    // reach the platter; F_FULLFSYNC does. (Cost measured by `npm run bench`.)
    sqlite.pragma('synchronous = FULL');
    if (process.platform === 'darwin') {
      sqlite.pragma('fullfsync = ON');
      sqlite.pragma('checkpoint_fullfsync = ON');
    }
    sqlite.pragma('busy_timeout = 5000');
    let migrationBackup: string | null = null;
    if (found < latest) {
      if (found > 0) migrationBackup = backupBeforeMigration(sqlite, file, found);
      try {
        applyMigrations(sqlite, migrations);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        throw new StoreOpenError('db.migrationFailed', { reason, backup: migrationBackup ?? '-' });
      }
    }
    sqlite.pragma('foreign_keys = ON');
    // Refreshes planner statistics where they are missing or stale (SQLite's advice for long-lived connections).
    sqlite.pragma('optimize = 0x10002');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingDatabase(sqlite) }) });
    return {
      file,
      sqlite,
      db,
      schemaVersion: latest,
      migrationBackup,
      close: () => db.destroy(),
    };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
