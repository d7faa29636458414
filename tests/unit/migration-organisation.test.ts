import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
const target = migrationVersion(migrations, 'organisation');
let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

function databaseBefore() {
  tmp = tempDir();
  const db = new BetterSqlite3(join(tmp.dir, 'qms.sqlite'));
  applyMigrations(db, migrations, target - 1);
  return db;
}

describe('migration organisation', () => {
  it('turns departments into a tree under the organisation, keeps references, and moves users into positions', () => {
    const db = databaseBefore();
    db.prepare(`UPDATE settings SET value = '"安和城市服务有限公司"' WHERE key = 'organisationName'`).run();
    const dep = db.prepare('INSERT INTO departments (id, name, code, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    dep.run('d1', '质量管理部', 'qa', 2, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
    dep.run('d2', '客服部', 'CS', 1, '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z');
    dep.run('d3', '客服二部', 'cs', 1, '2026-01-03T00:00:00.000Z', '2026-01-03T00:00:00.000Z');
    const user = db.prepare(
      "INSERT INTO users (id, username, display_name, role, department_id, password_hash, active, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'h', 1, 1, 'x', 'x')",
    );
    user.run('u1', 'zhang', '张华', 'quality_manager', 'd1');
    user.run('u2', 'li', '李娜', 'author', 'd2');
    user.run('u3', 'zhou', '周敏', 'author', 'd2');
    user.run('u4', 'chen', '陈静', 'executive', null);
    db.prepare(
      `INSERT INTO documents (id, number, title, type, department_id, status, version_label, tags, version, created_at, updated_at)
       VALUES ('doc1', 'QM-R-001', '制度', 'regulation', 'd1', 'effective', 'A/0', '[]', 1, 'x', 'x')`,
    ).run();

    applyMigrations(db, migrations, target);

    const root = db.prepare('SELECT * FROM departments WHERE parent_id IS NULL').get() as Record<string, unknown>;
    expect(root).toMatchObject({ kind: 'organisation', name: '安和城市服务有限公司' });
    const units = db.prepare('SELECT id, parent_id, kind, name, code, version FROM departments WHERE parent_id IS NOT NULL ORDER BY id').all();
    expect(units).toEqual([
      { id: 'd1', parent_id: root.id, kind: 'department', name: '质量管理部', code: 'QA', version: 2 },
      { id: 'd2', parent_id: root.id, kind: 'department', name: '客服部', code: 'CS', version: 1 },
      { id: 'd3', parent_id: root.id, kind: 'department', name: '客服二部', code: 'CS-2', version: 1 },
    ]);
    const reported = db.prepare("SELECT entity_id, message FROM migration_report WHERE entity = 'department'").all();
    expect(reported).toEqual([{ entity_id: 'd3', message: 'duplicate code CS renamed CS-2' }]);
    // The index survives the rebuild: codes are unique ignoring case.
    const idx = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'departments_code_upper'").pluck().get();
    expect(idx).toMatch(/UNIQUE INDEX departments_code_upper ON departments \(upper\(code\)\)/);
    expect(() =>
      db.prepare("INSERT INTO departments (id, parent_id, kind, name, code, created_at, updated_at) VALUES ('d4', ?, 'team', 'x', 'qa', 'x', 'x')").run(root.id),
    ).toThrow(/UNIQUE/);
    // Names are unique among siblings only.
    db.prepare("INSERT INTO departments (id, parent_id, kind, name, created_at, updated_at) VALUES ('t1', 'd1', 'team', '客服组', 'x', 'x')").run();
    db.prepare("INSERT INTO departments (id, parent_id, kind, name, created_at, updated_at) VALUES ('t2', 'd2', 'team', '客服组', 'x', 'x')").run();
    expect(() =>
      db.prepare("INSERT INTO departments (id, parent_id, kind, name, created_at, updated_at) VALUES ('t3', 'd2', 'team', '客服组', 'x', 'x')").run(),
    ).toThrow(/UNIQUE/);

    expect(db.prepare('SELECT department_id FROM documents').pluck().get()).toBe('d1');
    expect(db.prepare('SELECT COUNT(*) FROM users WHERE department_id IS NOT NULL').pluck().get()).toBe(0);
    const held = db
      .prepare(
        `SELECT u.username, pe.name, po.department_id, po.title, po.headcount, pp.is_primary FROM people pe
         JOIN users u ON u.id = pe.user_id LEFT JOIN person_positions pp ON pp.person_id = pe.id
         LEFT JOIN positions po ON po.id = pp.position_id ORDER BY u.username`,
      )
      .all();
    expect(held).toEqual([
      { username: 'chen', name: '陈静', department_id: null, title: null, headcount: null, is_primary: null },
      { username: 'li', name: '李娜', department_id: 'd2', title: '文件编写人', headcount: 2, is_primary: 1 },
      { username: 'zhang', name: '张华', department_id: 'd1', title: '质量经理', headcount: 1, is_primary: 1 },
      { username: 'zhou', name: '周敏', department_id: 'd2', title: '文件编写人', headcount: 2, is_primary: 1 },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('names the root after a neutral label when no organisation name is set', () => {
    const db = databaseBefore();
    applyMigrations(db, migrations, target);
    expect(db.prepare('SELECT name, kind FROM departments').all()).toEqual([{ name: '本组织', kind: 'organisation' }]);
    db.close();
  });
});
