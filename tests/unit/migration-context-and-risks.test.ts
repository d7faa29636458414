import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
const target = migrationVersion(migrations, 'context_and_risks');
let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

describe('migration context_and_risks', () => {
  it('adds the context and risk tables on a seeded database, keeping its rows; ratings stay within 1–5', () => {
    tmp = tempDir();
    const db = new BetterSqlite3(join(tmp.dir, 'qms.sqlite'));
    applyMigrations(db, migrations, target - 1);
    db.prepare("INSERT INTO people (id, name, version, created_at, updated_at) VALUES ('p1', '李娜', 1, 'x', 'x')").run();
    const before = db.prepare('SELECT * FROM people').all();
    applyMigrations(db, migrations, target);
    expect(db.prepare('SELECT * FROM people').all()).toEqual(before);
    const risk = db.prepare(
      `INSERT INTO risks (id, number, kind, description, source_kind, likelihood, impact, owner_person_id, status, review_date, created_at, updated_at)
       VALUES (?, ?, 'risk', '等候超时', 'other', ?, 4, 'p1', 'open', '2026-12-01', 'x', 'x')`,
    );
    risk.run('r1', 'R-001', 5);
    expect(() => risk.run('r2', 'R-002', 6)).toThrow(/CHECK/);
    db.prepare("INSERT INTO context_items (id, kind, title, recorded_on, created_at, updated_at) VALUES ('c1', 'party', '业主委员会', '2026-01-01', 'x', 'x')").run();
    expect(() => db.prepare("INSERT INTO context_items (id, kind, title, recorded_on, created_at, updated_at) VALUES ('c2', 'nope', 'x', '2026-01-01', 'x', 'x')").run()).toThrow(/CHECK/);
    db.close();
  });
});
