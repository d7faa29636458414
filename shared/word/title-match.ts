import type { Locale } from '../api/envelope';

/**
 * Word import and documents of the same title: `ask` (the app) answers CONFLICT word.titleExists with the
 * existing document in `details`, so the person can add the file as its next revision; `new` (the default,
 * for scripts) creates a second document.
 */
export const TITLE_MATCH_CHOICES = ['ask', 'new'] as const;

export interface TitleMatch {
  documentId: string;
  number: string;
  title: string;
}

export const titleMatchMessages = {
  'word.titleExists': {
    'zh-CN': '已有同名文件 {number}《{title}》。',
    en: 'A document with this title already exists: {number} "{title}".',
  },
} satisfies Record<string, Record<Locale, string>>;

export function isTitleMatch(details: unknown): details is TitleMatch {
  const d = details as Partial<TitleMatch> | null;
  return !!d && typeof d.documentId === 'string' && typeof d.number === 'string' && typeof d.title === 'string';
}
