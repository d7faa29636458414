import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditGuards } from '../../electron/backend/services/audit-access';
import { openTestBackend, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { personOfUser, seedAudit } from '../helpers/audit-seed';

let t: TestBackend;
let roles: Awaited<ReturnType<typeof withAllRoles>>;
let qm: Client;
let auditId: string;
let unitId: string;

beforeAll(async () => {
  t = openTestBackend();
  roles = await withAllRoles(t.backend);
  qm = roles.quality_manager;
  const head = await personOfUser(t.backend.store.db, roles.ids.author);
  const lead = await personOfUser(t.backend.store.db, roles.ids.auditor);
  unitId = (await qm.call('departments.create', { name: '客服中心', code: 'KF', headPersonId: head })).id;
  auditId = await seedAudit(t.backend.store.db, { lead, units: [unitId] });
});
afterAll(async () => t?.close());

const guard = () => auditGuards.findingsResolved!(t.backend.store.db, auditId);

describe('a finding raises a corrective action', () => {
  it('keeps the audit open until its nonconformity has a corrective action, raised by the unit head', async () => {
    const f = await roles.auditor.call('findings.create', { auditId, unitId, grade: 'minor', facts: '3 月投诉回访记录缺失 2 份', clauses: ['8.5'] });
    const obs = await roles.auditor.call('findings.create', { auditId, unitId, grade: 'observation', facts: '服务规范张贴位置不醒目' });
    await roles.author.call('findings.acknowledge', { id: f.id, version: f.version });
    await roles.author.call('findings.acknowledge', { id: obs.id, version: obs.version });
    expect(await guard()).toMatchObject({ key: 'capa.findingsNeedAction', params: { count: 1 } });

    const before = snapshot(t.backend);
    expect(await roles.executive.raw('capa.raiseFromSource', { sourceType: 'audit_finding', sourceId: f.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await roles.author.raw('capa.raiseFromSource', { sourceType: 'audit_finding', sourceId: obs.id.replace(/.$/, '0') })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(snapshot(t.backend)).toBe(before);

    const capa = await roles.author.call('capa.raiseFromSource', { sourceType: 'audit_finding', sourceId: f.id });
    expect(capa).toMatchObject({ sourceType: 'audit_finding', sourceId: f.id, severity: 'minor', unitId });
    expect(capa.problem.what).toContain('3 月投诉回访记录缺失 2 份');
    expect((await qm.call('findings.get', { id: f.id })).capaId).toBe(capa.id);
    expect(await qm.call('capa.forSource', { sourceType: 'audit_finding', sourceId: f.id })).toEqual([{ id: capa.id, number: capa.number, status: capa.status }]);
    expect(await roles.auditor.raw('capa.raiseFromSource', { sourceType: 'audit_finding', sourceId: f.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await guard()).toBeNull();
  });

  it('turns a training follow-up into training required of everyone holding a position of the unit', async () => {
    const position = await qm.call('positions.create', { departmentId: unitId, title: '客服专员' });
    const staff = await qm.call('people.create', { name: '周敏' });
    await qm.call('people.assign', { id: staff.id, version: staff.version, positionId: position.id, primary: true });
    const topic = await qm.call('training.topicCreate', { title: '投诉回访规范' });
    const [listed] = (await qm.call('capa.list', { sourceType: 'audit_finding' })).items;
    const capa = await qm.call('capa.get', { id: listed!.id });
    const before = snapshot(t.backend);
    expect(await qm.raw('capa.addFollowUp', { id: capa.id, version: capa.version, kind: 'training', targetId: position.id, note: '回访规范培训' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(snapshot(t.backend)).toBe(before);
    await qm.call('capa.addFollowUp', { id: capa.id, version: capa.version, kind: 'training', targetId: topic.id, note: '回访规范培训' });
    const required = await t.backend.store.db.selectFrom('training_requirements').selectAll().where('topic_id', '=', topic.id).execute();
    expect(required.map((r) => [r.person_id, r.reason, r.source])).toEqual([[staff.id, 'corrective_action', capa.number]]);
  });
});
