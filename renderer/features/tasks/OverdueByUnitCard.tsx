import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { LoadError } from '../shell/LoadError';

/** For quality managers: the organisation's open and overdue tasks by owning unit, most overdue first. */
export function OverdueByUnitCard() {
  const { t } = useTranslation();
  const totals = useApi('tasks.overdueByUnit', {});
  return (
    <Card title={t('tasks.byUnit.title')} size="small" data-testid="overdue-by-unit">
      {totals.error && <LoadError error={totals.error} onRetry={totals.reload} />}
      <Table
        size="small"
        pagination={false}
        loading={totals.loading}
        rowKey={(r) => r.unitId ?? ''}
        dataSource={totals.data ?? []}
        locale={{ emptyText: t('tasks.byUnit.empty') }}
        columns={[
          { title: t('tasks.byUnit.unit'), render: (_, r) => r.unitName ?? t('tasks.byUnit.none') },
          { title: t('tasks.byUnit.open'), dataIndex: 'open', align: 'right' },
          {
            title: t('tasks.byUnit.overdue'),
            dataIndex: 'overdue',
            align: 'right',
            render: (n: number) => <Typography.Text type={n > 0 ? 'danger' : undefined}>{n}</Typography.Text>,
          },
        ]}
      />
    </Card>
  );
}
