import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/auth/roles';
import { openTestBackend, PASSWORD, snapshot, snapshotBesidesPasswordChecks, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let qm: Client;
let author: Client;
let executive: Client;
let ids: Record<Role, string>;

beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, author, executive, ids } = await withAllRoles(t.backend));
});
afterEach(() => t.close());

describe('a status earned only by approval', () => {
  it.each([
    ['status', { status: 'effective' }],
    ['versionLabel', { versionLabel: 'B/1' }],
    ['effectiveDate', { effectiveDate: '2026-01-01' }],
  ])('refuses %s in documents.create and documents.update, changing nothing', async (_field, extra) => {
    const doc = await qm.call('documents.create', { title: '文件控制程序', type: 'procedure' });
    const before = snapshot(t.backend);
    const created = await qm.raw('documents.create', { title: '记录控制程序', type: 'procedure', ...extra }, 'zh-CN');
    expect(created).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!created.ok) expect(created.error.message).toMatch(/输入有误/);
    expect(await qm.raw('documents.update', { id: doc.id, version: doc.version, ...extra })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(snapshot(t.backend)).toBe(before);
  });

  it('starts every entry as a draft owned by whoever created it', async () => {
    const doc = await author.call('documents.create', { title: '客服热线接听作业指导书', type: 'work_instruction' });
    expect(doc).toMatchObject({ status: 'draft', versionLabel: 'A/0', effectiveDate: null, ownerId: ids.author, controlled: false, pending: null, deletable: true });
  });

  it('reaches effective through 登记现行版本, signed by the quality manager as registered, never as approved', async () => {
    const doc = await qm.call('documents.create', { title: 'GB/T 19001-2016 质量管理体系 要求', type: 'external' });
    const before = snapshotBesidesPasswordChecks(t.backend);
    expect(await qm.raw('revisions.register', { documentId: doc.id, label: '2016', effectiveDate: '2017-07-01', password: 'wrong' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await qm.raw('revisions.register', { documentId: doc.id, label: '2016', effectiveDate: '2999-01-01', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await author.raw('revisions.register', { documentId: doc.id, label: '2016', effectiveDate: '2017-07-01', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(snapshotBesidesPasswordChecks(t.backend)).toBe(before);
    const rev = await qm.call('revisions.register', { documentId: doc.id, label: '2016', effectiveDate: '2017-07-01', password: PASSWORD, comment: '现行国家标准' });
    expect(rev).toMatchObject({ status: 'effective', origin: 'registered', effectiveDate: '2017-07-01' });
    expect(rev.signatures).toEqual([expect.objectContaining({ meaning: 'registered', signerRole: 'quality_manager', comment: '现行国家标准' })]);
    expect(await qm.call('documents.get', { id: doc.id })).toMatchObject({ status: 'effective', versionLabel: '2016', effectiveDate: '2017-07-01', deletable: false });
    expect(await qm.raw('revisions.register', { documentId: doc.id, label: '2017', effectiveDate: '2018-01-01', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'revisions.registerOnlyNew' } },
    });
  });
});

describe('who changes the register entry', () => {
  it('lets the quality manager and the owner change it, and no other author', async () => {
    const doc = await qm.call('documents.create', { title: '内部审核程序', type: 'procedure', ownerId: ids.quality_manager });
    const before = snapshot(t.backend);
    expect(await author.raw('documents.update', { id: doc.id, version: doc.version, title: '改名' }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { reason: 'documents.notOwner' } },
    });
    expect(snapshot(t.backend)).toBe(before);
    const reassigned = await qm.call('documents.update', { id: doc.id, version: doc.version, ownerId: ids.author });
    expect(await author.call('documents.update', { id: doc.id, version: reassigned.version, title: '内部审核控制程序' })).toMatchObject({ title: '内部审核控制程序' });
    expect(await executive.raw('documents.update', { id: doc.id, version: reassigned.version + 1, title: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('keeps naming approvers to quality managers: the route decides who signs', async () => {
    expect(await author.raw('documents.create', { title: '管理评审程序', type: 'procedure', approverIds: [ids.author] })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { reason: 'documents.approversByManager' } },
    });
    const doc = await author.call('documents.create', { title: '管理评审程序', type: 'procedure' });
    const before = snapshot(t.backend);
    expect(await author.raw('documents.update', { id: doc.id, version: doc.version, approverIds: [ids.author] })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { reason: 'documents.approversByManager' } },
    });
    expect(snapshot(t.backend)).toBe(before);
    // Sending the same list back (a form saving every field) is no change and is fine.
    expect(await author.call('documents.update', { id: doc.id, version: doc.version, approverIds: [], title: '管理评审控制程序' })).toMatchObject({ version: 2 });
  });
});

describe('deleting a document never submitted', () => {
  it('lets the owner or a quality manager delete it with its drafts, and records it', async () => {
    const doc = await author.call('documents.create', { title: '临时草稿', type: 'form' });
    await author.call('revisions.startDraft', { documentId: doc.id });
    const other = await qm.call('documents.create', { title: '别人的草稿', type: 'form', ownerId: ids.quality_manager });
    expect(await author.raw('documents.delete', { id: other.id, version: other.version })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await author.call('documents.delete', { id: doc.id, version: doc.version })).toEqual({});
    expect(await author.raw('documents.get', { id: doc.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await qm.call('search.documents', { q: '临时草稿' })).total).toBe(0);
    expect((await qm.call('audit.history', { entity: 'document', entityId: doc.id })).items[0]).toMatchObject({ action: 'delete' });
    expect(await qm.call('audit.verify', {})).toMatchObject({ intact: true });
  });

  it('refuses once it was submitted, even if returned to draft since', async () => {
    const doc = await author.call('documents.create', { title: '客户投诉处理办法', type: 'regulation' });
    const draft = await author.call('revisions.startDraft', { documentId: doc.id });
    const rev = await author.call('revisions.submit', { id: draft.id, version: draft.version, changeReason: '首次发布', password: PASSWORD });
    await author.call('revisions.withdraw', { id: rev.id, version: rev.version });
    const entry = await author.call('documents.get', { id: doc.id });
    expect(entry.deletable).toBe(false);
    const before = snapshot(t.backend);
    expect(await author.raw('documents.delete', { id: doc.id, version: entry.version }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'documents.notDeletable' } },
    });
    expect(snapshot(t.backend)).toBe(before);
  });
});
