import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

/** A database at schema version `n`, as an older app would have left it. */
function databaseAt(n: number) {
  tmp = tempDir();
  const db = new BetterSqlite3(join(tmp.dir, 'qms.sqlite'));
  applyMigrations(db, migrations, n);
  return db;
}

describe('migrations', () => {
  it('are numbered 0001, 0002 … without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_m, i) => i + 1));
  });

  it('0001 creates the foundation from an empty file, with default settings and an empty audit chain', () => {
    const db = databaseAt(0);
    applyMigrations(db, migrations, 1);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['audit_head', 'audit_log', 'departments', 'documents', 'number_sequences', 'sessions', 'settings', 'users']),
    );
    expect(db.prepare("SELECT value FROM settings WHERE key = 'documentNumberPattern'").pluck().get()).toBe('"QM-{type}-{seq:3}"');
    expect(db.prepare('SELECT seq FROM audit_head').pluck().get()).toBe(0);
    // Constraints from the schema hold.
    db.prepare("INSERT INTO departments VALUES ('d1', '质量管理部', 'QA', 1, 'x', 'x')").run();
    expect(() => db.prepare("INSERT INTO departments VALUES ('d2', '质量管理部', 'QA', 1, 'x', 'x')").run()).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("INSERT INTO users VALUES ('u1', 'a', 'A', 'boss', NULL, 'h', 1, 1, 'x', 'x')").run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('apply each pending migration exactly once', () => {
    const db = databaseAt(migrations.length);
    applyMigrations(db, migrations);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });
});
