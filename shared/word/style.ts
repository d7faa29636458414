import type { Language } from '../editor/structure';

export type WordStyle = 'standard' | 'official';
/**
 * Which Chinese fonts the official style names: those a standard Windows PC has (仿宋, 宋体, 黑体), or the
 * government typefaces 仿宋_GB2312 and 方正小标宋简体, which must be installed separately.
 */
export const WORD_FONT_CHOICES = ['installed', 'gb2312'] as const;
export type WordFontChoice = (typeof WORD_FONT_CHOICES)[number];

export interface FontSet {
  latin: string;
  body: string;
  heading: string;
  /** GB/T 9704 sets the second level in 楷体 and the third in the body font, bold; others use `heading` throughout. */
  levelFonts?: [string, string, string];
  title: string;
  /** Whether the title font needs bold to read as a title (宋体 does, 小标宋 and 黑体 do not). */
  titleBold: boolean;
  /** Sizes in half-points, as Word stores them. */
  bodySize: number;
  titleSize: number;
  tableSize: number;
  headingSizes: [number, number, number];
}

/**
 * Standard: body 宋体 小四, headings 黑体, Latin Times New Roman.
 * Official (GB/T 9704): body 三号 仿宋 (or 仿宋_GB2312), title 二号 宋体 bold (or 方正小标宋简体), headings 黑体 三号,
 * tables 四号. English documents use Latin fonts throughout and have no official style.
 */
export function fontsFor(language: Language, style: WordStyle, choice: WordFontChoice = 'installed'): FontSet {
  if (language === 'en')
    return { latin: 'Times New Roman', body: 'Times New Roman', heading: 'Arial', title: 'Arial', titleBold: true, bodySize: 24, titleSize: 36, tableSize: 21, headingSizes: [32, 28, 26] };
  if (style === 'official')
    return choice === 'gb2312'
      ? { latin: 'Times New Roman', body: '仿宋_GB2312', heading: '黑体', levelFonts: ['黑体', '楷体_GB2312', '仿宋_GB2312'], title: '方正小标宋简体', titleBold: false, bodySize: 32, titleSize: 44, tableSize: 28, headingSizes: [32, 32, 32] }
      : { latin: 'Times New Roman', body: '仿宋', heading: '黑体', levelFonts: ['黑体', '楷体', '仿宋'], title: '宋体', titleBold: true, bodySize: 32, titleSize: 44, tableSize: 28, headingSizes: [32, 32, 32] };
  return { latin: 'Times New Roman', body: '宋体', heading: '黑体', title: '黑体', titleBold: false, bodySize: 24, titleSize: 44, tableSize: 21, headingSizes: [32, 30, 28] };
}

/** Whether a language has the official style at all (GB/T 9704 is a Chinese standard). */
export const hasOfficialStyle = (language: Language) => language === 'zh-CN';

/** Every slot set, so Word and WPS never fall back to a default font for Chinese text. */
export const fontSlots = (latin: string, eastAsia: string) => ({ ascii: latin, hAnsi: latin, cs: latin, eastAsia });

const STATUS = {
  'zh-CN': { draft: '草稿', in_review: '审核中', approved: '已批准', effective: '现行有效', superseded: '已替代', obsolete: '已作废' },
  en: { draft: 'Draft', in_review: 'In review', approved: 'Approved', effective: 'Effective', superseded: 'Superseded', obsolete: 'Obsolete' },
} as const;

/** A revision status in the document's own language, for its properties and cover. */
export const statusLabel = (language: Language, status: string) => (STATUS[language] as Record<string, string>)[status] ?? status;

export function captions(language: Language) {
  return language === 'en'
    ? {
        contents: 'Contents',
        page: (current: string, total: string) => [`Page `, current, ` of `, total],
        revision: 'Revision',
        draft: 'DRAFT',
      }
    : {
        contents: '目\u3000录',
        page: (current: string, total: string) => ['第 ', current, ' 页 共 ', total, ' 页'],
        revision: '版本',
        draft: '草稿',
      };
}
