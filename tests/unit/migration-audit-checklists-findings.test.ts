import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
const version = migrationVersion(migrations, 'audit_checklists_findings');

describe('migration audit_checklists_findings', () => {
  let tmp: ReturnType<typeof tempDir>;
  afterEach(() => tmp.cleanup());

  it('adds checklist and finding tables beside existing audits, and refuses rows the kit could not merge', () => {
    tmp = tempDir();
    const db = new BetterSqlite3(join(tmp.dir, 'qms.sqlite'));
    applyMigrations(db, migrations, version - 1);
    db.prepare("INSERT INTO audits (id, year, seq, code, title, planned_month, version, created_at, updated_at) VALUES ('a1', 2026, 1, 'IA-2026-001', '内审', 3, 1, 'x', 'x')").run();
    applyMigrations(db, migrations, version);
    expect(db.prepare('SELECT code, status FROM audits').get()).toEqual({ code: 'IA-2026-001', status: 'planned' });

    const line = db.prepare("INSERT INTO checklist_lines (id, audit_id, unit_id, position, clause, version, created_at, updated_at) VALUES (?, 'a1', '00000000-0000-4000-8000-000000000001', 1, '8.5', 1, 'x', 'x')");
    line.run('l1');
    expect(db.prepare('SELECT question, record, result, removed_at FROM checklist_lines').get()).toEqual({ question: '', record: '', result: null, removed_at: null });
    // A citation names both the revision and the article's node id, or neither.
    expect(() => db.prepare("INSERT INTO checklist_lines (id, audit_id, position, node_id, version, created_at, updated_at) VALUES ('l2', 'a1', 2, 'n1', 1, 'x', 'x')").run()).toThrow(/CHECK/);

    const finding = db.prepare(
      "INSERT INTO audit_findings (id, audit_id, unit_id, year, seq, number, provisional_number, grade, facts, auditor_name, version, created_at, updated_at) VALUES (?, 'a1', '00000000-0000-4000-8000-000000000001', 2026, ?, ?, ?, 'minor', ?, '王强', 1, 'x', 'x')",
    );
    finding.run('f1', 1, 'NC-2026-001', null, '两份工单未回访');
    // A field kit's finding: provisional number, no sequence until merged.
    finding.run('f2', null, null, 'NC-2026-K1-001', '台账缺页');
    expect(() => finding.run('f3', 2, 'NC-2026-002', null, '   ')).toThrow(/CHECK/); // no evidence text
    expect(() => finding.run('f4', null, null, null, '无编号')).toThrow(/CHECK/);
    expect(() => finding.run('f5', 1, 'NC-2026-009', null, '重复序号')).toThrow(/UNIQUE/);
    expect(db.prepare("SELECT status, capa_id, no_capa_reason FROM audit_findings WHERE id = 'f1'").get()).toEqual({ status: 'open', capa_id: null, no_capa_reason: null });

    const ack = db.prepare("INSERT INTO audit_finding_acknowledgments (id, finding_id, user_id, name, capacity, acknowledged_at, version, created_at, updated_at) VALUES (?, 'f1', NULL, '周敏', 'head', 'x', 1, 'x', 'x')");
    ack.run('k1');
    expect(() => ack.run('k2')).toThrow(/UNIQUE/); // one live acknowledgment a finding
    db.close();
  });
});
