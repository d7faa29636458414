import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
const target = migrationVersion(migrations, 'audit_core');
let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

const ROOT = '00000000-0000-4000-8000-000000000001';
const T = '2026-03-01T00:00:00.000Z';

describe('migration audit_core', () => {
  it('adds the audit tables over a seeded database, keeping what was there, with the constraints the kit merge relies on', () => {
    tmp = tempDir();
    const db = new BetterSqlite3(join(tmp.dir, 'qms.sqlite'));
    applyMigrations(db, migrations, target - 1);
    db.prepare(`INSERT INTO departments (id, parent_id, kind, name, sort_order, version, created_at, updated_at) VALUES ('d1', ?, 'department', '客服部', 1, 1, ?, ?)`).run(ROOT, T, T);
    db.prepare(`INSERT INTO people (id, name, version, created_at, updated_at) VALUES ('p1', '王芳', 1, ?, ?)`).run(T, T);
    applyMigrations(db, migrations, target);

    expect(db.prepare("SELECT name FROM departments WHERE id = 'd1'").pluck().get()).toBe('客服部');
    const prog = db.prepare(`INSERT INTO audit_programmes (id, year, title, status, created_at, updated_at) VALUES (?, 2026, '2026年度内审计划', ?, ?, ?)`);
    prog.run('g1', 'withdrawn', T, T);
    prog.run('g2', 'draft', T, T); // a withdrawn programme is a tombstone: a new one for the year may follow
    expect(() => prog.run('g3', 'draft', T, T)).toThrow(/UNIQUE/);

    const audit = db.prepare(
      `INSERT INTO audits (id, programme_id, year, seq, code, provisional_code, title, planned_month, status, cancel_reason, created_at, updated_at)
       VALUES (?, 'g2', 2026, ?, ?, ?, '客服部审核', 3, ?, ?, ?, ?)`,
    );
    audit.run('a1', 1, 'IA-2026-001', null, 'planned', null, T, T);
    audit.run('a2', null, null, 'IA-2026-KAB12-001', 'planned', null, T, T); // provisional: made in a field kit
    expect(() => audit.run('a3', 1, 'IA-2026-009', null, 'planned', null, T, T)).toThrow(/UNIQUE/); // seq taken
    expect(() => audit.run('a4', null, null, null, 'planned', null, T, T)).toThrow(/CHECK/); // no number at all
    expect(() => audit.run('a5', 2, 'IA-2026-002', null, 'cancelled', null, T, T)).toThrow(/CHECK/); // cancelled needs a reason
    expect(() => audit.run('a6', 3, 'IA-2026-003', null, 'archived', null, T, T)).toThrow(/CHECK/);

    const team = db.prepare(`INSERT INTO audit_team (id, audit_id, person_id, role, removed_at, created_at, updated_at) VALUES (?, 'a1', 'p1', ?, ?, ?, ?)`);
    team.run('t1', 'lead', T, T, T); // removed (tombstone)
    team.run('t2', 'lead', null, T, T);
    expect(() => team.run('t3', 'auditor', null, T, T)).toThrow(/UNIQUE/); // the same person twice on a live team

    const crit = db.prepare(`INSERT INTO audit_criteria (id, audit_id, kind, clause, created_at, updated_at) VALUES (?, 'a1', ?, ?, ?, ?)`);
    crit.run('c1', 'clause', '8.5', T, T);
    expect(() => crit.run('c2', 'revision', '8.5', T, T)).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO audit_slots (id, audit_id, date, time_from, time_to, unit_id, created_at, updated_at) VALUES ('s1', 'a1', '2026-03-02', '10:00', '09:00', 'd1', ?, ?)`).run(T, T),
    ).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO audit_independence_exceptions (id, audit_id, person_id, unit_id, justification, created_at, updated_at) VALUES ('x1', 'a1', 'p1', 'd1', '  ', ?, ?)`).run(T, T),
    ).toThrow(/CHECK/);
    // Every table carries the columns a field kit merges by.
    for (const table of ['audit_programmes', 'audit_programme_gaps', 'audits', 'audit_team', 'audit_units', 'audit_auditees', 'audit_criteria', 'audit_slots', 'audit_meetings', 'audit_independence_exceptions']) {
      const cols = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      expect(cols, table).toEqual(expect.arrayContaining(['id', 'version', 'created_at', 'updated_at']));
    }
    db.close();
  });
});
