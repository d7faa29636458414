import { Card, Empty, List, Progress, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { LoadError } from '../shell/LoadError';
import { href } from '../shell/router';

/** The home page's 制度阅知情况: regulations in force with readers outstanding, overdue first. */
export function ReadingOverviewCard() {
  const { t } = useTranslation();
  const overview = useApi('reading.overview', {});
  const d = overview.data;
  const open = (d?.revisions ?? []).filter((r) => r.confirmed < r.total);
  return (
    <Card
      size="small"
      title={t('reading.home.title')}
      data-testid="reading-overview"
      extra={d && d.totals.overdue > 0 && <Tag color="red" data-testid="reading-overdue-total">{t('reading.home.overdue', { count: d.totals.overdue })}</Tag>}
    >
      {overview.error && <LoadError error={overview.error} onRetry={overview.reload} />}
      <List
        size="small"
        loading={overview.loading}
        dataSource={open.slice(0, 8)}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reading.home.empty')} /> }}
        renderItem={(r) => (
          <List.Item key={r.revisionId} data-testid="reading-overview-item">
            <a href={href(`/reading/${encodeURIComponent(r.revisionId)}`)} style={{ flex: 1 }}>
              {r.number} {r.title}（{r.label}）
            </a>
            <span style={{ width: 160, marginInline: 12 }}>
              <Progress percent={Math.round((100 * r.confirmed) / Math.max(r.total, 1))} size="small" format={() => t('reading.home.progress', { confirmed: r.confirmed, total: r.total })} />
            </span>
            {r.overdue > 0 && <Tag color="red">{t('reading.home.overdue', { count: r.overdue })}</Tag>}
          </List.Item>
        )}
      />
    </Card>
  );
}
