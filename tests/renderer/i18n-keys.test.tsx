import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';

function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as object, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const zh = flatten(zhCN);
  const english = flatten(en);

  it('have exactly the same keys in Chinese and English', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('fill the same placeholders in both languages', () => {
    for (const [key, text] of zh) expect({ key, vars: placeholders(english.get(key) ?? '') }).toEqual({ key, vars: placeholders(text) });
  });

  it('leave no text empty', () => {
    for (const [key, text] of [...zh, ...english]) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });
});
