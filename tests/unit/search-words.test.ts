import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MARK_END, MARK_START } from '../../shared/search/contract';
import { fromOutline } from '../../shared/templates/outline';
import { searchTerms, snippetOf } from '../../electron/backend/services/search-terms';
import { openTestBackend, PASSWORD, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let qm: Client;
let author: Client;
beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, author } = await withAllRoles(t.backend));
});
afterEach(() => t.close());

async function documentWithBody(title: string, outline: string) {
  const doc = await author.call('documents.create', { title, type: 'regulation' });
  const draft = await author.call('revisions.startDraft', { documentId: doc.id });
  const saved = await author.call('revisions.save', { id: draft.id, version: draft.version, content: fromOutline(outline) });
  const r = await author.call('revisions.submit', { id: draft.id, version: saved.version, changeReason: '发布', password: PASSWORD });
  await qm.call('revisions.sign', { id: draft.id, version: r.version, password: PASSWORD, meaning: 'approved' });
  return { doc, revisionId: draft.id };
}

const titles = async (q: string) => (await qm.call('search.documents', { q })).hits.map((h) => h.title).sort();

describe('search with several words', () => {
  beforeEach(async () => {
    await documentWithBody('客户投诉处理办法', '# 总则\n@ 客户投诉应在24小时内转交责任部门，并在办结后电话回访。\n@ 公司实行首问负责制。');
    await documentWithBody('服务质量管理制度', '# 总则\n@ 客户满意度不低于85%。\n@ 实行神秘顾客暗访。');
    await documentWithBody('投诉统计规定', '# 总则\n@ 每月统计一次。');
  });

  it('finds documents holding every word, long and short words mixed', async () => {
    expect(await titles('投诉 回访')).toEqual(['客户投诉处理办法']);
    expect(await titles('客户 投诉')).toEqual(['客户投诉处理办法']);
    expect(await titles('投诉　统计')).toEqual(['投诉统计规定']);
    expect(await titles('神秘顾客 满意度')).toEqual(['服务质量管理制度']);
    expect(await titles('神秘顾客 回访')).toEqual([]);
    expect(await titles('投诉')).toEqual(['客户投诉处理办法', '投诉统计规定']);
  });

  it('highlights the title and every word in the snippet, and names the revision that matched', async () => {
    const { hits } = await qm.call('search.documents', { q: '客户 回访' });
    expect(hits[0]!.titleMarked).toBe(`${MARK_START}客户${MARK_END}投诉处理办法`);
    expect(hits[0]!.snippet).toContain(`${MARK_START}回访${MARK_END}`);
    expect(hits[0]!.terms).toEqual(['客户', '回访']);
    const [rev] = await qm.call('revisions.list', { documentId: hits[0]!.documentId });
    expect(hits[0]!.revisionId).toBe(rev!.id);
    const byTitle = await qm.call('search.documents', { q: '统计规定' });
    expect(byTitle.hits[0]!.revisionId).toBeNull();
  });

  it('does not cut an article label in half', async () => {
    const { hits } = await qm.call('search.documents', { q: '首问负责制' });
    expect(hits[0]!.snippet.replace(/[\uE000\uE001]/g, '')).toMatch(/^第[一二三四五六七八九十]+条\u3000公司实行首问负责制/u);
  });

  it('answers, not fails, on control characters of any length (a NUL used to be an FTS5 syntax error)', async () => {
    for (const q of ['投诉\u0000处理', 'abc\u0000', '\u0000\u0000\u0000', '客\u0000', '"投诉" OR \u0001*']) {
      const res = await qm.call('search.documents', { q });
      expect(res.total).toBeGreaterThanOrEqual(0);
    }
    expect(await titles('投诉\u0000处理')).toEqual(['客户投诉处理办法']);
  });
});

describe('search terms and snippets', () => {
  it('cleans and splits what was typed', () => {
    expect(searchTerms(' 客户\u3000投诉  客户 ')).toEqual(['客户', '投诉']);
    expect(searchTerms('a\u0000b "c"')).toEqual(['a', 'b', 'c']);
  });

  it('starts a snippet at the line when a label would be cut', () => {
    const body = '第一章\u3000总则\n第十二条\u3000为规范服务行为，提高顾客满意度，公司实行首问负责制。';
    const s = snippetOf(body, ['首问负责制']).replace(/[\uE000\uE001]/g, '');
    expect(s.startsWith('第十二条')).toBe(true);
    const long = `第三条\u3000${'甲'.repeat(60)}首问负责制`;
    const cut = snippetOf(long, ['首问负责制']);
    expect(cut.startsWith('…甲')).toBe(true);
  });
});

describe('snippets with several words', () => {
  it('prefer the line that holds the most of them', () => {
    const body = '第十三条\u3000事中有记录。\n第三十条\u3000记录按规定期限保存，防止损坏和丢失。';
    expect(snippetOf(body, ['记录', '损坏和丢失']).replace(/[\uE000\uE001]/g, '')).toMatch(/^第三十条/u);
  });
});
