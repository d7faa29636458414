import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus, DocumentType } from '../../../shared/documents/types';
import { useApi } from '../../api/useApi';
import { formatDate } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import type { FieldDescriber } from '../audit/HistoryPanel';

/** Field names and values of a document as its history shows them. */
export function useDocumentDescriber(): FieldDescriber {
  const { t } = useTranslation();
  const labels = useLabels();
  const people = useApi('users.directory', {});
  const personName = (id: unknown) => people.data?.find((p) => p.id === id)?.displayName ?? String(id);
  const names: Record<string, string> = {
    number: t('documents.fields.number'),
    title: t('documents.fields.title'),
    type: t('documents.fields.type'),
    status: t('documents.fields.status'),
    departmentName: t('documents.fields.department'),
    ownerName: t('documents.fields.owner'),
    versionLabel: t('documents.fields.versionLabel'),
    effectiveDate: t('documents.fields.effectiveDate'),
    nextReviewDate: t('documents.fields.nextReviewDate'),
    tags: t('documents.fields.tags'),
    obsoleteReason: t('documents.fields.obsoleteReason'),
    reviewIntervalMonths: t('documents.fields.reviewIntervalMonths'),
    language: t('documents.fields.language'),
    approverIds: t('documents.fields.approvers'),
  };
  return {
    label: (field) => names[field] ?? field,
    value: (field, value) => {
      if (field === 'type') return labels.type(value as DocumentType);
      if (field === 'status') return labels.status(value as DocumentStatus);
      if (field === 'effectiveDate' || field === 'nextReviewDate') return formatDate(String(value));
      if (field === 'tags' && Array.isArray(value)) return value.map((tag) => <Tag key={String(tag)}>{String(tag)}</Tag>);
      if (field === 'approverIds' && Array.isArray(value)) return value.map(personName).join(t('common.listSeparator'));
      if (field === 'reviewIntervalMonths') return t('docControl.everyMonths', { count: Number(value) });
      if (field === 'language' && (value === 'zh-CN' || value === 'en')) return t(`docControl.languages.${value}`);
      return String(value);
    },
  };
}
