import type { Content, ContentNode } from '../../shared/editor/content';
import { diffRevisions, structureEvents } from '../../renderer/features/revisions/revisionDiff';
import { snippetParts } from '../../renderer/features/search/Snippet';

const b = (type: string, text: string): ContentNode => ({ type, content: [{ type: 'text', text }] });
const content = (...blocks: ContentNode[]): Content => ({ schemaVersion: 1, doc: { type: 'doc', content: blocks } });

describe('revision diff', () => {
  it('shows an inserted article as one addition plus the renumbering of those after it', () => {
    const before = content(b('chapter', '总则'), b('article', '目的'), b('article', '范围'));
    const after = content(b('chapter', '总则'), b('article', '目的'), b('article', '依据'), b('article', '范围'));
    const rows = diffRevisions(before, after, 'zh-CN');
    expect(rows.map((r) => r.kind)).toEqual(['same', 'same', 'added', 'renumbered']);
    expect(structureEvents(rows)).toEqual([
      { kind: 'added', type: 'article', label: '第二条' },
      { kind: 'renumbered', type: 'article', from: '第二条', to: '第三条', last: '第二条', lastTo: '第三条', count: 1, fromNo: 2, toNo: 3 },
    ]);
  });

  it('summarises a run of articles renumbered by one insertion as one change', () => {
    const articles = ['甲', '乙', '丙', '丁'].map((t) => b('article', t));
    const rows = diffRevisions(content(b('chapter', '总则'), ...articles), content(b('chapter', '总则'), b('article', '新'), ...articles), 'zh-CN');
    expect(structureEvents(rows)).toEqual([
      { kind: 'added', type: 'article', label: '第一条' },
      { kind: 'renumbered', type: 'article', from: '第一条', to: '第二条', last: '第四条', lastTo: '第五条', count: 4, fromNo: 1, toNo: 2 },
    ]);
  });

  it('diffs an edited block word by word and reports a removed chapter', () => {
    const before = content(b('chapter', '总则'), b('article', '投诉应在三个工作日内答复。'), b('chapter', '附则'), b('article', '自发布之日起施行。'));
    const after = content(b('chapter', '总则'), b('article', '投诉应在两个工作日内答复。'), b('article', '自发布之日起施行。'));
    const rows = diffRevisions(before, after, 'zh-CN');
    const changed = rows.find((r) => r.kind === 'changed');
    expect(changed && 'words' in changed && changed.words.filter((w) => w.removed).map((w) => w.value).join('')).toContain('三');
    expect(changed && 'words' in changed && changed.words.filter((w) => w.added).map((w) => w.value).join('')).toContain('两');
    expect(structureEvents(rows)).toEqual([{ kind: 'removed', type: 'chapter', label: '第二章' }]);
  });
});

describe('search snippets', () => {
  it('splits on the private-use markers', () => {
    expect(snippetParts('a\uE000b\uE001c\uE000d\uE001')).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: true },
      { text: 'c', marked: false },
      { text: 'd', marked: true },
    ]);
  });
});
