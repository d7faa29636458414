import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditPlanData } from '../../electron/backend/services/audit-plan-data';
import { programmeData } from '../../electron/backend/services/programme-data';
import { openTestBackend, PASSWORD, type TestBackend } from '../helpers/backend';
import { auditOrg, plannedAudit, type AuditOrg } from '../helpers/audits';

let t: TestBackend;
let o: AuditOrg;
beforeEach(async () => {
  t = openTestBackend();
  o = await auditOrg(t.backend);
});
afterEach(() => t.close());

describe('the data the audit Word exports are built from', () => {
  it('assembles the audit plan: names, timetable, meetings, auditees by unit, exceptions', async () => {
    const a = await plannedAudit(o);
    await o.qm.call('audits.recordException', { auditId: a.id, personId: o.people.auditor.id, unitId: o.units.cs.id, justification: '唯一熟悉该业务的内审员' });
    const d = await auditPlanData(t.backend.store.db, a.id);
    expect(d).toMatchObject({
      code: 'IA-2026-001',
      title: '客服部内部审核',
      purpose: '验证服务提供过程的符合性',
      criteriaClauses: ['8.5', '9.1'],
      startDate: '2026-03-10',
      endDate: '2026-03-11',
      lead: { name: '质量经理', unitName: '质量管理部' },
      auditors: [{ name: 'executive', unitName: '人力资源部' }],
      auditees: [{ unitName: '客服部', people: ['author'] }],
      meetings: [
        { kind: 'opening', at: '2026-03-10T08:30', place: '二楼会议室' },
        { kind: 'closing', at: '2026-03-11T16:00', place: '二楼会议室' },
      ],
      timetable: [{ date: '2026-03-10', from: '09:00', to: '11:00', unitName: '客服部', auditorNames: ['质量经理'], clauses: ['8.5'] }],
      independenceExceptions: [{ auditorName: 'auditor', unitName: '客服部', justification: '唯一熟悉该业务的内审员' }],
    });
  });

  it('assembles the programme: audits by month, coverage with justified gaps listed, signatures', async () => {
    const p = await o.qm.call('programmes.create', { year: 2026 });
    await o.qm.call('audits.create', { programmeId: p.id, year: 2026, title: '客服部审核', plannedMonth: 5, unitIds: [o.units.cs.id], clauses: ['8.5'] });
    await o.qm.call('audits.create', { programmeId: p.id, year: 2026, title: '质量管理部审核', plannedMonth: 2, unitIds: [o.units.qa.id], clauses: ['9.1'] });
    await o.qm.call('programmes.justifyGap', { programmeId: p.id, clause: '7.1', unitId: o.units.hr.id, justification: '资源无变化' });
    const d = await programmeData(t.backend.store.db, 2026);
    expect(d.audits.map((a) => [a.month, a.code, a.title, a.unitNames, a.clauses, a.status])).toEqual([
      [2, 'IA-2026-002', '质量管理部审核', ['质量管理部'], ['9.1'], '计划'],
      [5, 'IA-2026-001', '客服部审核', ['客服部'], ['8.5'], '计划'],
    ]);
    expect(d.status).toBe('草稿');
    expect(d.coverage.find((r) => r.unitName === '客服一组')!.clauses['8.5']).toBe('planned');
    expect(d.coverage.find((r) => r.unitName === '人力资源部')!.clauses['7.1']).toBe('gap');
    expect(d.justifiedGaps).toEqual([{ clause: '7.1（人力资源部）', justification: '资源无变化' }]);
    expect(d.signatures).toEqual([
      { meaning: 'prepared', name: null, signedAt: null },
      { meaning: 'approved', name: null, signedAt: null },
    ]);
    void PASSWORD;
  });
});
