import { useTranslation } from 'react-i18next';
import { isTemplateId, TEMPLATE_TITLES } from '../../../shared/templates/catalog';
import { formatDate } from '../../i18n/format';
import type { FieldDescriber } from '../audit/HistoryPanel';
import { shortHash } from './SignatureList';

const HIDDEN = new Set(['documentId', 'signatureId']);

/** Field names and values of a revision's audit entries (start, save, submit, sign, reject, take effect). */
export function useRevisionDescriber(): FieldDescriber {
  const { t, i18n } = useTranslation();
  const lng = i18n.language === 'en' ? 'en' : 'zh-CN';
  const names: Record<string, string> = {
    contentHash: t('revisions.history.contentHash'),
    changeReason: t('revisions.fields.changeReason'),
    effectiveDate: t('revisions.fields.effectiveDate'),
    nextReviewDate: t('documents.fields.nextReviewDate'),
    comment: t('revisions.history.comment'),
    meaning: t('revisions.sign.meaning'),
    label: t('revisions.fields.label'),
    from: t('revisions.history.from'),
    supersededBy: t('revisions.history.supersededBy'),
  };
  const source = (from: string) => {
    if (from === 'effective' || from === 'empty') return t(`revisions.history.sources.${from}`);
    if (isTemplateId(from)) return TEMPLATE_TITLES[from][lng];
    return from.startsWith('word:') ? t('revisions.history.sources.word', { name: from.slice(5) }) : from;
  };
  return {
    label: (field) => names[field] ?? field,
    hidden: (field) => HIDDEN.has(field),
    value: (field, value) => {
      const text = String(value);
      if (field === 'contentHash') return shortHash(text);
      if (field === 'effectiveDate' || field === 'nextReviewDate') return formatDate(text);
      if (field === 'meaning' && (value === 'reviewed' || value === 'approved')) return t(`revisions.meaning.${value}`);
      if (field === 'from') return source(text);
      return text;
    },
  };
}
