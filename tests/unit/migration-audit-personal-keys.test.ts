import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => tmp?.cleanup());

describe('migration audit_personal_keys', () => {
  it('keeps the trail as it was, adds the key table and the indexes the system log filters by', () => {
    tmp = tempDir();
    const db = new BetterSqlite3(join(tmp.dir, 'q.sqlite'));
    const v = migrationVersion(migrations, 'audit_personal_keys');
    applyMigrations(db, migrations, v - 1);
    db.prepare(
      "INSERT INTO audit_log (seq, id, at, actor_id, actor_name, entity, entity_id, action, before, after, prev_hash, hash) VALUES (1, 'a1', '2026-01-01T00:00:00.000Z', NULL, 'qms CLI', 'document', 'd1', 'create', NULL, '{}', 'p', 'h')",
    ).run();
    const before = db.prepare('SELECT * FROM audit_log').all();
    applyMigrations(db, migrations, v);
    expect(db.prepare('SELECT * FROM audit_log').all()).toEqual(before);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['audit_log_actor', 'audit_log_action', 'audit_log_at']));
    db.prepare("INSERT INTO audit_personal_keys VALUES ('complaint', 'c1', 'k', 'x')").run();
    expect(() => db.prepare("INSERT INTO audit_personal_keys VALUES ('complaint', 'c1', 'k2', 'x')").run()).toThrow(/UNIQUE|PRIMARY/);
    db.close();
  });
});
