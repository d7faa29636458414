import dayjs from 'dayjs';
import { Card, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QmsDocument } from '../../../shared/documents/contract';
import { daysUntil, formatDate } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { documentPath, href, navigate } from '../shell/router';

export const REVIEW_WINDOW_DAYS = 30;

/** The summary lists the first ten; the register shows them all. */
const allDuePath = () =>
  `/documents?due=${dayjs().add(REVIEW_WINDOW_DAYS, 'day').format('YYYY-MM-DD')}&sort=nextReviewDate&dir=asc`;

function DueTag({ date }: { date: string }) {
  const { t } = useTranslation();
  const days = daysUntil(date);
  if (days < 0) return <Tag color="red">{t('home.overdue', { count: -days })}</Tag>;
  if (days === 0) return <Tag color="orange">{t('home.dueToday')}</Tag>;
  return <Tag color={days <= 7 ? 'orange' : 'gold'}>{t('home.dueIn', { count: days })}</Tag>;
}

/** Overdue reviews first (the oldest at the top), then those due within the window, soonest first. */
export function overdueFirst(docs: QmsDocument[]): QmsDocument[] {
  return [...docs].sort((a, b) => (a.nextReviewDate ?? '').localeCompare(b.nextReviewDate ?? ''));
}

/** Documents whose periodic review is overdue or falls within the window: 到期及逾期复审. */
export function ReviewDueCard({ docs, total, loading }: { docs: QmsDocument[]; total: number; loading: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <Card
      title={
        <span data-testid="review-due-title">
          {t('office.home.reviewDueTitle')}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12, marginInlineStart: 8 }}>
            {t('office.home.reviewDueHint', { days: REVIEW_WINDOW_DAYS })}
          </Typography.Text>
        </span>
      }
      size="small"
      data-testid="review-due"
      extra={<a href={href(allDuePath())}>{total > docs.length ? t('home.viewAllCount', { count: total }) : t('home.viewAll')}</a>}
    >
      <Table<QmsDocument>
        rowKey="id"
        size="small"
        className="clickable-rows"
        loading={loading}
        pagination={false}
        dataSource={overdueFirst(docs)}
        onRow={(doc) => ({ onClick: () => navigate(documentPath(doc.id)) })}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.reviewDueEmpty')} /> }}
        columns={[
          {
            key: 'number',
            title: t('documents.fields.number'),
            dataIndex: 'number',
            width: 150,
            render: (n: string, doc) => (
              <a href={href(documentPath(doc.id))} className="mono" onClick={(e) => e.stopPropagation()}>
                {n}
              </a>
            ),
          },
          { key: 'title', title: t('documents.fields.title'), dataIndex: 'title', ellipsis: true },
          { key: 'type', title: t('documents.fields.type'), dataIndex: 'type', width: 110, render: labels.type },
          { key: 'owner', title: t('documents.fields.owner'), dataIndex: 'ownerName', width: 100, render: (o: string | null) => o ?? '—' },
          {
            key: 'due',
            title: t('documents.fields.nextReviewDate'),
            dataIndex: 'nextReviewDate',
            width: 240,
            render: (date: string) => (
              <Typography.Text>
                {formatDate(date)} <DueTag date={date} />
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}
