import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templateContent } from '../../shared/templates/catalog';
import { withoutNodeIds } from '../../shared/editor/node-ids';
import type { Content } from '../../shared/editor/content';
import { inTransaction } from '../../electron/backend/context';
import { activateDue } from '../../electron/backend/services/revision-lifecycle';
import { runMaintenance } from '../../electron/backend/maintenance';
import { client, openTestBackend, PASSWORD, snapshot, snapshotBesidesPasswordChecks, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let qm: Client;
let author: Client;
let auditor: Client;
let executive: Client;
let ids: Record<string, string>;

beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, author, auditor, executive, ids } = await withAllRoles(t.backend));
});
afterEach(() => t.close());

const regulation = () => templateContent('service-quality-regulation', 'zh-CN');

async function draftOf(title = '服务质量管理制度', extra: { approverIds?: string[]; reviewIntervalMonths?: number } = {}) {
  const doc = await qm.call('documents.create', { title, type: 'regulation', ...extra });
  return { doc, draft: await author.call('revisions.startDraft', { documentId: doc.id, templateId: 'service-quality-regulation' }) };
}

async function submitted(extra?: Parameters<typeof draftOf>[1], effectiveDate: string | null = null) {
  const { doc, draft } = await draftOf('服务质量管理制度', extra);
  return { doc, revision: await author.call('revisions.submit', { id: draft.id, version: draft.version, changeReason: '首次发布', effectiveDate, password: PASSWORD }) };
}

describe('revisions and approval', () => {
  it('starts a draft from a template, with content, label and author', async () => {
    const { doc, draft } = await draftOf();
    expect(draft).toMatchObject({ status: 'draft', revisionNo: 1, label: 'A/0', authorName: 'author', contentError: null, language: 'zh-CN' });
    expect(JSON.parse(withoutNodeIds(draft.content as Content))).toEqual(regulation());
    expect(await author.raw('revisions.startDraft', { documentId: doc.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'revisions.openExists' } },
    });
  });

  it('saves drafts with optimistic locking, so a second window cannot silently overwrite', async () => {
    const { draft } = await draftOf();
    const content = regulation();
    content.doc.content.push({ type: 'article', content: [{ type: 'text', text: '新增条款。' }] });
    const saved = await author.call('revisions.save', { id: draft.id, version: draft.version, content });
    expect(saved.version).toBe(draft.version + 1);
    const before = snapshot(t.backend);
    const stale = await qm.raw('revisions.save', { id: draft.id, version: draft.version, content: regulation() }, 'zh-CN');
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'revisions.editedElsewhere' } } });
    expect(snapshot(t.backend)).toBe(before);
    expect(JSON.parse(withoutNodeIds((await author.call('revisions.get', { id: draft.id })).content as Content))).toEqual(content);
  });

  it.each([
    ['an unknown node', { type: 'script', content: [] }],
    ['a javascript: link', { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
    ['an event handler attribute smuggled as a mark', { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'onerror' }] }] }],
    ['an image from the web', { type: 'image', attrs: { src: 'https://example.com/x.png' } }],
    ['an oversized image', { type: 'image', attrs: { src: `data:image/png;base64,${'A'.repeat(3 * 1024 * 1024)}` } }],
  ])('refuses content with %s and stores nothing', async (_name, node) => {
    const { draft } = await draftOf();
    const before = snapshot(t.backend);
    const content = { schemaVersion: 1, doc: { type: 'doc', content: [node] } };
    const r = await author.raw('revisions.save', { id: draft.id, version: draft.version, content });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(snapshot(t.backend)).toBe(before);
  });

  it('reports stored content that fails the schema instead of loading it as empty', async () => {
    const { draft } = await draftOf();
    t.backend.store.sqlite.prepare('UPDATE revisions SET content = ? WHERE id = ?').run('{"schemaVersion":1,"doc":{"type":"doc","content":[{"type":"mystery"}]}}', draft.id);
    const loaded = await author.call('revisions.get', { id: draft.id });
    expect(loaded.contentError).toMatch(/doc\.content\.0\.type/);
    expect(loaded.content).toEqual({ schemaVersion: 1, doc: { type: 'doc', content: [{ type: 'mystery' }] } });
  });

  it('needs a reason for change before review, and locks the content from then on', async () => {
    const { draft } = await draftOf();
    expect(await author.raw('revisions.submit', { id: draft.id, version: draft.version, changeReason: '', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const inReview = await author.call('revisions.submit', { id: draft.id, version: draft.version, changeReason: '首次发布', password: PASSWORD });
    expect(inReview).toMatchObject({ status: 'in_review', changeReason: '首次发布' });
    expect(await author.raw('revisions.save', { id: draft.id, version: inReview.version, content: regulation() })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'revisions.notDraft' } },
    });
  });

  it('signs nothing on a wrong password', async () => {
    const { revision } = await submitted();
    const before = snapshotBesidesPasswordChecks(t.backend);
    const r = await qm.raw('revisions.sign', { id: revision.id, version: revision.version, password: 'wrong password', meaning: 'approved' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: ['password'] }] } });
    expect(snapshotBesidesPasswordChecks(t.backend)).toBe(before);
  });

  it('approves with an e-signature covering the content hash; the revision takes effect and the register follows', async () => {
    const { doc, revision } = await submitted({ reviewIntervalMonths: 6 });
    const approved = await qm.call('revisions.sign', { id: revision.id, version: revision.version, password: PASSWORD, meaning: 'approved', comment: '同意发布' });
    expect(approved.status).toBe('effective');
    expect(approved.signatures).toEqual([
      expect.objectContaining({ signerName: 'author', signerRole: 'author', meaning: 'authored', step: 0, round: 1, contentHash: revision.contentHash, voidedAt: null }),
      expect.objectContaining({ signerName: '质量经理', signerRole: 'quality_manager', meaning: 'approved', step: 1, round: 1, contentHash: revision.contentHash, comment: '同意发布' }),
    ]);
    const today = approved.effectiveDate!;
    const entry = await qm.call('documents.get', { id: doc.id });
    expect(entry).toMatchObject({ status: 'effective', versionLabel: 'A/0', effectiveDate: today, controlled: true });
    const due = new Date(today);
    due.setMonth(due.getMonth() + 6);
    expect(entry.nextReviewDate).toBe(due.toISOString().slice(0, 10));
    // Nobody sets the status by hand: the field is not part of the input.
    const before = snapshot(t.backend);
    expect(await qm.raw('documents.update', { id: doc.id, version: entry.version, status: 'draft' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(snapshot(t.backend)).toBe(before);
  });

  it('supersedes the previous effective revision when a new one takes effect', async () => {
    const { doc, revision } = await submitted();
    await qm.call('revisions.sign', { id: revision.id, version: revision.version, password: PASSWORD, meaning: 'approved' });
    const next = await author.call('revisions.startDraft', { documentId: doc.id });
    expect(next).toMatchObject({ label: 'A/1', revisionNo: 2, content: regulation() });
    const inReview = await author.call('revisions.submit', { id: next.id, version: next.version, changeReason: '调整投诉时限', password: PASSWORD });
    await qm.call('revisions.sign', { id: next.id, version: inReview.version, password: PASSWORD, meaning: 'approved' });
    const list = await auditor.call('revisions.list', { documentId: doc.id });
    expect(list.map((r) => [r.label, r.status])).toEqual([['A/1', 'effective'], ['A/0', 'superseded']]);
    expect((await qm.call('documents.get', { id: doc.id })).versionLabel).toBe('A/1');
  });

  it('keeps an approved revision waiting until its effective date', async () => {
    const { revision } = await submitted(undefined, '2999-01-01');
    const approved = await qm.call('revisions.sign', { id: revision.id, version: revision.version, password: PASSWORD, meaning: 'approved' });
    expect(approved.status).toBe('approved');
    const ctx = { backend: t.backend, caller: null, locale: 'en' as const };
    expect(await inTransaction(ctx, (trx, audit) => activateDue(trx, audit, '2998-12-31'))).toBe(0);
    expect(await inTransaction(ctx, (trx, audit) => activateDue(trx, audit, '2999-01-01'))).toBe(1);
    expect((await qm.call('revisions.get', { id: revision.id })).status).toBe('effective');
  });

  it('lets scheduled maintenance put approved revisions into effect when their day comes', async () => {
    const { revision } = await submitted(undefined, '2999-01-01');
    await qm.call('revisions.sign', { id: revision.id, version: revision.version, password: PASSWORD, meaning: 'approved' });
    expect(await runMaintenance(t.backend)).toBe(0);
    t.backend.store.sqlite.prepare("UPDATE revisions SET effective_date = '2020-01-01' WHERE id = ?").run(revision.id);
    expect(await runMaintenance(t.backend)).toBe(1);
    const history = await qm.call('audit.history', { entity: 'revision', entityId: revision.id });
    expect(history.items[0]).toMatchObject({ action: 'takeEffect', actorId: null, actorName: 'system' });
  });

  it('does not let authors approve their own revisions unless the setting allows it', async () => {
    const doc = await qm.call('documents.create', { title: '自编自批', type: 'procedure', approverIds: [ids.author!] });
    const draft = await author.call('revisions.startDraft', { documentId: doc.id });
    const rev = await author.call('revisions.submit', { id: draft.id, version: draft.version, changeReason: '新建', password: PASSWORD });
    expect(await author.raw('revisions.sign', { id: rev.id, version: rev.version, password: PASSWORD, meaning: 'approved' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { reason: 'signatures.selfSign' } },
    });
    await qm.call('settings.update', { allowSelfApproval: true });
    expect(await author.call('revisions.sign', { id: rev.id, version: rev.version, password: PASSWORD, meaning: 'approved' })).toMatchObject({ status: 'effective' });
  });

  it('lets named approvers sign the default route and no one else', async () => {
    const { revision } = await submitted({ approverIds: [ids.auditor!] });
    expect(await executive.raw('revisions.sign', { id: revision.id, version: revision.version, password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { reason: 'signatures.notYourStep' } },
    });
    const approved = await auditor.call('revisions.sign', { id: revision.id, version: revision.version, password: PASSWORD });
    expect(approved).toMatchObject({ status: 'effective', signatures: [expect.objectContaining({ meaning: 'authored' }), expect.objectContaining({ meaning: 'approved', signerRole: 'auditor' })] });
  });

  it('lets a named approver who is an auditor read what awaits their signature', async () => {
    const { doc, revision } = await submitted({ approverIds: [ids.auditor!] });
    expect(await auditor.call('revisions.get', { id: revision.id })).toMatchObject({ status: 'in_review' });
    expect((await auditor.call('revisions.list', { documentId: doc.id })).map((r) => r.id)).toEqual([revision.id]);
    expect(await executive.raw('revisions.get', { id: revision.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('gives the first revision of a document already in force the next label', async () => {
    const doc = await qm.call('documents.create', { title: '客户服务规范', type: 'regulation' });
    await qm.call('revisions.register', { documentId: doc.id, label: 'B/1', effectiveDate: '2025-01-01', password: PASSWORD });
    expect((await author.call('revisions.startDraft', { documentId: doc.id })).label).toBe('B/2');
  });

  it('refuses a document whose images together exceed the limit', async () => {
    const { draft } = await draftOf();
    const image = { type: 'image', attrs: { src: `data:image/png;base64,${'A'.repeat(Math.floor((1.9 * 1024 * 1024 * 4) / 3))}` } };
    const content = { schemaVersion: 1, doc: { type: 'doc', content: Array.from({ length: 9 }, () => image) } };
    expect(await author.raw('revisions.save', { id: draft.id, version: draft.version, content }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { reason: 'revisions.imagesTooLarge' } },
    });
  });

  it('rejects with a comment back to draft', async () => {
    const { revision } = await submitted();
    expect(await qm.raw('revisions.reject', { id: revision.id, version: revision.version, comment: '' })).toMatchObject({ ok: false });
    const back = await qm.call('revisions.reject', { id: revision.id, version: revision.version, comment: '请补充投诉分级' });
    expect(back).toMatchObject({ status: 'draft', rejection: '请补充投诉分级' });
    // The author's signature of that round is kept, void.
    expect(back.signatures).toEqual([expect.objectContaining({ meaning: 'authored', voidReason: 'returned', voidedAt: expect.any(String) })]);
  });

  it('shows auditors and executives effective revisions only', async () => {
    const { doc, draft } = await draftOf();
    expect(await executive.raw('revisions.get', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await executive.call('revisions.list', { documentId: doc.id })).toEqual([]);
    expect(await author.call('revisions.list', { documentId: doc.id })).toHaveLength(1);
  });

  it('withdraws every revision with the document when it is marked obsolete, and discards drafts on request', async () => {
    const { doc, revision } = await submitted();
    await qm.call('revisions.sign', { id: revision.id, version: revision.version, password: PASSWORD, meaning: 'approved' });
    const next = await author.call('revisions.startDraft', { documentId: doc.id });
    await author.call('revisions.discard', { id: next.id, version: next.version });
    expect(await author.call('revisions.list', { documentId: doc.id })).toHaveLength(1);
    const entry = await qm.call('documents.get', { id: doc.id });
    await qm.call('documents.markObsolete', { id: doc.id, version: entry.version, reason: '业务取消' });
    expect((await qm.call('revisions.list', { documentId: doc.id })).map((r) => r.status)).toEqual(['obsolete']);
    expect(await author.raw('revisions.startDraft', { documentId: doc.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('records every step in the audit trail, which stays intact', async () => {
    const { revision } = await submitted();
    await qm.call('revisions.sign', { id: revision.id, version: revision.version, password: PASSWORD, meaning: 'approved' });
    const history = await qm.call('audit.history', { entity: 'revision', entityId: revision.id });
    expect(history.items.map((e) => e.action).reverse()).toEqual(['startDraft', 'submit', 'sign', 'sign', 'approve', 'takeEffect']);
    const entry = await qm.call('audit.history', { entity: 'document', entityId: revision.documentId });
    expect(entry.items[0]).toMatchObject({ action: 'takeEffect', before: { status: 'draft' }, after: { status: 'effective', versionLabel: 'A/0' } });
    expect(await client(t.backend, qm.token).call('audit.verify', {})).toMatchObject({ intact: true });
  });
});
