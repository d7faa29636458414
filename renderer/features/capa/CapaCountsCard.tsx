import { Card, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { href } from '../shell/router';

/** The home page's glance at corrective actions: open, overdue (linked to the overdue view), overdue actions, reopened. */
export function CapaCountsCard() {
  const { t } = useTranslation();
  const counts = useApi('capa.counts', {});
  const c = counts.data;
  const red = (n: number | undefined) => (n ? { content: { color: '#cf1322' } } : undefined);
  return (
    <Card size="small" title={t('capa.homeTitle')} extra={<a href={href('/capa')}>{t('capa.title')}</a>} data-testid="capa-counts">
      <Flex gap={32} wrap>
        <Statistic title={t('capa.counts.open')} value={c?.open ?? 0} />
        <a href={href('/capa?overdue=1')} data-testid="capa-counts-overdue">
          <Statistic title={t('capa.counts.overdue')} value={c?.overdue ?? 0} styles={red(c?.overdue)} />
        </a>
        <Statistic title={t('capa.counts.overdueActions')} value={c?.overdueActions ?? 0} styles={red(c?.overdueActions)} />
        <Statistic title={t('capa.counts.ineffective')} value={c?.ineffective ?? 0} styles={red(c?.ineffective)} />
      </Flex>
    </Card>
  );
}
