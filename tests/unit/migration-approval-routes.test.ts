import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
const v = migrationVersion(migrations, 'approval_routes');
let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

/** The schema just before approval routes, with hand-set statuses as the first pass allowed them. */
function seeded() {
  tmp = tempDir();
  const db = new BetterSqlite3(join(tmp.dir, 'qms.sqlite'));
  applyMigrations(db, migrations, v - 1);
  db.prepare("INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at) VALUES ('u1', 'zhanghua', '张华', 'quality_manager', 'h', 'x', 'x')").run();
  const doc = db.prepare(
    `INSERT INTO documents (id, number, title, type, status, version_label, effective_date, next_review_date, version, created_at, updated_at)
     VALUES (?, ?, ?, 'procedure', ?, ?, ?, ?, 1, 'x', 'x')`,
  );
  doc.run('hand', 'QM-P-001', '手工生效', 'effective', 'B/1', '2024-01-01', '2025-01-01');
  doc.run('real', 'QM-P-002', '经审批生效', 'effective', 'A/9', '2020-01-01', '2027-01-01');
  doc.run('review', 'QM-P-003', '手工审核中', 'in_review', 'A/0', null, null);
  doc.run('gone', 'QM-P-004', '已作废', 'obsolete', 'A/0', '2019-01-01', '2020-01-01');
  doc.run('draft', 'QM-P-005', '草稿', 'draft', 'A/0', null, null);
  const rev = db.prepare(
    `INSERT INTO revisions (id, document_id, revision_no, label, status, content, content_hash, body_text, effective_date, author_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, '{}', 'h1', '', ?, 'u1', 'x', 'x')`,
  );
  rev.run('r-eff', 'real', 1, 'A/1', 'effective', '2026-01-01');
  rev.run('r-rev', 'review', 1, 'A/0', 'in_review', null);
  db.prepare("INSERT INTO signatures VALUES ('s1', 'r-eff', 'u1', '张华', 'quality_manager', 'approved', 'h1', NULL, 't', 't', 't')").run();
  return db;
}

describe('migration approval_routes', () => {
  it('brings hand-set statuses in line with revisions and reports every change', () => {
    const db = seeded();
    applyMigrations(db, migrations, v);
    const docs = Object.fromEntries(
      (db.prepare('SELECT id, status, version_label, effective_date, next_review_date FROM documents').all() as { id: string }[]).map((d) => [d.id, d]),
    );
    expect(docs.hand).toMatchObject({ status: 'draft', effective_date: null });
    expect(docs.real).toMatchObject({ status: 'effective', version_label: 'A/1', effective_date: '2026-01-01' });
    expect(docs.review).toMatchObject({ status: 'draft' });
    expect(docs.gone).toMatchObject({ status: 'obsolete', next_review_date: null });
    expect(docs.draft).toMatchObject({ status: 'draft' });
    const report = db.prepare('SELECT migration, entity, entity_id, message, details FROM migration_report ORDER BY id').all() as {
      migration: string;
      entity: string;
      entity_id: string;
      message: string;
      details: string;
    }[];
    expect(report.map((r) => [r.entity, r.entity_id])).toEqual([
      ['document', 'hand'],
      ['document', 'real'],
      ['document', 'review'],
      ['document', 'gone'],
      ['revision', 'r-rev'],
    ]);
    expect(report[0]!.migration).toBe(`${String(v).padStart(4, '0')}_approval_routes`);
    expect(report[0]!.message).toContain('登记现行版本');
    expect(JSON.parse(report[0]!.details)).toEqual({
      before: { status: 'effective', versionLabel: 'B/1', effectiveDate: '2024-01-01', nextReviewDate: '2025-01-01' },
      after: { status: 'draft', versionLabel: 'B/1', effectiveDate: null, nextReviewDate: '2025-01-01' },
    });
    db.close();
  });

  it('keeps signatures as records of a revision, and revisions in review go on under the default route', () => {
    const db = seeded();
    applyMigrations(db, migrations, v);
    expect(db.prepare('SELECT entity_type, entity_id, round, step, meaning, signer_name, voided_at FROM signatures').all()).toEqual([
      { entity_type: 'revision', entity_id: 'r-eff', round: 1, step: null, meaning: 'approved', signer_name: '张华', voided_at: null },
    ]);
    expect(db.prepare("SELECT route, round, origin FROM revisions WHERE id = 'r-rev'").get()).toEqual({
      route: JSON.stringify([{ meaning: 'approved', mode: 'any', assignees: [{ kind: 'documentApprovers' }] }]),
      round: 1,
      origin: 'content',
    });
    // The rebuilt register keeps its rows and accepts the new type 外来文件.
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(5);
    db.prepare("INSERT INTO documents (id, number, title, type, status, version_label, created_at, updated_at) VALUES ('ext', 'QM-EXT-001', 'GB/T 19001', 'external', 'draft', 'A/0', 'x', 'x')").run();
    expect(() => db.prepare("INSERT INTO revisions (id, document_id, revision_no, label, status, content, content_hash, body_text, created_at, updated_at) VALUES ('x', 'nope', 1, 'A', 'draft', '{}', 'h', '', 'x', 'x')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('rolls back entirely when the step fails', () => {
    const db = seeded();
    db.prepare("UPDATE documents SET next_review_date = 'x' WHERE id = 'gone'").run();
    expect(() => applyMigrations(db, migrations, v, { approval_routes: () => { throw new Error('boom'); } })).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(v - 1);
    expect(db.prepare("SELECT status FROM documents WHERE id = 'hand'").pluck().get()).toBe('effective');
    db.close();
  });
});
