import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromOutline } from '../../shared/templates/outline';
import { MARK_END, MARK_START } from '../../shared/search/contract';
import { openTestBackend, PASSWORD, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let qm: Client;
let author: Client;
let executive: Client;
beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, author, executive } = await withAllRoles(t.backend));
});
afterEach(() => t.close());

async function documentWithBody(title: string, outline: string, publish = false) {
  const doc = await author.call('documents.create', { title, type: 'regulation' });
  const draft = await author.call('revisions.startDraft', { documentId: doc.id });
  const saved = await author.call('revisions.save', { id: draft.id, version: draft.version, content: fromOutline(outline) });
  if (publish) {
    const r = await author.call('revisions.submit', { id: draft.id, version: saved.version, changeReason: '发布', password: PASSWORD });
    await qm.call('revisions.sign', { id: draft.id, version: r.version, password: PASSWORD });
  }
  return doc;
}

const titles = async (c: Client, q: string) => (await c.call('search.documents', { q })).hits.map((h) => h.title).sort();

describe('full-text search', () => {
  beforeEach(async () => {
    await documentWithBody('客户投诉处理办法', '# 总则\n@ 客户投诉应在24小时内转交责任部门。\n@ 首问负责制。', true);
    await documentWithBody('服务质量管理制度', '# 总则\n@ 客户满意度不低于85%。\n@ 实行神秘顾客暗访。', true);
    await documentWithBody('培训管理制度（草稿）', '# 总则\n@ 新员工须经岗前培训并考核合格。');
  });

  it('finds three or more characters in bodies with a highlighted snippet', async () => {
    const { hits, total } = await qm.call('search.documents', { q: '神秘顾客' });
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({ title: '服务质量管理制度', status: 'effective' });
    expect(hits[0]!.snippet).toContain(`${MARK_START}神秘顾客${MARK_END}`);
  });

  it('finds one- and two-character Chinese queries too', async () => {
    expect(await titles(qm, '暗访')).toEqual(['服务质量管理制度']);
    expect(await titles(qm, '诉')).toEqual(['客户投诉处理办法']);
    expect(await titles(qm, '培')).toEqual(['培训管理制度（草稿）']);
    const { hits } = await qm.call('search.documents', { q: '首问' });
    expect(hits[0]!.snippet).toContain(`${MARK_START}首问${MARK_END}`);
  });

  it('finds numbers and titles', async () => {
    expect(await titles(qm, 'QM-R-00')).toHaveLength(3);
    expect(await titles(qm, '管理制度')).toEqual(['培训管理制度（草稿）', '服务质量管理制度']);
  });

  it('indexes each save and rename in the same transaction', async () => {
    const doc = await documentWithBody('记录控制程序', '@ 记录应清晰。');
    expect(await titles(qm, '可追溯')).toEqual([]);
    const [draft] = await author.call('revisions.list', { documentId: doc.id });
    await author.call('revisions.save', { id: draft!.id, version: draft!.version, content: fromOutline('@ 记录应清晰、可追溯。') });
    expect(await titles(qm, '可追溯')).toEqual(['记录控制程序']);
    const entry = await qm.call('documents.get', { id: doc.id });
    await qm.call('documents.update', { id: doc.id, version: entry.version, title: '记录管理程序' });
    expect(await titles(qm, '记录管理')).toEqual(['记录管理程序']);
  });

  it('does not show draft text to readers', async () => {
    expect(await titles(author, '岗前培训')).toEqual(['培训管理制度（草稿）']);
    expect(await titles(executive, '岗前培训')).toEqual([]);
    expect(await titles(executive, '神秘顾客')).toEqual(['服务质量管理制度']);
  });

  it('treats quotes and operators as text', async () => {
    expect((await qm.call('search.documents', { q: '"OR" AND *' })).hits).toEqual([]);
    expect((await qm.call('search.documents', { q: '%' })).hits).toEqual([]);
  });
});
