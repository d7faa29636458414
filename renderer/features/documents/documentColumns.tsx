import { Typography, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { QmsDocument } from '../../../shared/documents/contract';
import { daysUntil, formatDate, formatDateShort } from '../../i18n/format';
import type { useLabels } from '../../i18n/labels';
import { documentPath, href } from '../shell/router';
import type { DocumentSort, ListState } from './listState';
import { StatusTag } from './StatusTag';

const sortOrder = (state: ListState, key: DocumentSort) =>
  state.sort === key ? (state.dir === 'asc' ? ('ascend' as const) : ('descend' as const)) : null;

export function ReviewDate({ date, status, short }: { date: string | null; status: QmsDocument['status']; short?: boolean }) {
  if (!date) return <Typography.Text type="secondary">—</Typography.Text>;
  const days = status === 'obsolete' ? Infinity : daysUntil(date);
  const type = days < 0 ? 'danger' : days <= 30 ? 'warning' : undefined;
  return <Typography.Text type={type}>{short ? formatDateShort(date) : formatDate(date)}</Typography.Text>;
}

/** Dates in the short form (2026年9月30日 / Sep 30, 2026), never wrapped. */
const dateColumn = () => ({ width: 140, onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) });

export function documentColumns(t: TFunction, labels: ReturnType<typeof useLabels>, state: ListState): TableColumnsType<QmsDocument> {
  const sortable = (key: DocumentSort) => ({ key, sorter: true, sortOrder: sortOrder(state, key) });
  return [
    {
      ...sortable('number'),
      title: t('documents.fields.number'),
      dataIndex: 'number',
      width: 150,
      render: (number: string, doc) => (
        <a href={href(documentPath(doc.id))} className="mono" onClick={(e) => e.stopPropagation()}>
          {number}
        </a>
      ),
    },
    {
      ...sortable('title'),
      title: t('documents.fields.title'),
      dataIndex: 'title',
      ellipsis: true,
    },
    { ...sortable('type'), title: t('documents.fields.type'), dataIndex: 'type', width: 120, render: labels.type },
    {
      ...sortable('status'),
      title: t('documents.fields.status'),
      dataIndex: 'status',
      width: 100,
      render: (status: QmsDocument['status'], doc: QmsDocument) => <StatusTag status={status} pending={doc.pending} />,
    },
    {
      key: 'department',
      title: t('documents.fields.department'),
      dataIndex: 'departmentName',
      width: 130,
      ellipsis: true,
      render: (name: string | null) => name ?? '—',
    },
    { key: 'owner', title: t('documents.fields.owner'), dataIndex: 'ownerName', width: 100, render: (name: string | null) => name ?? '—' },
    { key: 'versionLabel', title: t('documents.fields.versionLabel'), dataIndex: 'versionLabel', width: 80 },
    {
      ...sortable('effectiveDate'),
      title: t('documents.fields.effectiveDate'),
      dataIndex: 'effectiveDate',
      ...dateColumn(),
      render: (date: string | null) => formatDateShort(date),
    },
    {
      ...sortable('nextReviewDate'),
      title: t('documents.fields.nextReviewDate'),
      dataIndex: 'nextReviewDate',
      ...dateColumn(),
      render: (date: string | null, doc) => <ReviewDate date={date} status={doc.status} short />,
    },
  ];
}
