import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeExe, fakeHeic, imageOf } from '../helpers/files';
import { client, openTestBackend, PASSWORD, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { effectiveRegulation } from '../helpers/regulations';
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
  unit = (await qm.call('departments.create', { name: '客户服务部' })).id;
  auditId = await seedAudit(t.backend.store.db, { lead: await personOfUser(t.backend.store.db, ids.auditor), units: [unit], clauses: ['8.5', '7.5', '9.1'] });
});
afterEach(() => t.close());

const b64 = (b: Buffer) => b.toString('base64');

describe('building a checklist', () => {
  it('makes one line per clause of the plan, in clause order, with the clause name, in the auditor language, as what to check', async () => {
    const r = await auditor.raw('checklists.addLines', { auditId, unitId: unit, source: { kind: 'clauses' } }, 'zh-CN');
    const lines = (r.ok ? r.data : []) as { clause: string; question: string; method: string; unitName: string; position: number }[];
    expect(lines.map((l) => [l.clause, l.question, l.method, l.unitName])).toEqual([
      ['7.5', '成文信息', 'review', '客户服务部'],
      ['8.5', '生产和服务提供', 'review', '客户服务部'],
      ['9.1', '监视、测量、分析和评价', 'review', '客户服务部'],
    ]);
    expect(lines.map((l) => l.position)).toEqual([1, 2, 3]);
  });

  it('makes one line per article of an effective regulation, text and label copied in with the revision', async () => {
    const { doc, revision } = await effectiveRegulation(qm, author);
    const { articles } = await auditor.call('checklists.articles', { revisionId: revision.id });
    const lines = await auditor.call('checklists.addLines', { auditId, unitId: unit, source: { kind: 'articles', revisionId: revision.id, nodeIds: [articles[0]!.nodeId, articles[3]!.nodeId] } });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.article).toEqual({
      revisionId: revision.id,
      nodeId: articles[3]!.nodeId,
      documentNumber: doc.number,
      documentTitle: doc.title,
      revisionLabel: revision.label,
      label: '第四条',
      text: articles[3]!.text,
    });
    const all = await auditor.call('checklists.addLines', { auditId, unitId: unit, source: { kind: 'articles', revisionId: revision.id } });
    expect(all).toHaveLength(articles.length);
  });

  it('refuses to cite an article of a revision that is no longer in force, and changes nothing', async () => {
    const { doc, revision } = await effectiveRegulation(qm, author);
    const { articles } = await auditor.call('checklists.articles', { revisionId: revision.id });
    const next = await author.call('revisions.startDraft', { documentId: doc.id });
    const sub = await author.call('revisions.submit', { id: next.id, version: next.version, changeReason: '修订', effectiveDate: null, password: PASSWORD });
    await qm.call('revisions.sign', { id: sub.id, version: sub.version, password: PASSWORD });
    const before = snapshot(t.backend);
    const r = await auditor.raw('checklists.addLines', { auditId, unitId: unit, source: { kind: 'blank', article: { revisionId: revision.id, nodeId: articles[0]!.nodeId } } }, 'zh-CN');
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'checklists.revisionNotEffective' } } });
    expect(r.ok ? '' : r.error.message).toContain('不是现行有效版本');
    expect(snapshot(t.backend)).toBe(before);
    const [line] = await auditor.call('checklists.addLines', { auditId, unitId: unit, source: { kind: 'blank' } });
    expect(await auditor.raw('checklists.updateLine', { id: line!.id, version: line!.version, patch: { article: { revisionId: revision.id, nodeId: articles[0]!.nodeId } } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('builds from a template and copies the last audit of the same unit', async () => {
    const db = t.backend.store.db;
    const at = new Date().toISOString();
    await db.insertInto('checklist_templates').values({ id: '01900000-0000-7000-8000-000000000001', name: '服务提供现场检查', description: '', lines: JSON.stringify([{ clause: '8.5', question: '服务规范是否张贴', method: 'observe' }, { clause: '7.2', question: '上岗证', method: 'review' }]), retired_at: null, created_by: null, version: 1, created_at: at, updated_at: at }).execute();
    const [tpl] = await auditor.call('checklists.templates', {});
    const fromTemplate = await auditor.call('checklists.addLines', { auditId, unitId: unit, source: { kind: 'template', templateId: tpl!.id } });
    expect(fromTemplate.map((l) => [l.clause, l.question, l.method])).toEqual([['8.5', '服务规范是否张贴', 'observe'], ['7.2', '上岗证', 'review']]);
    await auditor.call('checklists.updateLine', { id: fromTemplate[0]!.id, version: 1, patch: { record: '已张贴', result: 'conform' } });

    const later = await seedAudit(db, { lead: await personOfUser(db, ids.auditor), units: [unit] });
    const copied = await auditor.call('checklists.addLines', { auditId: later, unitId: unit, source: { kind: 'previous' } });
    // Requirement, question and method come along; what was seen and the result do not.
    expect(copied.map((l) => [l.clause, l.question, l.method, l.record, l.result])).toEqual([['8.5', '服务规范是否张贴', 'observe', '', null], ['7.2', '上岗证', 'review', '', null]]);
    const other = (await qm.call('departments.create', { name: '财务部' })).id;
    expect(await auditor.raw('checklists.addLines', { auditId: later, unitId: other, source: { kind: 'previous' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: { reason: 'checklists.noPreviousAudit' } } });
  });
});

describe('recording on a line', () => {
  it('two auditors editing the same line: the second gets a typed stale error with the current line, nothing lost', async () => {
    const [line] = await auditor.call('checklists.addLines', { auditId, unitId: unit, source: { kind: 'blank', clause: '8.5' } });
    const first = await auditor.call('checklists.updateLine', { id: line!.id, version: line!.version, patch: { record: '抽查 5 份工单，均按时回访', result: 'conform' } });
    expect(first.version).toBe(2);
    const before = snapshot(t.backend);
    const r = await qm.raw('checklists.updateLine', { id: line!.id, version: line!.version, patch: { record: '另一位审核员的记录', result: 'nonconform' } }, 'zh-CN');
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'checklists.stale', current: { record: '抽查 5 份工单，均按时回访', result: 'conform', version: 2, updatedByName: 'auditor' } } } });
    expect(r.ok ? '' : r.error.message).toContain('您的输入已保留');
    expect(snapshot(t.backend)).toBe(before);
  });

  it('refuses a result on a closed audit, and work by someone not on the audit team', async () => {
    const [line] = await auditor.call('checklists.addLines', { auditId, unitId: unit, source: { kind: 'blank' } });
    expect(await author.raw('checklists.updateLine', { id: line!.id, version: 1, patch: { result: 'conform' } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await qm.call('users.create', { username: 'auditor2', displayName: '王敏', role: 'auditor', password: PASSWORD });
    const s = await client(t.backend).call('auth.signIn', { username: 'auditor2', password: PASSWORD });
    const notOnTeam = client(t.backend, s.token);
    expect(await notOnTeam.raw('checklists.updateLine', { id: line!.id, version: 1, patch: { result: 'conform' } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { reason: 'checklists.notAuditor' } } });
    expect(await executive.raw('checklists.get', { auditId })).toMatchObject({ ok: true, data: { may: { edit: false } } });

    await setAuditStatus(t.backend.store.db, auditId, 'closed');
    const before = snapshot(t.backend);
    const r = await auditor.raw('checklists.updateLine', { id: line!.id, version: 1, patch: { result: 'conform' } }, 'zh-CN');
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'checklists.auditClosed' } } });
    expect(r.ok ? '' : r.error.message).toContain('不能再记录检查结果');
    expect(snapshot(t.backend)).toBe(before);
    expect((await auditor.call('checklists.get', { auditId })).may).toEqual({ edit: false, raiseFinding: false });
  });

  it('attaches photos from the store; HEIC and a program named .jpg are refused by the store with a clear message', async () => {
    const [line] = await auditor.call('checklists.addLines', { auditId, unitId: unit, source: { kind: 'blank' } });
    const photo = await auditor.call('attachments.upload', { name: '前台.jpg', dataBase64: b64(await imageOf(120, 80, 'jpeg')) });
    const withPhoto = await auditor.call('checklists.attach', { lineId: line!.id, attachmentId: photo.id });
    expect(withPhoto.attachments).toMatchObject([{ id: photo.id, name: '前台.jpg', mediaType: 'image/jpeg', hasThumbnail: true }]);
    expect((await auditor.call('checklists.attach', { lineId: line!.id, attachmentId: photo.id })).attachments).toHaveLength(1);

    const heic = await auditor.raw('attachments.upload', { name: 'IMG_0001.HEIC', dataBase64: b64(fakeHeic()) }, 'zh-CN');
    expect(heic).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(heic.ok ? '' : heic.error.message).toMatch(/HEIC/);
    const exe = await auditor.raw('attachments.upload', { name: '现场照片.jpg', dataBase64: b64(fakeExe()) }, 'zh-CN');
    expect(exe).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const detached = await auditor.call('checklists.detach', { lineId: line!.id, attachmentId: photo.id });
    expect(detached.attachments).toEqual([]);
    // Unlinked, not deleted: the link row stays as a tombstone.
    expect(await t.backend.store.db.selectFrom('checklist_line_attachments').select('removed_at').execute()).toHaveLength(1);
  });

  it('removes a line as a tombstone and writes the trail', async () => {
    const [line] = await auditor.call('checklists.addLines', { auditId, unitId: unit, source: { kind: 'blank' } });
    await auditor.call('checklists.removeLine', { id: line!.id, version: 1 });
    expect((await auditor.call('checklists.get', { auditId })).lines).toEqual([]);
    expect(await t.backend.store.db.selectFrom('checklist_lines').select('removed_at').executeTakeFirst()).toMatchObject({ removed_at: expect.any(String) });
    const history = await t.backend.store.db.selectFrom('audit_log').select('action').where('entity', '=', 'checklistLine').where('entity_id', '=', line!.id).execute();
    expect(history.map((h) => h.action)).toEqual(['create', 'remove']);
  });
});
