import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { formatDate, todayIso } from '../../i18n/format';
import { useSignedIn } from '../auth/session-context';
import { DocumentFormDrawer } from '../documents/DocumentFormDrawer';
import { LoadError } from '../shell/LoadError';
import { AwaitingMeCard } from '../tasks/AwaitingMeCard';
import { ReadingOverviewCard } from '../reading/ReadingOverviewCard';
import { OverdueByUnitCard } from '../tasks/OverdueByUnitCard';
import { PageHeader } from '../shell/PageHeader';
import { documentPath, navigate } from '../shell/router';
import { REVIEW_WINDOW_DAYS, ReviewDueCard } from './ReviewDueCard';
import { StatusCards } from './StatusCards';
import { CapaCountsCard } from '../capa/CapaCountsCard';

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const today = useMemo(() => todayIso(), []);
  const summary = useApi('documents.summary', { today, withinDays: REVIEW_WINDOW_DAYS });
  const [creating, setCreating] = useState(false);
  const mayCreate = can('documents.create', user.role);

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('home.greeting', { name: user.displayName })}
        sub={<Typography.Text type="secondary">{formatDate(today)}</Typography.Text>}
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="home-new-document">
              {t('documents.new')}
            </Button>
          )
        }
      />
      {summary.error && <LoadError error={summary.error} onRetry={summary.reload} />}
      <AwaitingMeCard />
      {can('tasks.overdueByUnit', user.role) && <OverdueByUnitCard />}
      {can('capa.counts', user.role) && <CapaCountsCard />}
      {can('reading.overview', user.role) && <ReadingOverviewCard />}
      <StatusCards summary={summary.data} />
      <ReviewDueCard docs={summary.data?.reviewDue ?? []} total={summary.data?.reviewDueTotal ?? 0} loading={summary.loading} />
      {creating && (
        <DocumentFormDrawer
          onClose={() => setCreating(false)}
          onSaved={(doc) => {
            setCreating(false);
            navigate(documentPath(doc.id));
          }}
        />
      )}
    </Flex>
  );
}
