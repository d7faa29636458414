import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QmsDocument } from '../../../shared/documents/contract';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { DocumentRoute } from '../routes/DocumentRoute';
import { ReviewDate } from './documentColumns';
import { StatusTag } from './StatusTag';

export function DocumentDescriptions({ doc }: { doc: QmsDocument }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const none = <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>;
  const items = [
    { key: 'number', label: t('documents.fields.number'), children: <span className="mono">{doc.number}</span> },
    { key: 'type', label: t('documents.fields.type'), children: labels.type(doc.type) },
    { key: 'title', label: t('documents.fields.title'), children: doc.title, span: 2 },
    { key: 'status', label: t('documents.fields.status'), children: <StatusTag status={doc.status} pending={doc.pending} /> },
    {
      key: 'versionLabel',
      label: t('documents.fields.versionLabel'),
      children: (
        <>
          {doc.versionLabel}
          {doc.controlled && (
            <Tag color="blue" style={{ marginInlineStart: 8 }}>
              {t('docControl.controlledTag')}
            </Tag>
          )}
        </>
      ),
    },
    { key: 'department', label: t('documents.fields.department'), children: doc.departmentName ?? none },
    { key: 'owner', label: t('documents.fields.owner'), children: doc.ownerName ?? none },
    { key: 'effectiveDate', label: t('documents.fields.effectiveDate'), children: doc.effectiveDate ? formatDate(doc.effectiveDate) : none },
    {
      key: 'nextReviewDate',
      label: t('documents.fields.nextReviewDate'),
      children: <ReviewDate date={doc.nextReviewDate} status={doc.status} />,
    },
    { key: 'reviewIntervalMonths', label: t('documents.fields.reviewIntervalMonths'), children: t('docControl.everyMonths', { count: doc.reviewIntervalMonths }) },
    { key: 'language', label: t('documents.fields.language'), children: t(`docControl.languages.${doc.language}`) },
    { key: 'route', label: t('approval.route.title'), span: 2, children: <DocumentRoute documentId={doc.id} approverIds={doc.approverIds} /> },
    {
      key: 'tags',
      label: t('documents.fields.tags'),
      span: 2,
      children: doc.tags.length ? doc.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : none,
    },
    ...(doc.obsoleteReason
      ? [{ key: 'obsoleteReason', label: t('documents.fields.obsoleteReason'), children: doc.obsoleteReason, span: 2 }]
      : []),
    { key: 'createdAt', label: t('documents.fields.createdAt'), children: formatDateTime(doc.createdAt) },
    { key: 'updatedAt', label: t('documents.fields.updatedAt'), children: formatDateTime(doc.updatedAt) },
  ];
  return (
    <Card size="small">
      {/* Labels never wrap: a long title (up to 200 characters) must take its room from the value column, not squeeze the labels. */}
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        bordered
        size="middle"
        items={items}
        styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
        data-testid="document-details"
      />
    </Card>
  );
}
