import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { openStore, StoreOpenError } from '../../electron/backend/db/open';
import { loadMigrations } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const MIGRATIONS = join(APP_ROOT, 'migrations');
const LATEST = loadMigrations(MIGRATIONS).length;
let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

function openError(file: string, migrationsDir = MIGRATIONS): StoreOpenError {
  try {
    openStore({ file, migrationsDir }).sqlite.close();
  } catch (err) {
    if (err instanceof StoreOpenError) return err;
    throw err;
  }
  throw new Error('expected the open to fail');
}

describe('opening the store', () => {
  it('creates a new database with WAL, foreign keys, a busy timeout and every migration', async () => {
    tmp = tempDir();
    const store = openStore({ file: join(tmp.dir, 'sub', 'qms.sqlite'), migrationsDir: MIGRATIONS });
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(store.migrationBackup).toBeNull();
    await store.close();
  });

  it('refuses a database from a newer version and leaves it byte-identical', () => {
    tmp = tempDir();
    const file = join(tmp.dir, 'newer.sqlite');
    const db = new BetterSqlite3(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${LATEST + 5}`);
    db.close();
    const before = readFileSync(file);
    const err = openError(file);
    expect(err.key).toBe('db.newer');
    expect(err.describe('zh-CN')).toContain('更新版本');
    expect(err.describe('en')).toContain('newer version');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(tmp.dir)).toEqual(['newer.sqlite']);
  });

  it('refuses a file that is not a database and leaves it untouched', () => {
    tmp = tempDir();
    const file = join(tmp.dir, 'notes.sqlite');
    writeFileSync(file, '第一章 总则\n这不是数据库。'.repeat(200));
    const before = readFileSync(file);
    expect(openError(file).key).toBe('db.notDatabase');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a corrupt database and leaves it untouched', async () => {
    tmp = tempDir();
    const file = join(tmp.dir, 'corrupt.sqlite');
    const store = openStore({ file, migrationsDir: MIGRATIONS });
    store.sqlite.exec("CREATE TABLE filler (t TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) INSERT INTO filler SELECT hex(randomblob(500)) FROM n");
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await store.close();
    const bytes = readFileSync(file);
    bytes.fill(0x55, 4096 * 3, 4096 * 6);
    writeFileSync(file, bytes);
    const err = openError(file);
    expect(['db.corrupt', 'db.notDatabase']).toContain(err.key);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('backs up an existing database before migrating it and keeps the last three backups', async () => {
    tmp = tempDir();
    const dirs = [1, 2, 3, 4, 5].map((n) => {
      const dir = join(tmp.dir, `m${n}`);
      mkdirSync(dir);
      copyFileSync(join(MIGRATIONS, '0001_foundation.sql'), join(dir, '0001_foundation.sql'));
      for (let i = 2; i <= n; i++) writeFileSync(join(dir, `000${i}_step_${i}.sql`), `CREATE TABLE step_${i} (id TEXT PRIMARY KEY);`);
      return dir;
    });
    const file = join(tmp.dir, 'qms.sqlite');
    await openStore({ file, migrationsDir: dirs[0]! }).close();
    for (const dir of dirs.slice(1)) {
      const store = openStore({ file, migrationsDir: dir });
      expect(store.migrationBackup).toMatch(/qms\.sqlite\.pre-v\d-.*\.bak$/);
      const backup = new BetterSqlite3(store.migrationBackup!, { readonly: true });
      expect(backup.pragma('user_version', { simple: true })).toBe(store.schemaVersion - 1);
      backup.close();
      await store.close();
    }
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.bak'))).toHaveLength(3);
  });

  it('rolls a failing migration back, names the backup and keeps the data', async () => {
    tmp = tempDir();
    const dir = join(tmp.dir, 'm');
    mkdirSync(dir);
    copyFileSync(join(MIGRATIONS, '0001_foundation.sql'), join(dir, '0001_foundation.sql'));
    const file = join(tmp.dir, 'qms.sqlite');
    const store = openStore({ file, migrationsDir: dir });
    store.sqlite.prepare("INSERT INTO departments VALUES ('d1', '客户服务部', 'CS', 1, 'x', 'x')").run();
    await store.close();
    writeFileSync(join(dir, '0002_broken.sql'), 'CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);');
    const err = openError(file, dir);
    expect(err.key).toBe('db.migrationFailed');
    expect(String(err.params.backup)).toMatch(/\.bak$/);
    const check = new BetterSqlite3(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    expect(check.prepare('SELECT name FROM departments').pluck().all()).toEqual(['客户服务部']);
    check.close();
  });
});
