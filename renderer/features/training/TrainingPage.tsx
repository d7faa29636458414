import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { formatDate } from '../../i18n/format';
import { useSignedIn } from '../auth/session-context';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { base64ToBlob, download } from '../word/files';
import { CompetenceMatrix } from './CompetenceMatrix';
import { SessionsPanel } from './SessionsPanel';
import { TopicsPanel } from './TopicsPanel';
import { RecordTrainingDrawer } from './RecordTrainingDrawer';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const GAP_COLORS = { never: 'red', superseded: 'orange', expired: 'volcano', ok: 'green' } as const;

/** 培训与能力: one's own records and gaps, the competence matrix by unit, the records, the topics. */
export function TrainingPage({ personId }: { personId?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSignedIn();
  const seeAll = can('training.sessions', user.role);
  const me = useApi('training.person', {});
  const headOf = me.data?.headOf ?? [];
  const [recording, setRecording] = useState(false);

  async function exportXlsx() {
    try {
      const file = await call('training.exportXlsx', {});
      download(base64ToBlob(file.base64, XLSX_TYPE), file.fileName);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  const items = [
    { key: 'mine', label: t('training.tabs.mine'), children: <PersonTraining personId={personId} /> },
    ...(seeAll || headOf.length ? [{ key: 'matrix', label: t('training.tabs.matrix'), children: <CompetenceMatrix units={seeAll ? undefined : headOf} /> }] : []),
    ...(seeAll
      ? [
          { key: 'sessions', label: t('training.tabs.sessions'), children: <SessionsPanel /> },
          { key: 'topics', label: t('training.tabs.topics'), children: <TopicsPanel /> },
        ]
      : []),
  ];
  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('training.title')}
        extra={
          <Space>
            {!seeAll && headOf.length > 0 && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="training-record-head">
                {t('training.record')}
              </Button>
            )}
            {can('training.exportXlsx', user.role) && (
              <Button icon={<DownloadOutlined />} onClick={exportXlsx} data-testid="training-export">
                {t('training.export')}
              </Button>
            )}
          </Space>
        }
      />
      <Tabs defaultActiveKey={personId || !seeAll ? 'mine' : 'matrix'} items={items} data-testid="training-tabs" />
      {recording && <RecordTrainingDrawer onClose={() => setRecording(false)} onSaved={() => setRecording(false)} />}
    </Flex>
  );
}

function PersonTraining({ personId }: { personId?: string }) {
  const { t } = useTranslation();
  const person = useApi('training.person', personId ? { personId } : {});
  const d = person.data;
  return (
    <Flex vertical gap={16}>
      {person.error && <LoadError error={person.error} onRetry={person.reload} />}
      {d?.name && <Typography.Title level={5} style={{ margin: 0 }}>{d.name}</Typography.Title>}
      <Card size="small" title={t('training.gaps')} data-testid="training-gaps">
        {d && d.gaps.filter((g) => g.status !== 'ok').length === 0 ? (
          <Typography.Text type="secondary">{t('training.noGaps')}</Typography.Text>
        ) : (
          <Space wrap>
            {d?.gaps
              .filter((g) => g.status !== 'ok')
              .map((g) => (
                <Tag key={g.topicId} color={GAP_COLORS[g.status]}>
                  {g.title}：{t(`training.status.${g.status}`)}
                  {g.expiresOn ? ` (${formatDate(g.expiresOn)})` : ''}
                </Tag>
              ))}
          </Space>
        )}
      </Card>
      <Card size="small" title={t('training.records')}>
        <Table
          size="small"
          rowKey="sessionId"
          dataSource={d?.records ?? []}
          loading={person.loading}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.noRecords')} /> }}
          columns={[
            { key: 'heldOn', title: t('training.cols.heldOn'), width: 120, render: (_, r) => formatDate(r.heldOn) },
            { key: 'topic', title: t('training.cols.topic'), render: (_, r) => r.topicTitle + (r.revisionLabel ? `（${r.revisionLabel}）` : '') },
            { key: 'trainer', title: t('training.cols.trainer'), width: 100, dataIndex: 'trainer' },
            { key: 'hours', title: t('training.cols.hours'), width: 70, dataIndex: 'hours' },
            { key: 'result', title: t('training.cols.result'), width: 90, render: (_, r) => <Tag color={r.result === 'failed' ? 'red' : 'green'}>{t(`training.results.${r.result}`)}</Tag> },
          ]}
        />
      </Card>
    </Flex>
  );
}
