import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../helpers/backend';
import { auditOrg, plannedAudit, type AuditOrg } from '../helpers/audits';

let t: TestBackend;
let o: AuditOrg;
beforeEach(async () => {
  t = openTestBackend();
  o = await auditOrg(t.backend);
});
afterEach(() => t.close());

describe('closing an audit needs every finding acknowledged and every nonconformity a corrective action', () => {
  it('refuses to close while a finding awaits the auditee or its corrective action, then closes', async () => {
    const plan = await plannedAudit(o);
    const issued = await o.qm.call('audits.issuePlan', { id: plan.id, version: plan.version });
    const started = await o.qm.call('audits.step', { id: issued.id, version: issued.version, step: 'start' });
    // The plan names the author as auditee of 客服部 (and the author heads it): the finding goes to their inbox.
    const f = await o.qm.call('findings.create', { auditId: started.id, unitId: o.units.cs.id, grade: 'minor', facts: '投诉台账未记录处理结果', clauses: ['8.5'] });
    const reporting = await o.qm.call('audits.step', { id: started.id, version: started.version, step: 'report' });
    const refused = await o.qm.raw('audits.step', { id: reporting.id, version: reporting.version, step: 'close' }, 'zh-CN');
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(refused.ok ? '' : refused.error.message).toContain(f.number);
    expect((await o.author.call('tasks.mine', {})).items.map((x) => x.kind)).toContain('acknowledgeFinding');

    await o.author.call('findings.acknowledge', { id: f.id, version: f.version });
    const noAction = await o.qm.raw('audits.step', { id: reporting.id, version: reporting.version, step: 'close' }, 'zh-CN');
    expect(noAction.ok ? '' : noAction.error.message).toContain('尚未发起纠正措施');
    // The author heads the audited unit: they raise it from the finding, whatever their role.
    await o.author.call('capa.raiseFromSource', { sourceType: 'audit_finding', sourceId: f.id });
    const closed = await o.qm.call('audits.step', { id: reporting.id, version: reporting.version, step: 'close' });
    expect(closed.status).toBe('closed');
    expect(closed.findings.minor).toBe(1);
    // Nothing more on a closed audit.
    expect(await o.qm.raw('findings.create', { auditId: closed.id, unitId: o.units.cs.id, grade: 'observation', facts: 'x' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
