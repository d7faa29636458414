import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => tmp?.cleanup());

describe('migration department_codes_unique', () => {
  it('upper-cases codes, renames duplicates (oldest keeps the code), reports each change, then keeps codes unique', () => {
    tmp = tempDir();
    const db = new BetterSqlite3(join(tmp.dir, 'q.sqlite'));
    const v = migrationVersion(migrations, 'department_codes_unique');
    applyMigrations(db, migrations, v - 1);
    const add = db.prepare("INSERT INTO departments (id, name, code, version, created_at, updated_at) VALUES (?, ?, ?, 1, ?, 'x')");
    add.run('d1', '质量部', 'QA', '2026-01-01');
    add.run('d2', '质检部', 'qa', '2026-01-02');
    add.run('d3', '品质部', 'QA', '2026-01-03');
    add.run('d4', '旧质量部', 'QA-2', '2026-01-04');
    add.run('d5', '运营部', 'ops', '2026-01-05');
    add.run('d6', '甲', null, '2026-01-06');
    add.run('d7', '乙', null, '2026-01-07');
    add.run('d8', '丙', '', '2026-01-08');
    applyMigrations(db, migrations, v);
    const codes = Object.fromEntries((db.prepare('SELECT id, code FROM departments').all() as { id: string; code: string | null }[]).map((r) => [r.id, r.code]));
    expect(codes).toEqual({ d1: 'QA', d2: 'QA-3', d3: 'QA-4', d4: 'QA-2', d5: 'OPS', d6: null, d7: null, d8: null });
    const report = db.prepare('SELECT migration, entity, entity_id, details FROM migration_report ORDER BY id').all();
    expect(report).toEqual([
      { migration: expect.stringMatching(/_department_codes_unique$/), entity: 'department', entity_id: 'd2', details: '{"before":"qa","after":"QA-3"}' },
      { migration: expect.stringMatching(/_department_codes_unique$/), entity: 'department', entity_id: 'd3', details: '{"before":"QA","after":"QA-4"}' },
      { migration: expect.stringMatching(/_department_codes_unique$/), entity: 'department', entity_id: 'd5', details: '{"before":"ops","after":"OPS"}' },
    ]);
    expect(() => add.run('d9', '新部门', 'QA', '2026-02-01')).toThrow(/UNIQUE/);
    add.run('d10', '无代码', null, '2026-02-01');
    db.close();
  });
});
