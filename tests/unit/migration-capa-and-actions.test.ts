import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
const target = migrationVersion(migrations, 'capa_and_actions');
let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

describe('migration capa_and_actions', () => {
  it('adds the tables on a seeded database, keeps its rows, and refuses a due date before the record was raised', () => {
    tmp = tempDir();
    const db = new BetterSqlite3(join(tmp.dir, 'qms.sqlite'));
    applyMigrations(db, migrations, target - 1);
    db.prepare("INSERT INTO people (id, name, version, created_at, updated_at) VALUES ('p1', '李娜', 1, 'x', 'x')").run();
    const before = db.prepare('SELECT * FROM people').all();

    applyMigrations(db, migrations, target);

    expect(db.prepare('SELECT * FROM people').all()).toEqual(before);
    const capa = db.prepare(
      `INSERT INTO capas (id, number, title, source_type, unit_id, owner_person_id, severity, problem_what, raised_on, due_date, status, created_at, updated_at)
       VALUES (?, ?, '超时', 'other', '00000000-0000-4000-8000-000000000001', 'p1', 'minor', '等候过久', '2026-05-01', ?, 'open', 'x', 'x')`,
    );
    capa.run('c1', 'CA-2026-001', '2026-05-30');
    expect(() => capa.run('c2', 'CA-2026-002', '2026-04-30')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO capa_causes (id, capa_id, round, category, cause, status, sort_order, recorded_by, recorded_at) VALUES ('k', 'c1', 1, 'money', 'x', 'open', 0, 'x', 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO capa_whys (capa_id, round, level, answer, recorded_by, recorded_at) VALUES ('c1', 1, 6, 'x', 'x', 'x')").run()).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO actions (id, parent_type, parent_id, kind, description, owner_person_id, due_date, status, created_at, updated_at)
       VALUES ('a1', 'capa', 'c1', 'corrective', '排班', 'p1', '2026-05-20', 'open', 'x', 'x')`,
    ).run();
    expect(db.prepare("SELECT status FROM actions WHERE parent_type = 'capa' AND parent_id = 'c1'").all()).toEqual([{ status: 'open' }]);
    db.close();
  });
});
