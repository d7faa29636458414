import { pinyin } from 'pinyin-pro';

/**
 * A key that sorts Chinese text the way a Chinese reader expects, by pinyin (then tone), not by code
 * point: 不 bu4, 内 nei4, 员 yuan2, 外 wai4. Latin letters and digits keep their place, lower-cased.
 * SQLite here has no ICU collation, so the key is stored beside the text and kept up to date on every write.
 * A change to this function needs a migration that recomputes the stored keys.
 */
export function sortKey(text: string): string {
  const syllables = pinyin(text.normalize('NFKC'), { toneType: 'num', type: 'array', nonZh: 'consecutive', toneSandhi: false, v: true });
  return syllables
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .join(' ');
}
