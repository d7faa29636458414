import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api/contract';
import { registerAuditCloseCheck } from '../../electron/backend/services/audit-access';
import { numberProvisional } from '../../electron/backend/services/audit-numbering';
import { inTransaction } from '../../electron/backend/context';
import { openTestBackend, PASSWORD, snapshot, type TestBackend } from '../helpers/backend';
import { auditOrg, plannedAudit, type AuditOrg } from '../helpers/audits';

let t: TestBackend;
let o: AuditOrg;
beforeEach(async () => {
  t = openTestBackend();
  o = await auditOrg(t.backend);
});
afterEach(() => t.close());

type Plan = Input<'audits.savePlan'>;
const planOf = (a: Awaited<ReturnType<typeof plannedAudit>>): Plan => ({
  id: a.id,
  version: a.version,
  title: a.title,
  plannedMonth: a.plannedMonth,
  purpose: a.purpose,
  scope: a.scope,
  startDate: a.startDate,
  endDate: a.endDate,
  leadPersonId: a.lead?.personId ?? null,
  auditorIds: a.auditors.map((p) => p.personId),
  unitIds: a.units.map((u) => u.unitId),
  auditees: a.auditees.map(({ unitId, personId }) => ({ unitId, personId })),
  clauses: a.clauses,
  processIds: a.processes.map((p) => p.processId),
  revisionIds: a.revisions.map((r) => r.revisionId),
  timetable: a.timetable.map(({ id, date, from, to, unitId, auditorIds, clauses }) => ({ id, date, from, to, unitId, auditorIds, clauses })),
  meetings: a.meetings.map(({ kind, at, place, attendeeIds }) => ({ kind, at, place, attendeeIds })),
});

describe('audit plans', () => {
  it('numbers audits IA-{year}-{seq} per year, and a provisional (field kit) audit gets the next number when merged', async () => {
    const a = await o.qm.call('audits.create', { year: 2026, title: '一', plannedMonth: 1 });
    const b = await o.qm.call('audits.create', { year: 2026, title: '二', plannedMonth: 2 });
    const c = await o.qm.call('audits.create', { year: 2027, title: '三', plannedMonth: 2 });
    expect([a.code, b.code, c.code]).toEqual(['IA-2026-001', 'IA-2026-002', 'IA-2027-001']);
    expect(a.provisional).toBe(false);
    const { sqlite } = t.backend.store;
    sqlite
      .prepare(`INSERT INTO audits (id, year, provisional_code, title, planned_month, status, created_at, updated_at) VALUES ('0190a0c4-0000-7000-8000-000000000001', 2026, 'IA-2026-KAB12-001', '现场', 5, 'planned', '2026-01-05T00:00:00.000Z', '2026-01-05T00:00:00.000Z')`)
      .run();
    const kit = await o.qm.call('audits.get', { id: '0190a0c4-0000-7000-8000-000000000001' });
    expect(kit).toMatchObject({ code: 'IA-2026-KAB12-001', provisional: true });
    const code = await inTransaction({ backend: t.backend, caller: null, locale: 'zh-CN' }, (trx, audit) => numberProvisional(trx, audit, kit.id));
    expect(code).toBe('IA-2026-003');
    expect(sqlite.prepare("SELECT code, provisional_code FROM audits WHERE id = '0190a0c4-0000-7000-8000-000000000001'").get()).toEqual({ code: 'IA-2026-003', provisional_code: 'IA-2026-KAB12-001' });
  });

  it('saves the whole plan, keeps row ids, and tombstones rows taken out instead of deleting them', async () => {
    const a = await plannedAudit(o);
    expect(a.lead?.name).toBe('质量经理');
    expect(a.auditors.map((p) => p.name)).toEqual(['executive']);
    expect(a.timetable).toMatchObject([{ unitName: '客服部', auditorNames: ['质量经理'], clauses: ['8.5'], from: '09:00' }]);
    expect(a.meetings.map((m) => m.kind)).toEqual(['opening', 'closing']);
    const slotId = a.timetable[0]!.id;
    const next = await o.qm.call('audits.savePlan', { ...planOf(a), auditorIds: [], timetable: [{ ...planOf(a).timetable[0]!, to: '12:00' }] });
    expect(next.timetable[0]).toMatchObject({ id: slotId, to: '12:00' });
    expect(next.auditors).toEqual([]);
    const { sqlite } = t.backend.store;
    // The executive's team row is still there, with a tombstone.
    expect(sqlite.prepare('SELECT role, removed_at IS NOT NULL AS removed, version FROM audit_team WHERE audit_id = ? ORDER BY role').all(a.id)).toEqual([
      { role: 'auditor', removed: 1, version: 2 },
      { role: 'lead', removed: 0, version: 1 },
    ]);
    expect(sqlite.prepare('SELECT version FROM audit_slots WHERE id = ?').pluck().get(slotId)).toBe(2);
    // A stale version is refused.
    const r = await o.qm.raw('audits.savePlan', planOf(a));
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses an auditor scheduled on their own unit (or a unit below it) in both languages, changing nothing, until the lead records an exception', async () => {
    const a = await plannedAudit(o);
    const plan = { ...planOf(a), auditorIds: [o.people.auditor.id], unitIds: [o.units.cs.id, o.units.team.id] };
    const before = snapshot(t.backend);
    for (const unit of [o.units.cs, o.units.team]) {
      const bad = { ...plan, timetable: [{ date: '2026-03-10', from: '13:00', to: '15:00', unitId: unit.id, auditorIds: [o.people.auditor.id], clauses: ['8.5' as const] }] };
      const zh = await o.qm.raw('audits.savePlan', bad, 'zh-CN');
      expect(zh).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(!zh.ok && zh.error.message).toBe(`内审员“auditor”不能审核本人所在的单位“${unit.name}”（审核独立性）；如确有必要，由审核组长记录理由后再安排。`);
      const en = await o.qm.raw('audits.savePlan', bad, 'en');
      expect(!en.ok && en.error.message).toContain(`cannot audit their own unit "${unit.name}"`);
    }
    expect(snapshot(t.backend)).toBe(before);
    // Auditing another unit is fine.
    const qaPlan = { ...plan, unitIds: [...plan.unitIds, o.units.qa.id], timetable: [{ date: '2026-03-10', from: '13:00', to: '15:00', unitId: o.units.qa.id, auditorIds: [o.people.auditor.id], clauses: [] }] };
    const ok = await o.qm.call('audits.savePlan', qaPlan);
    // The lead records a justified exception; then the slot on the auditor's own team is accepted, and shown.
    const ex = await o.qm.call('audits.recordException', { auditId: a.id, personId: o.people.auditor.id, unitId: o.units.team.id, justification: '该组仅有一名合格内审员，且审核内容不涉及其本人工作' });
    expect(ex.independenceExceptions).toMatchObject([{ personName: 'auditor', unitName: '客服一组' }]);
    const withTeam = await o.qm.call('audits.savePlan', {
      ...qaPlan,
      version: ex.version,
      timetable: [...qaPlan.timetable, { date: '2026-03-11', from: '09:00', to: '10:00', unitId: o.units.team.id, auditorIds: [o.people.auditor.id], clauses: [] }],
    });
    expect(withTeam.timetable.map((s) => s.unitName)).toEqual(['质量管理部', '客服一组']);
    expect(ok.version).toBeLessThan(withTeam.version);
    // The exception cannot be removed while it is what allows that slot.
    const rm = await o.qm.raw('audits.removeException', { auditId: a.id, exceptionId: ex.independenceExceptions[0]!.id });
    expect(rm).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses bad plans with typed errors: not on the team, unit out of scope, slot outside the dates, lead also auditor', async () => {
    const a = await plannedAudit(o);
    const p = planOf(a);
    const slot = p.timetable[0]!;
    const cases: [Plan, string][] = [
      [{ ...p, timetable: [{ ...slot, auditorIds: [o.people.auditor.id] }] }, 'is not on this audit team'],
      [{ ...p, timetable: [{ ...slot, unitId: o.units.hr.id }] }, 'is not in the scope of this audit'],
      [{ ...p, timetable: [{ ...slot, date: '2026-04-01' }] }, 'outside the audit dates'],
      [{ ...p, auditorIds: [o.people.quality_manager.id] }, 'cannot also be listed'],
      [{ ...p, startDate: '2025-12-30' }, 'within 2026'],
    ];
    const before = snapshot(t.backend);
    for (const [plan, message] of cases) {
      const r = await o.qm.raw('audits.savePlan', plan);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.message).toContain(message);
    }
    expect(snapshot(t.backend)).toBe(before);
  });

  it('runs the lifecycle as data: issue, start, report, close; openSteps follow the caller; a closed audit refuses edits', async () => {
    let a = await plannedAudit(o);
    expect(a.openSteps).toEqual(['start', 'cancel']);
    // Starting needs the plan issued.
    expect(await o.qm.raw('audits.step', { id: a.id, version: a.version, step: 'start' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    a = await o.qm.call('audits.issuePlan', { id: a.id, version: a.version });
    // The auditee (the author) has the notice in the inbox.
    expect((await o.author.call('tasks.mine', {})).items).toMatchObject([{ kind: 'auditPlan', ref: a.code, link: `/audits/${a.id}` }]);
    // The executive is an auditor on the team: no step for them; the lead (the quality manager's person) may.
    expect((await o.executive.call('audits.get', { id: a.id })).openSteps).toEqual([]);
    expect(await o.executive.raw('audits.step', { id: a.id, version: a.version, step: 'start' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    a = await o.qm.call('audits.step', { id: a.id, version: a.version, step: 'start' });
    expect(a.status).toBe('in_progress');
    expect((await o.author.call('tasks.mine', {})).items).toEqual([]);
    a = await o.qm.call('audits.step', { id: a.id, version: a.version, step: 'report' });
    expect(a.openSteps).toEqual(['close']);
    a = await o.qm.call('audits.step', { id: a.id, version: a.version, step: 'close' });
    expect(a).toMatchObject({ status: 'closed', openSteps: [], canEdit: false });
    const before = snapshot(t.backend);
    const zh = await o.qm.raw('audits.savePlan', planOf(a), 'zh-CN');
    expect(!zh.ok && zh.error).toMatchObject({ code: 'CONFLICT', message: `审核 ${a.code} 已关闭，不能再修改。` });
    const en = await o.qm.raw('audits.recordException', { auditId: a.id, personId: o.people.auditor.id, unitId: o.units.cs.id, justification: 'x' }, 'en');
    expect(!en.ok && en.error.message).toBe(`The audit ${a.code} is closed and can no longer be changed.`);
    expect(snapshot(t.backend)).toBe(before);
  });

  it('cancelling needs a reason and leaves the audit as a tombstone', async () => {
    const a = await plannedAudit(o);
    expect(await o.qm.raw('audits.step', { id: a.id, version: a.version, step: 'cancel' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const c = await o.qm.call('audits.step', { id: a.id, version: a.version, step: 'cancel', comment: '部门合并，改至下半年' });
    expect(c).toMatchObject({ status: 'cancelled', cancelReason: '部门合并，改至下半年' });
    expect((await o.qm.call('audits.list', { year: 2026 })).map((x) => x.status)).toEqual(['cancelled']);
  });

  it('a registered close check blocks closing with its own message; unregistered, the audit closes', async () => {
    let a = await plannedAudit(o);
    a = await o.qm.call('audits.issuePlan', { id: a.id, version: a.version });
    a = await o.qm.call('audits.step', { id: a.id, version: a.version, step: 'start' });
    a = await o.qm.call('audits.step', { id: a.id, version: a.version, step: 'report' });
    const seen: string[] = [];
    const unregister = registerAuditCloseCheck(async (_db, id) => {
      seen.push(id);
      return { key: 'audits.planNotIssued' };
    });
    try {
      const r = await o.qm.raw('audits.step', { id: a.id, version: a.version, step: 'close' });
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('has not been issued') } });
      expect(seen).toEqual([a.id]);
      expect((await o.qm.call('audits.get', { id: a.id })).status).toBe('reporting');
    } finally {
      unregister();
    }
    expect((await o.qm.call('audits.step', { id: a.id, version: a.version, step: 'close' })).status).toBe('closed');
  });

  it('auditors edit only audits they lead; lists filter by mine, unit, status and text', async () => {
    const a = await plannedAudit(o);
    expect(await o.auditor.raw('audits.savePlan', planOf(a))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await o.auditor.call('audits.get', { id: a.id })).canEdit).toBe(false);
    const led = await o.qm.call('audits.create', { year: 2026, title: '质量管理部审核', plannedMonth: 6, unitIds: [o.units.qa.id] });
    const mine = await o.qm.call('audits.savePlan', { ...planOf({ ...led, ...{} } as never), leadPersonId: o.people.auditor.id });
    expect((await o.auditor.call('audits.get', { id: mine.id })).canEdit).toBe(true);
    expect((await o.auditor.call('audits.savePlan', { ...planOf(mine), purpose: '组长修改' })).purpose).toBe('组长修改');
    expect((await o.auditor.call('audits.list', { mine: true })).map((x) => x.title)).toEqual(['质量管理部审核']);
    expect((await o.qm.call('audits.list', { unitId: o.units.cs.id })).map((x) => x.title)).toEqual(['客服部内部审核']);
    expect((await o.qm.call('audits.list', { query: 'IA-2026-002' })).map((x) => x.title)).toEqual(['质量管理部审核']);
    expect((await o.executive.call('audits.list', { status: 'planned' })).length).toBe(2);
    void PASSWORD;
  });
});
