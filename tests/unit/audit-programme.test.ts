import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLAUSE_NUMBERS } from '../../shared/clauses/iso9001';
import { openTestBackend, PASSWORD, snapshotBesidesPasswordChecks, type TestBackend } from '../helpers/backend';
import { auditOrg, type AuditOrg } from '../helpers/audits';

let t: TestBackend;
let o: AuditOrg;
beforeEach(async () => {
  t = openTestBackend();
  o = await auditOrg(t.backend);
});
afterEach(() => t.close());

const rest = CLAUSE_NUMBERS.filter((c) => !['8.3', '8.5', '9.1'].includes(c));

describe('audit programme', () => {
  it('shows coverage units × clauses: done, planned, gap, justified, excluded; units below an audited unit are covered too', async () => {
    t.backend.store.sqlite.prepare("INSERT INTO clause_scope (clause, applicable, justification, version, created_at, updated_at) VALUES ('8.3', 0, '不从事设计开发', 1, 'x', 'x')").run();
    const p = await o.qm.call('programmes.create', { year: 2026 });
    expect(p).toMatchObject({ title: 'Internal audit programme 2026', status: 'draft', canEdit: true });
    expect((await o.qm.raw('programmes.create', { year: 2031 }, 'zh-CN'))).toMatchObject({ ok: true, data: { title: '2031年度内部审核计划' } });
    const done = await o.qm.call('audits.create', { programmeId: p.id, year: 2026, title: '客服部审核', plannedMonth: 3, unitIds: [o.units.cs.id], clauses: ['8.5'] });
    await o.qm.call('audits.create', { programmeId: p.id, year: 2026, title: '质量管理部审核', plannedMonth: 6, unitIds: [o.units.qa.id], clauses: ['9.1'] });
    t.backend.store.sqlite.prepare("UPDATE audits SET status = 'closed' WHERE id = ?").run(done.id);
    await o.qm.call('programmes.justifyGap', { programmeId: p.id, clause: '7.1', unitId: o.units.hr.id, justification: '人力资源部本年度资源无变化' });
    const cov = await o.qm.call('programmes.coverage', { year: 2026 });
    const row = (name: string) => cov.cells[cov.units.findIndex((u) => u.name === name)]!;
    const col = (c: string) => cov.clauses.findIndex((x) => x.clause === c);
    expect(row('客服部')[col('8.5')]).toBe('done');
    expect(row('客服一组')[col('8.5')]).toBe('done'); // below the audited unit
    expect(row('质量管理部')[col('9.1')]).toBe('planned');
    expect(row('质量管理部')[col('8.5')]).toBe('gap');
    expect(row('人力资源部')[col('7.1')]).toBe('justified');
    expect(row('客服部')[col('8.3')]).toBe('excluded');
    expect(cov.uncoveredClauses).toEqual(rest.filter((c) => c !== '8.3' || false));
    expect(cov.uncoveredUnits.map((u) => u.name)).toEqual(['人力资源部']);
    expect(cov.units[0]).toMatchObject({ depth: 0 });
  });

  it('cannot be submitted with an applicable clause uncovered unless justified; then it is approved on the route with signatures and inbox tasks', async () => {
    const p = await o.qm.call('programmes.create', { year: 2026 });
    await o.qm.call('audits.create', { programmeId: p.id, year: 2026, title: '客服部审核', plannedMonth: 3, unitIds: [o.units.cs.id], clauses: ['8.5', '9.1'] });
    const fresh = (await o.qm.call('programmes.get', { year: 2026 }))!;
    const before = snapshotBesidesPasswordChecks(t.backend);
    const r = await o.qm.raw('programmes.submit', { id: fresh.id, version: fresh.version, password: PASSWORD }, 'zh-CN');
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!r.ok && r.error.message).toContain('以下适用条款本年度尚无审核覆盖，也未说明理由，不能提交审批：4.1、4.2');
    expect(snapshotBesidesPasswordChecks(t.backend)).toBe(before);
    let cur = fresh;
    for (const clause of rest.filter((c) => c !== '8.3')) cur = await o.qm.call('programmes.justifyGap', { programmeId: p.id, clause, justification: '上年度已审核且无不符合项' });
    // 8.3 applies here (no exclusion): an org-wide justification covers it too.
    cur = await o.qm.call('programmes.justifyGap', { programmeId: p.id, clause: '8.3', justification: '不从事设计开发' });
    expect((await o.qm.call('programmes.coverage', { year: 2026 })).uncoveredClauses).toEqual([]);
    // Approval by the general manager (the executive) named on the route.
    const route = [{ meaning: 'approved' as const, mode: 'any' as const, assignees: [{ kind: 'user' as const, userId: o.ids.executive }] }];
    cur = await o.qm.call('programmes.submit', { id: cur.id, version: cur.version, password: PASSWORD, route });
    expect(cur).toMatchObject({ status: 'in_approval', round: 1, canSign: false });
    expect(cur.signatures).toMatchObject([{ meaning: 'authored', step: 0 }]);
    // Locked while in approval: no new audits.
    const locked = await o.qm.raw('audits.create', { programmeId: p.id, year: 2026, title: 'x', plannedMonth: 1 }, 'zh-CN');
    expect(!locked.ok && locked.error.message).toContain('2026 年度内审计划已提交审批');
    expect((await o.executive.call('tasks.mine', {})).items).toMatchObject([{ kind: 'programmeSign', title: 'Internal audit programme 2026', link: '/audits/programme/2026' }]);
    expect(await o.auditor.raw('programmes.sign', { id: cur.id, version: cur.version, password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Returned, then resubmitted and approved.
    cur = await o.executive.call('programmes.return', { id: cur.id, version: cur.version, comment: '请补充人力资源部的审核' });
    expect(cur).toMatchObject({ status: 'draft', signatures: [] });
    cur = await o.qm.call('programmes.submit', { id: cur.id, version: cur.version, password: PASSWORD, route });
    expect(await o.executive.raw('programmes.sign', { id: cur.id, version: cur.version, password: 'wrong password' })).toMatchObject({ ok: false });
    cur = await o.executive.call('programmes.sign', { id: cur.id, version: cur.version, password: PASSWORD });
    expect(cur).toMatchObject({ status: 'approved', round: 2 });
    expect(cur.approvedAt).not.toBeNull();
    expect(cur.signatures.map((s) => s.meaning)).toEqual(['authored', 'approved']);
    expect((await o.executive.call('tasks.mine', {})).items).toEqual([]);
    // Reopened to change it: the signatures are voided, nothing deleted.
    cur = await o.qm.call('programmes.reopen', { id: cur.id, version: cur.version, reason: '增加一次审核' });
    expect(cur).toMatchObject({ status: 'draft', approvedAt: null, signatures: [] });
    expect(t.backend.store.sqlite.prepare("SELECT count(*) AS n, sum(voided_at IS NOT NULL) AS voided FROM signatures WHERE entity_type = 'audit_programme'").get()).toEqual({ n: 3, voided: 3 });
  });

  it('one programme a year; gap justification refuses an excluded clause', async () => {
    t.backend.store.sqlite.prepare("INSERT INTO clause_scope (clause, applicable, justification, version, created_at, updated_at) VALUES ('8.3', 0, '不从事设计开发', 1, 'x', 'x')").run();
    const p = await o.qm.call('programmes.create', { year: 2026 });
    expect(await o.qm.raw('programmes.create', { year: 2026 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const r = await o.qm.raw('programmes.justifyGap', { programmeId: p.id, clause: '8.3', justification: 'x' }, 'zh-CN');
    expect(!r.ok && r.error.message).toBe('条款 8.3 已在适用范围中删减，无需说明缺口理由。');
    expect(await o.qm.raw('audits.create', { programmeId: p.id, year: 2027, title: 'x', plannedMonth: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('suggests units and clauses with findings last year, most first (from the findings tables)', async () => {
    const { sqlite } = t.backend.store;
    // The findings tables come with the checklists and findings migration; where this branch runs without it, the
    // columns the suggestion reads are created here (IF NOT EXISTS: the real tables win when present).
    sqlite.exec(`CREATE TABLE IF NOT EXISTS audit_findings (id TEXT PRIMARY KEY, audit_id TEXT, unit_id TEXT, year INTEGER, provisional_number TEXT, grade TEXT, facts TEXT,
                   auditor_name TEXT, status TEXT NOT NULL DEFAULT 'open', withdraw_reason TEXT, version INTEGER, created_at TEXT, updated_at TEXT);
                 CREATE TABLE IF NOT EXISTS audit_finding_clauses (id TEXT PRIMARY KEY, finding_id TEXT, clause TEXT, removed_at TEXT, version INTEGER, created_at TEXT, updated_at TEXT)`);
    const a = await o.qm.call('audits.create', { year: 2025, title: '上年审核', plannedMonth: 3, unitIds: [o.units.cs.id] });
    const add = (id: string, unit: string, clauses: string[], status = 'open') => {
      sqlite
        .prepare(
          `INSERT INTO audit_findings (id, audit_id, unit_id, year, provisional_number, grade, facts, auditor_name, status, withdraw_reason, version, created_at, updated_at)
           VALUES (?, ?, ?, 2025, ?, 'minor', '未按规定记录', '张华', ?, ?, 1, 'x', 'x')`,
        )
        .run(id, a.id, unit, `P-${id}`, status, status === 'withdrawn' ? '误判' : null);
      clauses.forEach((c, i) =>
        sqlite.prepare("INSERT INTO audit_finding_clauses (id, finding_id, clause, removed_at, version, created_at, updated_at) VALUES (?, ?, ?, NULL, 1, 'x', 'x')").run(`${id}-${i}`, id, c),
      );
    };
    add('f1', o.units.cs.id, ['8.5']);
    add('f2', o.units.cs.id, ['8.5', '7.5']);
    add('f3', o.units.qa.id, ['9.1']);
    add('f4', o.units.qa.id, ['9.1'], 'withdrawn');
    const s = (await o.qm.call('programmes.coverage', { year: 2026 })).suggestions;
    expect(s).toEqual([
      { kind: 'unit', unitId: o.units.cs.id, clause: null, label: '客服部', findings: 2 },
      { kind: 'unit', unitId: o.units.qa.id, clause: null, label: '质量管理部', findings: 1 },
      { kind: 'clause', unitId: null, clause: '8.5', label: '8.5 Production and service provision', findings: 2 },
      { kind: 'clause', unitId: null, clause: '7.5', label: '7.5 Documented information', findings: 1 },
      { kind: 'clause', unitId: null, clause: '9.1', label: '9.1 Monitoring, measurement, analysis and evaluation', findings: 1 },
    ]);
    expect((await o.qm.call('programmes.coverage', { year: 2027 })).suggestions).toEqual([]);
  });
});
