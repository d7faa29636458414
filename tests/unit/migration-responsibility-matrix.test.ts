import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
const target = migrationVersion(migrations, 'responsibility_matrix');
const ROOT = '00000000-0000-4000-8000-000000000001';
let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

describe('migration responsibility_matrix', () => {
  it('adds the matrix tables beside existing scope rows and processes, and the store refuses a second ★ in a row', () => {
    tmp = tempDir();
    const db = new BetterSqlite3(join(tmp.dir, 'qms.sqlite'));
    applyMigrations(db, migrations, target - 1);
    db.prepare("INSERT INTO clause_scope (clause, applicable, justification, created_at, updated_at) VALUES ('8.3', 0, '不涉及设计开发', 'x', 'x')").run();
    db.prepare("INSERT INTO processes (id, code, name, owner_unit_id, created_at, updated_at) VALUES ('p1', 'P01', '服务提供过程', ?, 'x', 'x')").run(ROOT);

    applyMigrations(db, migrations, target);

    expect(db.prepare('SELECT clause, applicable FROM clause_scope').all()).toEqual([{ clause: '8.3', applicable: 0 }]);
    expect(db.prepare('SELECT code FROM processes').all()).toEqual([{ code: 'P01' }]);
    db.prepare("INSERT INTO matrix_versions (id, number, level_kind, state, created_at, updated_at) VALUES ('v1', 1, 'department', 'draft', 'x', 'x')").run();
    const cell = db.prepare("INSERT INTO matrix_cells (version_id, row_key, unit_id, mark) VALUES ('v1', 'process:p1', ?, ?)");
    cell.run(ROOT, 'lead');
    expect(() => db.prepare("INSERT INTO matrix_versions (id, number, level_kind, state, created_at, updated_at) VALUES ('v2', 1, 'department', 'draft', 'x', 'x')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO matrix_versions (id, number, level_kind, state, created_at, updated_at) VALUES ('v3', 3, 'department', 'approved?', 'x', 'x')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO departments (id, name, name_sort, kind, parent_id, sort_order, version, created_at, updated_at) VALUES ('d2', '运营部', 'yunyingbu', 'department', ?, 1, 1, 'x', 'x')").run(ROOT);
    expect(() => cell.run('d2', 'lead')).toThrow(/UNIQUE/);
    expect(() => cell.run('d2', 'boss')).toThrow(/CHECK/);
    cell.run('d2', 'main');
    expect(db.prepare('SELECT count(*) AS n FROM matrix_cells').get()).toEqual({ n: 2 });
    db.close();
  });
});
