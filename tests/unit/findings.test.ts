import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { imageOf } from '../helpers/files';
import { client, openTestBackend, PASSWORD, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { personOfUser, seedAudit, setAuditStatus } from '../helpers/audit-seed';
import type { Role } from '../../shared/auth/roles';

let t: TestBackend;
let qm: Client;
let author: Client;
let auditor: Client;
let executive: Client;
let ids: Record<Role, string>;
let unit: string;
let auditId: string;

beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, author, auditor, executive, ids } = await withAllRoles(t.backend));
  const db = t.backend.store.db;
  // The executive heads the unit; the author is named as its auditee: both may acknowledge, whatever their role.
  unit = (await qm.call('departments.create', { name: '客户服务部', headPersonId: await personOfUser(db, ids.executive) })).id;
  auditId = await seedAudit(db, { lead: await personOfUser(db, ids.auditor), units: [unit], auditees: [{ unit, person: await personOfUser(db, ids.author) }] });
});
afterEach(() => t.close());

const minor = (extra: Record<string, unknown> = {}) => ({ auditId, unitId: unit, grade: 'minor' as const, facts: '抽查 10 份投诉记录，其中 2 份未在 24 小时内回复。', clauses: ['8.2' as const], ...extra });

describe('raising findings', () => {
  it('numbers findings NC-{year}-{seq}, marks nonconformities "action needed" and writes the trail', async () => {
    const a = await auditor.call('findings.create', minor());
    const b = await auditor.call('findings.create', minor({ grade: 'observation', clauses: [] }));
    expect(a).toMatchObject({ number: 'NC-2026-001', provisional: false, grade: 'minor', actionNeeded: true, status: 'open', clauses: ['8.2'], auditorName: 'auditor', unitName: '客户服务部', capaId: null });
    expect(b).toMatchObject({ number: 'NC-2026-002', actionNeeded: false });
    const trail = await t.backend.store.db.selectFrom('audit_log').select('action').where('entity', '=', 'finding').where('entity_id', '=', a.id).execute();
    expect(trail.map((x) => x.action)).toEqual(['create']);
  });

  it('refuses a finding without evidence text, and a nonconformity without a requirement, changing nothing', async () => {
    const before = snapshot(t.backend);
    const r = await auditor.raw('findings.create', minor({ facts: '   ' }), 'zh-CN');
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: ['facts'] }] } });
    expect(r.ok ? '' : r.error.message).toContain('客观证据');
    expect(await auditor.raw('findings.create', minor({ clauses: [] }))).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: ['clauses'] }] } });
    expect(await auditor.raw('findings.create', minor({ clauses: ['11.9'] }))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(snapshot(t.backend)).toBe(before);
  });

  it('prefills the requirement from the checklist line it comes from, with evidence photos', async () => {
    const [line] = await auditor.call('checklists.addLines', { auditId, unitId: unit, source: { kind: 'blank', clause: '7.5' } });
    const photo = await auditor.call('attachments.upload', { name: '台账.png', dataBase64: (await imageOf(90, 60)).toString('base64') });
    const f = await auditor.call('findings.create', { ...minor({ clauses: [] }), lineId: line!.id, attachmentIds: [photo.id] });
    expect(f).toMatchObject({ lineId: line!.id, clauses: ['7.5'], attachments: [{ id: photo.id, hasThumbnail: true }] });
    expect((await auditor.call('checklists.get', { auditId })).lines[0]!.findings).toEqual([{ id: f.id, number: f.number }]);
    const other = await seedAudit(t.backend.store.db, { lead: await personOfUser(t.backend.store.db, ids.auditor), units: [unit] });
    expect(await auditor.raw('findings.create', { ...minor({ auditId: other }), lineId: line!.id })).toMatchObject({ ok: false, error: { details: { reason: 'findings.lineOfOtherAudit' } } });
  });

  it('refuses findings from outside the audit team and on a closed audit', async () => {
    expect(await qm.raw('findings.create', minor())).toMatchObject({ ok: true });
    await qm.call('users.create', { username: 'auditor2', displayName: '王敏', role: 'auditor', password: PASSWORD });
    const other = client(t.backend, (await client(t.backend).call('auth.signIn', { username: 'auditor2', password: PASSWORD })).token);
    expect(await other.raw('findings.create', minor())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await setAuditStatus(t.backend.store.db, auditId, 'closed');
    expect(await auditor.raw('findings.create', minor())).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'checklists.auditClosed' } } });
  });
});

describe('acknowledgment by the audited unit', () => {
  it('puts a task in the inbox of the unit head and the named auditee; either acknowledges with a comment, closing both', async () => {
    const f = await auditor.call('findings.create', minor());
    const inbox = async (c: Client) => (await c.call('tasks.mine', {})).items.filter((x) => x.kind === 'acknowledgeFinding');
    expect(await inbox(executive)).toMatchObject([{ ref: f.number, entityId: f.id, link: `/findings/${f.id}`, from: 'auditor' }]);
    expect(await inbox(author)).toHaveLength(1);
    expect(await inbox(auditor)).toHaveLength(0);
    expect(await auditor.raw('findings.acknowledge', { id: f.id, version: f.version })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { reason: 'findings.notAcknowledger' } } });

    expect((await author.call('findings.get', { id: f.id })).may.acknowledge).toBe(true);
    const acked = await author.call('findings.acknowledge', { id: f.id, version: f.version, comment: '属实，已安排整改' });
    expect(acked).toMatchObject({ status: 'acknowledged', acknowledgment: { name: 'author', capacity: 'auditee', comment: '属实，已安排整改' }, may: { acknowledge: false, edit: false } });
    expect(await inbox(executive)).toHaveLength(0);
    expect(await inbox(author)).toHaveLength(0);
    const again = await executive.raw('findings.acknowledge', { id: f.id, version: acked.version }, 'zh-CN');
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'findings.alreadyAcknowledged' } } });
    expect(await auditor.raw('findings.update', { id: f.id, version: acked.version, ...minor() })).toMatchObject({ ok: false, error: { details: { reason: 'findings.notEditable' } } });
  });

  it('shows each person the findings they may see, with filters by unit, grade and status', async () => {
    await auditor.call('findings.create', minor());
    await auditor.call('findings.create', minor({ grade: 'major' }));
    const otherUnit = (await qm.call('departments.create', { name: '财务部' })).id;
    const otherAudit = await seedAudit(t.backend.store.db, { lead: await personOfUser(t.backend.store.db, ids.quality_manager), units: [otherUnit] });
    await qm.call('findings.create', { ...minor(), auditId: otherAudit, unitId: otherUnit });
    expect((await qm.call('findings.list', {})).total).toBe(3);
    expect((await executive.call('findings.list', {})).total).toBe(3);
    expect((await auditor.call('findings.list', {})).total).toBe(2);
    expect((await author.call('findings.list', {})).total).toBe(2);
    expect((await qm.call('findings.list', { unitId: otherUnit })).total).toBe(1);
    expect((await qm.call('findings.list', { grade: 'major' })).items.map((f) => f.grade)).toEqual(['major']);
    expect((await qm.call('findings.list', { status: 'acknowledged' })).total).toBe(0);
    const foreign = (await qm.call('findings.list', { unitId: otherUnit })).items[0]!;
    expect(await author.raw('findings.get', { id: foreign.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('withdraws a finding with a reason (a tombstone), which closes its task', async () => {
    const f = await auditor.call('findings.create', minor());
    const w = await auditor.call('findings.withdraw', { id: f.id, version: f.version, reason: '证据不足' });
    expect(w).toMatchObject({ status: 'withdrawn', withdrawReason: '证据不足' });
    expect((await executive.call('tasks.mine', {})).items.filter((x) => x.kind === 'acknowledgeFinding')).toHaveLength(0);
  });
});
