import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
const version = migrationVersion(migrations, 'word_layouts');
let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

describe('migration word_layouts', () => {
  it('adds the kept TOC page numbers beside existing revisions, which stay as they were', () => {
    tmp = tempDir();
    const db = new BetterSqlite3(join(tmp.dir, 'qms.sqlite'));
    applyMigrations(db, migrations, version - 1);
    db.prepare("INSERT INTO documents (id, number, title, type, status, version_label, tags, version, created_at, updated_at) VALUES ('doc1', 'QM-R-001', '服务质量管理制度', 'regulation', 'effective', 'A/1', '[]', 1, 'x', 'x')").run();
    db.prepare("INSERT INTO revisions (id, document_id, revision_no, label, status, content, content_hash, body_text, created_at, updated_at) VALUES ('r1', 'doc1', 1, 'A/1', 'effective', '{}', 'h', '', 'x', 'x')").run();
    const before = db.prepare('SELECT * FROM revisions').all();
    applyMigrations(db, migrations, version);
    expect(db.prepare('SELECT * FROM revisions').all()).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM word_layouts').pluck().get()).toBe(0);
    db.prepare("INSERT INTO word_layouts VALUES ('r1', 'standard:installed', NULL, 'x', 'x')").run();
    // One row per revision and variant; a revision must exist.
    expect(() => db.prepare("INSERT INTO word_layouts VALUES ('r1', 'standard:installed', '{}', 'x', 'x')").run()).toThrow(/UNIQUE|PRIMARY/);
    db.pragma('foreign_keys = ON');
    expect(() => db.prepare("INSERT INTO word_layouts VALUES ('nope', 'standard:installed', '{}', 'x', 'x')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
