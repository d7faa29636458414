import { chineseNumeral } from './numerals';

/** Regulation blocks: chapter (第X章), article (第X条, counting on across chapters), clause (（一）, per article). */
export const STRUCTURE_TYPES = ['chapter', 'article', 'clause'] as const;
export type StructureType = (typeof STRUCTURE_TYPES)[number];

export type Language = 'zh-CN' | 'en';


export function structureLabel(type: StructureType, n: number, language: Language): string {
  if (language === 'en') return type === 'chapter' ? `Chapter ${n}` : type === 'article' ? `Article ${n}` : `(${n})`;
  const cn = chineseNumeral(n);
  return type === 'chapter' ? `第${cn}章` : type === 'article' ? `第${cn}条` : `（${cn}）`;
}

/**
 * Walks top-level blocks in order and returns the label of each structure block (undefined for others).
 * The editor, the Word export and the plain text all use this, so numbering is the same everywhere.
 */
export function structureLabels(blockTypes: readonly string[], language: Language): (string | undefined)[] {
  let chapter = 0;
  let article = 0;
  let clause = 0;
  return blockTypes.map((type) => {
    if (type === 'chapter') return structureLabel('chapter', ++chapter, language);
    if (type === 'article') {
      clause = 0;
      return structureLabel('article', ++article, language);
    }
    if (type === 'clause') return structureLabel('clause', ++clause, language);
    return undefined;
  });
}

/** Recognises typed numbering such as "第三章 服务质量目标" or "第十二条\u3000…" (Word import, paste). */
export function parseStructurePrefix(text: string): { type: StructureType; rest: string } | null {
  const m = /^\s*第\s*([一二三四五六七八九十百千零〇两\d]+)\s*([章条])[\s\u3000]*/.exec(text);
  if (m) return { type: m[2] === '章' ? 'chapter' : 'article', rest: text.slice(m[0].length) };
  const c = /^\s*[（(]\s*[一二三四五六七八九十]+\s*[）)][\s\u3000]*/.exec(text);
  if (c) return { type: 'clause', rest: text.slice(c[0].length) };
  const en = /^\s*(Chapter|Article)\s+\d+[.:]?\s+/i.exec(text);
  if (en) return { type: en[1]!.toLowerCase() === 'chapter' ? 'chapter' : 'article', rest: text.slice(en[0].length) };
  return null;
}
