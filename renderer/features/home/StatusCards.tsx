import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/api/contract';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../../shared/documents/types';
import { formatNumber } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { navigate } from '../shell/router';

const COLORS: Record<DocumentStatus, string> = { draft: '#595959', effective: '#389e0d', obsolete: '#cf1322' };

/**
 * Document counts by status (each opens the register filtered to it), and the revisions in review
 * (审核中, awaiting signatures) and approved but not yet in force (待生效).
 */
export function StatusCards({ summary }: { summary: Output<'documents.summary'> | undefined }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const cards = [
    { key: 'total', title: t('home.total'), value: summary?.total, color: '#1d5fbf', path: '/documents' as string | null },
    ...DOCUMENT_STATUSES.map((s) => ({
      key: s,
      title: labels.status(s),
      value: summary?.byStatus[s],
      color: COLORS[s],
      path: `/documents?status=${s}` as string | null,
    })),
    { key: 'inReview', title: t('approval.cards.inReview'), value: summary?.inReview, color: '#d48806', path: null },
    { key: 'pending', title: t('approval.cards.pending'), value: summary?.pending, color: '#d4b106', path: null },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.key} flex="1 1 160px">
          <Card hoverable={!!card.path} size="small" onClick={() => card.path && navigate(card.path)} data-testid={`stat-${card.key}`}>
            {card.value === undefined ? (
              <Skeleton active paragraph={false} />
            ) : (
              <Statistic
                title={card.title}
                value={card.value}
                formatter={(v) => formatNumber(Number(v))}
                styles={{ content: { color: card.color } }}
              />
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
