import { Card, Empty, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../shared/tasks/contract';
import { useApi } from '../../api/useApi';
import { formatDate } from '../../i18n/format';
import { LoadError } from '../shell/LoadError';
import { href, revisionPath } from '../shell/router';

const KIND_COLORS: Record<Task['kind'], string> = { sign: 'blue', revise: 'orange' };

/** 我的待办: what awaits the signed-in person (待我审批, 待我修改), each linking to its record. */
export function AwaitingMeCard() {
  const { t } = useTranslation();
  const tasks = useApi('tasks.mine', {});
  const line = (task: Task) =>
    task.kind === 'sign'
      ? t('approval.inbox.signLine', { meaning: t(`revisions.meaning.${task.meaning ?? 'approved'}`), number: task.documentNumber, title: task.documentTitle, label: task.label })
      : t('approval.inbox.reviseLine', { number: task.documentNumber, title: task.documentTitle, label: task.label });
  return (
    <Card title={t('approval.inbox.title')} size="small" data-testid="awaiting-me">
      {tasks.error && <LoadError error={tasks.error} onRetry={tasks.reload} />}
      <List<Task>
        size="small"
        loading={tasks.loading}
        dataSource={tasks.data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('approval.inbox.empty')} /> }}
        renderItem={(task) => (
          <List.Item key={`${task.kind}-${task.entityId}`} data-testid={`task-${task.kind}`}>
            <Tag color={KIND_COLORS[task.kind]}>{t(`approval.inbox.kinds.${task.kind}`)}</Tag>
            <a href={href(revisionPath(task.documentId, task.entityId))} style={{ flex: 1 }}>
              {line(task)}
            </a>
            {task.comment && (
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360, marginInline: 8 }}>
                “{task.comment}”
              </Typography.Text>
            )}
            <Typography.Text type="secondary">{t('approval.inbox.since', { date: formatDate(task.since) })}</Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
