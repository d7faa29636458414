import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, PASSWORD, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let qm: Client;
let author: Client;
beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, author } = await withAllRoles(t.backend));
});
afterEach(() => t.close());

describe('the document register', () => {
  it('numbers new documents by the pattern, per type, skipping numbers taken by hand', async () => {
    await author.call('documents.create', { number: 'QM-R-002', title: '手工编号', type: 'regulation' });
    const a = await author.call('documents.create', { title: '服务质量管理制度', type: 'regulation' });
    const b = await author.call('documents.create', { title: '客户投诉处理办法', type: 'regulation' });
    const c = await author.call('documents.create', { title: '文件控制程序', type: 'procedure' });
    expect([a.number, b.number, c.number]).toEqual(['QM-R-001', 'QM-R-003', 'QM-P-001']);
    expect(await author.call('documents.nextNumber', { type: 'regulation' })).toEqual({ number: 'QM-R-004' });
  });

  it('follows a changed pattern with year and department code', async () => {
    const dept = await qm.call('departments.create', { name: '客户服务部', code: 'cs' });
    await qm.call('settings.update', { documentNumberPattern: '{dept}/{type}-{year}-{seq:4}' });
    const doc = await author.call('documents.create', { title: '热线接听规范', type: 'work_instruction', departmentId: dept.id });
    expect(doc.number).toBe(`CS/WI-${new Date().getFullYear()}-0001`);
    expect(await qm.raw('settings.update', { documentNumberPattern: 'QM-{type}' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a duplicate number, ignoring case, and changes nothing', async () => {
    const doc = await author.call('documents.create', { number: 'QM-M-001', title: '质量手册', type: 'manual' });
    const other = await author.call('documents.create', { title: '服务质量管理制度', type: 'regulation' });
    const before = snapshot(t.backend);
    expect(await author.raw('documents.create', { number: 'qm-m-001', title: 'x', type: 'manual' }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '文件编号“qm-m-001”已存在。' },
    });
    expect(await author.raw('documents.update', { id: other.id, version: other.version, number: doc.number })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(snapshot(t.backend)).toBe(before);
  });

  it('refuses unknown departments and owners', async () => {
    const unknown = '01890a5d-ac96-774b-bcce-b302099a8057';
    const before = snapshot(t.backend);
    expect(await author.raw('documents.create', { title: 'x', type: 'form', departmentId: unknown })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await author.raw('documents.create', { title: 'x', type: 'form', ownerId: unknown })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(snapshot(t.backend)).toBe(before);
  });

  it('lists with filter, search, sort and paging done in SQL', async () => {
    const dept = await qm.call('departments.create', { name: '质量管理部', code: 'QA' });
    const titles = ['质量手册', '服务质量管理制度', '文件控制程序', '内部审核程序', '管理评审程序', '100%_满意度调查表'];
    const types = ['manual', 'regulation', 'procedure', 'procedure', 'procedure', 'form'] as const;
    for (const [i, title] of titles.entries()) {
      const doc = await author.call('documents.create', {
        title,
        type: types[i]!,
        departmentId: i < 3 ? dept.id : null,
        tags: i === 2 ? ['7.5'] : [],
      });
      // In force only as the register's truth allows: a version registered by the quality manager.
      if (i % 2) await qm.call('revisions.register', { documentId: doc.id, label: 'A/0', effectiveDate: `2026-0${i + 1}-01`, password: PASSWORD });
    }
    const procedures = await author.call('documents.list', { types: ['procedure'], sort: 'title', dir: 'desc', pageSize: 2 });
    expect(procedures.total).toBe(3);
    // By pinyin: wen2 jian4 …, nei4 bu4 …, guan3 li3 … (code points would put 管 before 内).
    expect(procedures.items.map((d) => d.title)).toEqual(['文件控制程序', '内部审核程序']);
    const page2 = await author.call('documents.list', { types: ['procedure'], sort: 'title', dir: 'desc', pageSize: 2, page: 2 });
    expect(page2.items).toHaveLength(1);
    expect((await author.call('documents.list', { q: '程序' })).total).toBe(3);
    expect((await author.call('documents.list', { q: 'qm-p-00' })).total).toBe(3);
    expect((await author.call('documents.list', { q: '%' })).items.map((d) => d.title)).toEqual(['100%_满意度调查表']);
    expect((await author.call('documents.list', { q: '_' })).total).toBe(1);
    expect((await author.call('documents.list', { statuses: ['effective'], departmentId: dept.id })).total).toBe(1);
    expect((await author.call('documents.list', { tag: '7.5' })).items[0]!.title).toBe('文件控制程序');
    const byDate = await author.call('documents.list', { sort: 'effectiveDate', dir: 'desc' });
    expect(byDate.items[0]!.title).toBe('100%_满意度调查表');
    expect(byDate.items[0]!.departmentName).toBeNull();
    expect(byDate.items.at(-1)!.departmentName).toBe('质量管理部');
  });

  it('finds a document by id and by number', async () => {
    const doc = await author.call('documents.create', { title: '记录控制程序', type: 'procedure' });
    expect(await author.call('documents.get', { number: doc.number })).toEqual(doc);
    expect(await author.call('documents.get', { id: doc.id })).toEqual(doc);
  });

  it('marks a document obsolete with a reason, after which it cannot be edited', async () => {
    const doc = await author.call('documents.create', { title: '客户服务规范（2019版）', type: 'regulation', nextReviewDate: '2026-12-01' });
    const obsolete = await qm.call('documents.markObsolete', { id: doc.id, version: doc.version, reason: '已被取代' });
    // An obsolete document is not reviewed any more.
    expect(obsolete).toMatchObject({ status: 'obsolete', obsoleteReason: '已被取代', version: 2, nextReviewDate: null });
    expect(await author.raw('documents.update', { id: doc.id, version: 2, title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await qm.raw('documents.markObsolete', { id: doc.id, version: 2, reason: '再次' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('summarises counts by status and reviews due', async () => {
    for (const [title, effectiveDate] of [['到期复审', '2025-12-01'], ['明年复审', '2026-11-01']] as const) {
      const doc = await author.call('documents.create', { title, type: 'procedure' });
      await qm.call('revisions.register', { documentId: doc.id, label: 'A/0', effectiveDate, password: PASSWORD });
    }
    await author.call('documents.create', { title: '草稿', type: 'form' });
    const s = await author.call('documents.summary', { today: '2026-11-22', withinDays: 30 });
    expect(s.byStatus).toEqual({ draft: 1, effective: 2, obsolete: 0 });
    expect(s).toMatchObject({ inReview: 0, pending: 0 });
    expect(s.total).toBe(3);
    expect(s.reviewDue.map((d) => d.title)).toEqual(['到期复审']);
    expect(s.reviewDueTotal).toBe(1);
  });
});

describe('large registers', () => {
  it('pages a large filtered result in the same order whether SQLite sorts or walks the sort index', async () => {
    const { generateDocuments } = await import('../bench/generate');
    const me = await qm.call('auth.me', {});
    generateDocuments(t.backend.store.sqlite, 6000, { id: me.id, displayName: me.displayName });
    const all = t.backend.store.sqlite
      .prepare("SELECT title_sort AS title, number FROM documents WHERE status IN ('draft', 'obsolete')")
      .all() as { title: string; number: string }[];
    expect(all.length).toBeGreaterThan(2000);
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const expected = all.sort((a, b) => cmp(b.title, a.title) || cmp(b.number, a.number)).map((d) => d.number);
    const page = await qm.call('documents.list', { statuses: ['draft', 'obsolete'], sort: 'title', dir: 'desc', page: 3, pageSize: 50 });
    expect(page.total).toBe(all.length);
    expect(page.items.map((d) => d.number)).toEqual(expected.slice(100, 150));
    const small = await qm.call('documents.list', { statuses: ['draft', 'obsolete'], q: '培训', sort: 'title', dir: 'desc', pageSize: 200 });
    expect(small.total).toBeLessThan(2000);
    expect(small.items.map((d) => d.number)).toEqual(expected.filter((n) => small.items.some((d) => d.number === n)).slice(0, 200));
  });
});
