import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditReportData, findingFormData } from '../../electron/backend/services/audit-report-data';
import { imageOf } from '../helpers/files';
import { openTestBackend, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { personOfUser, seedAudit } from '../helpers/audit-seed';

let t: TestBackend;
let qm: Client;
let auditor: Client;
let executive: Client;

beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, auditor, executive } = await withAllRoles(t.backend));
});
afterEach(() => t.close());

describe('the data of the audit Word exports', () => {
  it('assembles counts by unit and clause, findings with photos, the acknowledgment and action needed', async () => {
    const db = t.backend.store.db;
    const userId = async (username: string) => (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
    const ids = { auditor: await userId('auditor'), executive: await userId('executive') };
    const unit = (await qm.call('departments.create', { name: '客户服务部', headPersonId: await personOfUser(db, ids.executive) })).id;
    const auditId = await seedAudit(db, { lead: await personOfUser(db, ids.auditor), units: [unit], clauses: ['8.5', '7.5'] });
    const lines = await auditor.call('checklists.addLines', { auditId, unitId: unit, source: { kind: 'clauses' } });
    await auditor.call('checklists.updateLine', { id: lines[0]!.id, version: 1, patch: { result: 'conform' } });
    await auditor.call('checklists.updateLine', { id: lines[1]!.id, version: 1, patch: { result: 'nonconform' } });
    const photo = await auditor.call('attachments.upload', { name: '现场.jpg', dataBase64: (await imageOf(80, 60, 'jpeg')).toString('base64') });
    const f = await auditor.call('findings.create', { auditId, unitId: unit, lineId: lines[1]!.id, grade: 'major', facts: '服务记录缺失', attachmentIds: [photo.id] });
    await executive.call('findings.acknowledge', { id: f.id, version: f.version, comment: '同意' });

    const form = await findingFormData(db, f.id);
    expect(form).toMatchObject({ number: f.number, grade: 'major', unitName: '客户服务部', clauses: ['8.5'], facts: '服务记录缺失', auditorName: 'auditor', actionNeeded: true, correctiveAction: null, auditee: { name: 'executive', comment: '同意' } });
    expect(form.photos).toHaveLength(1);
    expect(form.photos[0]).toMatchObject({ name: '现场.jpg', mediaType: 'image/jpeg', width: 80, height: 60 });
    expect(Buffer.from(form.photos[0]!.data).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    const report = await auditReportData(db, auditId);
    expect(report.criteriaClauses).toEqual(['7.5', '8.5']);
    expect(report.lead.name).toBe('auditor');
    expect(report.byUnit).toEqual([{ unitName: '客户服务部', counts: { conform: 1, nonconform: 1, observation: 0, improvement: 0, na: 0 } }]);
    expect(report.byClause.map((c) => [c.clause, c.counts.conform, c.counts.nonconform, c.findings.major])).toEqual([['7.5', 1, 0, 0], ['8.5', 0, 1, 1]]);
    expect(report.findings.map((x) => x.number)).toEqual([f.number]);
  });
});
