import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../../electron/backend/context';
import { erasePersonalKey, matchesFingerprint } from '../../electron/backend/audit/personal';
import { isFingerprint } from '../../shared/audit/personal';
import { openTestBackend, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let qm: Client;
let author: Client;
let auditor: Client;
let executive: Client;
let ids: Record<'quality_manager' | 'author' | 'auditor' | 'executive', string>;

beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, author, auditor, executive, ids } = await withAllRoles(t.backend));
});
afterEach(() => t.close());

describe('the system log (操作日志)', () => {
  it('lists every entry newest first, filtered by person, record type, action and time; for managers and auditors only', async () => {
    const dept = await qm.call('departments.create', { name: '质量部', code: 'QA' });
    await author.call('documents.create', { title: '投诉处理程序', type: 'procedure' });
    const all = await auditor.call('audit.list', {});
    expect(all.total).toBeGreaterThan(5);
    expect(all.items[0]!.seq).toBeGreaterThan(all.items[1]!.seq);
    const byAuthor = await auditor.call('audit.list', { actorId: ids.author });
    expect(byAuthor.items.every((e) => e.actorId === ids.author)).toBe(true);
    expect(byAuthor.items.map((e) => e.action)).toContain('create');
    const depts = await qm.call('audit.list', { entity: 'department', action: 'create' });
    expect(depts.items.map((e) => e.entityId)).toEqual([dept.id]);
    const at = depts.items[0]!.at;
    expect((await qm.call('audit.list', { entity: 'department', from: at, to: new Date(Date.parse(at) + 1).toISOString() })).total).toBe(1);
    expect((await qm.call('audit.list', { entity: 'department', to: at })).total).toBe(0);
    const facets = await qm.call('audit.facets', {});
    expect(facets.actions).toEqual(expect.arrayContaining(['create', 'setup', 'signIn']));
    expect(facets.actors.map((a) => a.id)).toEqual(expect.arrayContaining([ids.author, ids.quality_manager]));
    for (const c of [author, executive]) expect(await c.raw('audit.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('exports the filtered list to .xlsx', async () => {
    await qm.call('departments.create', { name: '运营部', code: 'OPS' });
    const r = await auditor.call('audit.export', { entity: 'department' });
    expect(r.rows).toBe(1);
    expect(r.fileName).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(r.base64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(3).value).toBe('质量经理');
    expect(String(sheet.getRow(2).getCell(8).value)).toContain('运营部');
  });

  it('per-record history only for people who may read the record', async () => {
    expect((await qm.raw('audit.history', { entity: 'user', entityId: ids.author })).ok).toBe(true);
    expect((await author.raw('audit.history', { entity: 'user', entityId: ids.author })).ok).toBe(true); // one's own
    expect(await author.raw('audit.history', { entity: 'user', entityId: ids.quality_manager })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const doc = await qm.call('documents.create', { title: '服务质量管理制度', type: 'regulation' });
    const draft = await author.call('revisions.startDraft', { documentId: doc.id });
    expect((await author.raw('audit.history', { entity: 'revision', entityId: draft.id })).ok).toBe(true);
    expect(await executive.raw('audit.history', { entity: 'revision', entityId: draft.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await executive.raw('audit.history', { entity: 'document', entityId: doc.id })).ok).toBe(true);
  });
});

describe('personal data in the trail', () => {
  it('records a field marked personal as a fingerprint; erasing the key keeps the chain intact', async () => {
    const ctx = { backend: t.backend, caller: null, locale: 'zh-CN' as const };
    const ref = { entity: 'user' as const, entityId: ids.author };
    await inTransaction(ctx, (_trx, audit) =>
      audit({ ...ref, action: 'update', before: { phone: null, note: '无' }, after: { phone: '13800138000', name: '张三', note: '回访' }, personal: ['phone', 'name'] }),
    );
    const [entry] = (await qm.call('audit.list', { entity: 'user', action: 'update' })).items;
    const after = entry!.after as Record<string, unknown>;
    expect(isFingerprint(after.phone)).toBe(true);
    expect(isFingerprint(after.name)).toBe(true);
    expect(after.note).toBe('回访');
    expect((entry!.before as Record<string, unknown>).phone).toBeNull();
    const raw = t.backend.store.sqlite.prepare('SELECT after FROM audit_log WHERE seq = ?').pluck().get(entry!.seq) as string;
    expect(raw).not.toContain('13800138000');
    expect(raw).not.toContain('张三');
    const db = t.backend.store.db;
    expect(await matchesFingerprint(db, ref, '13800138000', after.phone as string)).toBe(true);
    expect(await matchesFingerprint(db, ref, '13800138001', after.phone as string)).toBe(false);
    await db.transaction().execute((trx) => erasePersonalKey(trx, ref));
    expect(await matchesFingerprint(db, ref, '13800138000', after.phone as string)).toBe(false);
    expect((await qm.call('audit.verify', {})).intact).toBe(true);
  });
});
