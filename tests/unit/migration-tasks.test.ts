import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
const target = migrationVersion(migrations, 'tasks');
let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

describe('migration tasks', () => {
  it('backfills 待我审批 for who may sign the current step and 待我修改 for returned drafts', () => {
    tmp = tempDir();
    const db = new BetterSqlite3(join(tmp.dir, 'qms.sqlite'));
    applyMigrations(db, migrations, target - 1);
    const user = db.prepare("INSERT INTO users (id, username, display_name, role, password_hash, active, version, created_at, updated_at) VALUES (?, ?, ?, ?, 'h', ?, 1, 'x', 'x')");
    user.run('qm', 'zhang', '张华', 'quality_manager', 1);
    user.run('au', 'li', '李娜', 'author', 1);
    user.run('gm', 'liu', '刘洋', 'executive', 1);
    user.run('old', 'wang', '王五', 'quality_manager', 0);
    const doc = db.prepare(
      `INSERT INTO documents (id, number, title, type, status, version_label, tags, version, created_at, updated_at)
       VALUES (?, ?, '质量手册', 'manual', 'draft', 'A/0', '[]', 1, 'x', 'x')`,
    );
    for (const n of [1, 2, 3]) doc.run(`doc${n}`, `QM-M-00${n}`);
    const rev = db.prepare(
      `INSERT INTO revisions (id, document_id, revision_no, label, status, content, content_hash, body_text, author_id, rejection, route, round, created_at, updated_at)
       VALUES (?, ?, 1, ?, ?, '{}', 'h', '', 'au', ?, ?, 1, '2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z')`,
    );
    const route = JSON.stringify([
      { meaning: 'reviewed', mode: 'any', assignees: [{ kind: 'role', role: 'quality_manager' }] },
      { meaning: 'approved', mode: 'any', assignees: [{ kind: 'user', userId: 'gm' }] },
    ]);
    rev.run('r1', 'doc1', 'A/0', 'in_review', null, route);
    rev.run('r2', 'doc2', 'A/1', 'draft', '请补充', null);
    rev.run('r3', 'doc3', 'A/2', 'in_review', null, null); // the default route: quality managers approve
    db.prepare(
      `INSERT INTO signatures (id, entity_type, entity_id, round, step, meaning, signer_id, signer_name, signer_role, content_hash, signed_at, created_at, updated_at)
       VALUES ('s1', 'revision', 'r1', 1, 1, 'reviewed', 'qm', '张华', 'quality_manager', 'h', '2026-03-02T00:00:00.000Z', 'x', 'x')`,
    ).run();

    applyMigrations(db, migrations, target);

    const open = db.prepare('SELECT kind, entity_id, assignee_id, detail, from_name, since, due_at FROM tasks WHERE closed_at IS NULL ORDER BY entity_id, assignee_id').all();
    expect(open).toEqual([
      { kind: 'sign', entity_id: 'r1', assignee_id: 'gm', detail: 'approved', from_name: '李娜', since: '2026-03-02T00:00:00.000Z', due_at: '2026-03-07T00:00:00.000Z' },
      { kind: 'revise', entity_id: 'r2', assignee_id: 'au', detail: '请补充', from_name: null, since: '2026-03-01T00:00:00.000Z', due_at: '2026-03-11T00:00:00.000Z' },
      { kind: 'sign', entity_id: 'r3', assignee_id: 'qm', detail: 'approved', from_name: '李娜', since: '2026-03-01T00:00:00.000Z', due_at: '2026-03-06T00:00:00.000Z' },
    ]);
    expect(db.prepare("SELECT entity_id FROM migration_report WHERE entity = 'revision' ORDER BY entity_id").all()).toEqual([{ entity_id: 'r1' }, { entity_id: 'r3' }]);
    db.close();
  });
});
