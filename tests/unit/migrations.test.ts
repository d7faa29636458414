import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
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

  it('0002 keeps register entries, adds document control with defaults, and indexes them for search', () => {
    const db = databaseAt(1);
    db.prepare("INSERT INTO departments VALUES ('d1', '质量管理部', 'QA', 1, 'x', 'x')").run();
    db.prepare(
      `INSERT INTO documents (id, number, title, type, department_id, status, version_label, tags, version, created_at, updated_at)
       VALUES ('doc1', 'QM-R-001', '服务质量管理制度', 'regulation', 'd1', 'effective', 'B/1', '["服务"]', 3, 'x', 'x')`,
    ).run();
    applyMigrations(db, migrations, 2);
    expect(db.prepare('SELECT number, title, status, version_label, version, review_interval_months, language FROM documents').get()).toEqual({
      number: 'QM-R-001',
      title: '服务质量管理制度',
      status: 'effective',
      version_label: 'B/1',
      version: 3,
      review_interval_months: 12,
      language: 'zh-CN',
    });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'allowSelfApproval'").pluck().get()).toBe('false');
    const hit = db
      .prepare("SELECT m.document_id FROM document_search s JOIN document_search_map m ON m.doc_rowid = s.rowid WHERE document_search MATCH '\"质量管理\"'")
      .pluck()
      .all();
    expect(hit).toEqual(['doc1']);
    db.close();
  });

  it('0003 runs a TypeScript step after the SQL, in the same transaction, and keeps its report', () => {
    const v = migrationVersion(migrations, 'migration_report');
    const db = databaseAt(v - 1);
    db.prepare("INSERT INTO departments VALUES ('d1', '质量管理部', 'QA', 1, 'x', 'x')").run();
    const steps = {
      migration_report: (sqlite: BetterSqlite3.Database, report: (e: { entity: string; entityId?: string; message: string; details?: unknown }) => void) => {
        sqlite.prepare("UPDATE departments SET name = '质量部' WHERE id = 'd1'").run();
        report({ entity: 'department', entityId: 'd1', message: '改名', details: { before: '质量管理部' } });
      },
    };
    applyMigrations(db, migrations, v, steps);
    expect(db.prepare("SELECT name FROM departments WHERE id = 'd1'").pluck().get()).toBe('质量部');
    expect(db.prepare('SELECT migration, entity, entity_id, message, details FROM migration_report').all()).toEqual([
      { migration: `000${v}_migration_report`, entity: 'department', entity_id: 'd1', message: '改名', details: '{"before":"质量管理部"}' },
    ]);
    db.close();
  });

  it('a failing step rolls back its migration: the SQL, the step and the version', () => {
    const v = migrationVersion(migrations, 'migration_report');
    const db = databaseAt(v - 1);
    const steps = {
      migration_report: (sqlite: BetterSqlite3.Database) => {
        sqlite.prepare("INSERT INTO departments VALUES ('d9', '临时', 'TMP', 1, 'x', 'x')").run();
        throw new Error('step failed');
      },
    };
    expect(() => applyMigrations(db, migrations, v, steps)).toThrow('step failed');
    expect(db.pragma('user_version', { simple: true })).toBe(v - 1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'migration_report'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM departments').pluck().get()).toBe(0);
    db.close();
  });

  it('0004 adds the attachment store with its size limit, keeping settings and documents', () => {
    const v = migrationVersion(migrations, 'attachments');
    const db = databaseAt(v - 1);
    db.prepare("UPDATE settings SET value = '\"安和\"' WHERE key = 'organisationName'").run();
    applyMigrations(db, migrations, v);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'attachmentMaxBytes'").pluck().get()).toBe('20971520');
    expect(db.prepare("SELECT value FROM settings WHERE key = 'organisationName'").pluck().get()).toBe('"安和"');
    const insert = db.prepare("INSERT INTO attachments (id, sha256, size, media_type, name, data, created_at, updated_at) VALUES (?, ?, 3, 'text/plain', 'a.txt', x'616263', 'x', 'x')");
    insert.run('a1', 'h1');
    expect(() => insert.run('a2', 'h1')).toThrow(/UNIQUE/);
    db.close();
  });

  it('apply each pending migration exactly once', () => {
    const db = databaseAt(migrations.length);
    applyMigrations(db, migrations);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });
});
