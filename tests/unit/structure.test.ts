import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '../../shared/editor/numerals';
import { parseStructurePrefix, structureLabels } from '../../shared/editor/structure';

describe('regulation numbering', () => {
  it.each([
    [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [20, '二十'], [21, '二十一'], [99, '九十九'],
    [100, '一百'], [105, '一百零五'], [110, '一百一十'], [1010, '一千零一十'], [2026, '二千零二十六'],
  ])('writes %i as %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });

  it('numbers chapters, articles across chapters, and clauses per article', () => {
    const labels = structureLabels(['chapter', 'article', 'clause', 'clause', 'article', 'paragraph', 'chapter', 'article', 'clause'], 'zh-CN');
    expect(labels).toEqual(['第一章', '第一条', '（一）', '（二）', '第二条', undefined, '第二章', '第三条', '（一）']);
    expect(structureLabels(['chapter', 'article', 'clause'], 'en')).toEqual(['Chapter 1', 'Article 1', '(1)']);
  });

  it('recognises typed numbering', () => {
    expect(parseStructurePrefix('第三章 服务质量目标')).toEqual({ type: 'chapter', rest: '服务质量目标' });
    expect(parseStructurePrefix('第十二条　客户投诉应在24小时内响应。')).toEqual({ type: 'article', rest: '客户投诉应在24小时内响应。' });
    expect(parseStructurePrefix('（二）神秘顾客暗访；')).toEqual({ type: 'clause', rest: '神秘顾客暗访；' });
    expect(parseStructurePrefix('Article 3 Scope')).toEqual({ type: 'article', rest: 'Scope' });
    expect(parseStructurePrefix('第一次会议纪要')).toBeNull();
  });
});
