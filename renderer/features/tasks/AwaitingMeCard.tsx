import { Card, Empty, List, Select, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_KIND_COLORS, TASK_KINDS, type Task } from '../../../shared/tasks/contract';
import { useApi } from '../../api/useApi';
import { formatDate } from '../../i18n/format';
import { LoadError } from '../shell/LoadError';
import { href } from '../shell/router';

const PAGE_SIZE = 10;

/** 我的待办: the signed-in person's stored task inbox (待我审批, 待我修改, and what later modules add), filtered and paged, each linking to its record. */
export function AwaitingMeCard() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Task['kind'] | 'all'>('all');
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(1);
  const tasks = useApi('tasks.mine', { ...(kind === 'all' ? {} : { kind }), ...(overdue ? { overdue } : {}), page, pageSize: PAGE_SIZE });
  const line = (task: Task) =>
    t(`tasks.lines.${task.kind}`, {
      meaning: task.meaning ? t(`revisions.meaning.${task.meaning}`) : '',
      number: task.ref,
      title: task.title,
      label: task.label,
      detail: task.detail ?? '',
    });
  const filters = (
    <Space size="middle">
      <Select
        size="small"
        value={kind}
        data-testid="tasks-kind"
        style={{ minWidth: 150 }}
        popupMatchSelectWidth={false}
        options={[{ value: 'all', label: t('tasks.all') }, ...TASK_KINDS.map((k) => ({ value: k, label: t(`tasks.kinds.${k}`) }))]}
        onChange={(v) => {
          setKind(v);
          setPage(1);
        }}
      />
      <Space size={4}>
        <Switch
          size="small"
          checked={overdue}
          data-testid="tasks-overdue"
          onChange={(v) => {
            setOverdue(v);
            setPage(1);
          }}
        />
        <Typography.Text>{t('tasks.overdueOnly')}</Typography.Text>
      </Space>
    </Space>
  );
  return (
    <Card title={t('approval.inbox.title')} extra={filters} size="small" data-testid="awaiting-me">
      {tasks.error && <LoadError error={tasks.error} onRetry={tasks.reload} />}
      <List<Task>
        size="small"
        loading={tasks.loading}
        dataSource={tasks.data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('approval.inbox.empty')} /> }}
        pagination={
          (tasks.data?.total ?? 0) > PAGE_SIZE && {
            current: page,
            pageSize: PAGE_SIZE,
            total: tasks.data?.total,
            size: 'small',
            showTotal: (count) => t('tasks.total', { count }),
            onChange: setPage,
          }
        }
        renderItem={(task) => (
          <List.Item key={task.id} data-testid={`task-${task.kind}`}>
            <Tag color={TASK_KIND_COLORS[task.kind]}>{t(`tasks.kinds.${task.kind}`)}</Tag>
            <a href={href(task.link)} style={{ flex: 1 }}>
              {line(task)}
            </a>
            {task.comment && (
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360, marginInline: 8 }}>
                “{task.comment}”
              </Typography.Text>
            )}
            {task.from && <Typography.Text type="secondary" style={{ marginInline: 8 }}>{t('tasks.from', { name: task.from })}</Typography.Text>}
            {task.overdue ? (
              <Tag color="red" data-testid="task-overdue">
                {t('tasks.overdue')}
              </Tag>
            ) : (
              task.dueAt && <Typography.Text type="secondary" style={{ marginInline: 8 }}>{t('tasks.due', { date: formatDate(task.dueAt) })}</Typography.Text>
            )}
            <Typography.Text type="secondary">{t('approval.inbox.since', { date: formatDate(task.since) })}</Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
