import type { Language } from '../editor/structure';

export type WordStyle = 'standard' | 'official';

interface FontSet {
  latin: string;
  body: string;
  heading: string;
  title: string;
  /** Sizes in half-points, as Word stores them. */
  bodySize: number;
  titleSize: number;
  headingSizes: [number, number, number];
}

/**
 * Standard: body 宋体 小四, headings 黑体, Latin Times New Roman.
 * Official (close to GB/T 9704): title 方正小标宋简体 二号, body 仿宋_GB2312 三号, headings 黑体.
 * English documents use Latin fonts throughout.
 */
export function fontsFor(language: Language, style: WordStyle): FontSet {
  if (language === 'en')
    return { latin: 'Times New Roman', body: 'Times New Roman', heading: 'Arial', title: 'Arial', bodySize: 24, titleSize: 36, headingSizes: [32, 28, 26] };
  if (style === 'official')
    return { latin: 'Times New Roman', body: '仿宋_GB2312', heading: '黑体', title: '方正小标宋简体', bodySize: 32, titleSize: 44, headingSizes: [32, 32, 32] };
  return { latin: 'Times New Roman', body: '宋体', heading: '黑体', title: '黑体', bodySize: 24, titleSize: 44, headingSizes: [32, 30, 28] };
}

/** Every slot set, so Word and WPS never fall back to a default font for Chinese text. */
export const fontSlots = (latin: string, eastAsia: string) => ({ ascii: latin, hAnsi: latin, cs: latin, eastAsia });

export function captions(language: Language) {
  return language === 'en'
    ? { contents: 'Contents', page: (current: string, total: string) => [`Page `, current, ` of `, total], revision: 'Revision' }
    : { contents: '目\u3000录', page: (current: string, total: string) => ['第 ', current, ' 页 共 ', total, ' 页'], revision: '版本' };
}
