import { useTranslation } from 'react-i18next';
import { isTemplateId, TEMPLATE_TITLES } from '../../../shared/templates/catalog';
import type { RouteStep } from '../../../shared/routes/contract';
import { SIGNATURE_MEANINGS, type SignatureMeaning } from '../../../shared/signatures/contract';
import { formatDate } from '../../i18n/format';
import type { FieldDescriber } from '../audit/HistoryPanel';
import { shortHash } from './SignatureList';

const HIDDEN = new Set(['documentId', 'signatureId', 'signatureIds']);

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
    round: t('approval.history.round'),
    step: t('approval.history.step'),
    route: t('approval.history.route'),
    reason: t('approval.history.reason'),
    attachmentId: t('approval.history.attachmentId'),
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
      if (field === 'meaning' && typeof value === 'string' && (SIGNATURE_MEANINGS as readonly string[]).includes(value))
        return t(`revisions.meaning.${value as SignatureMeaning}`);
      if (field === 'route' && Array.isArray(value))
        return (value as RouteStep[]).map((s) => t(`revisions.meaning.${s.meaning}`)).join(' → ');
      if (field === 'reason' && (value === 'returned' || value === 'withdrawn' || value === 'discarded')) return t(`approval.signatures.voided.${value}`);
      if (field === 'attachmentId') return value ? text.slice(-8) : t('approval.history.none');
      if (field === 'from') return source(text);
      // Stored as 0 for the author's signature at submission and 1… for the route's steps.
      if (field === 'step') {
        if (typeof value !== 'number') return t('approval.history.none');
        return value === 0 ? t('approval.history.stepAuthor') : t('approval.history.stepNo', { n: value });
      }
      return text;
    },
  };
}
