import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { formatDate } from '../../i18n/format';
import { LoadError } from '../shell/LoadError';
import { RecordTrainingDrawer } from './RecordTrainingDrawer';

/** Training records, newest first; one session lists all its attendees. */
export function SessionsPanel() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const sessions = useApi('training.sessions', { page, pageSize: 20 });
  const [recording, setRecording] = useState(false);
  return (
    <Flex vertical gap={12}>
      <Flex justify="end">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="training-record">
          {t('training.record')}
        </Button>
      </Flex>
      {sessions.error && <LoadError error={sessions.error} onRetry={sessions.reload} />}
      <Table
        size="small"
        rowKey="id"
        loading={sessions.loading}
        dataSource={sessions.data?.items ?? []}
        data-testid="training-sessions"
        pagination={{ current: page, pageSize: 20, total: sessions.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        columns={[
          { key: 'heldOn', title: t('training.cols.heldOn'), width: 140, render: (_, s) => formatDate(s.heldOn) },
          { key: 'topic', title: t('training.cols.topic'), render: (_, s) => s.topicTitle + (s.revisionLabel ? `（${s.revisionLabel}）` : '') },
          { key: 'trainer', title: t('training.cols.trainer'), width: 90, dataIndex: 'trainer' },
          { key: 'hours', title: t('training.cols.hours'), width: 60, dataIndex: 'hours' },
          { key: 'method', title: t('training.cols.method'), width: 100, render: (_, s) => t(`training.methods.${s.method}`) },
          {
            key: 'attendees',
            title: t('training.cols.attendees'),
            render: (_, s) => (
              <span>
                {s.attendees.slice(0, 8).map((a) => (
                  <Tag key={a.personId} color={a.result === 'failed' ? 'red' : undefined}>{a.name}</Tag>
                ))}
                {s.attendees.length > 8 && <Tag>+{s.attendees.length - 8}</Tag>}
              </span>
            ),
          },
        ]}
      />
      {recording && (
        <RecordTrainingDrawer
          onClose={() => setRecording(false)}
          onSaved={() => {
            setRecording(false);
            sessions.reload();
          }}
        />
      )}
    </Flex>
  );
}
