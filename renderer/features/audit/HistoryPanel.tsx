import { Card, Empty, Flex, Pagination, Spin, Timeline, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntity, AuditEntry } from '../../../shared/audit/contract';
import { useApi } from '../../api/useApi';
import { formatDateTime } from '../../i18n/format';
import { LoadError } from '../shell/LoadError';
import { changedFields, isEmptyValue } from './diff';

const PAGE_SIZE = 10;

/** How one kind of record names its fields and shows their values. */
export interface FieldDescriber {
  label: (field: string) => string;
  value: (field: string, value: unknown) => ReactNode;
  /** Bookkeeping of this kind of record that readers need not see (e.g. internal ids). */
  hidden?: (field: string) => boolean;
}

const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  markObsolete: 'red',
  delete: 'red',
  sign: 'green',
  takeEffect: 'green',
  reject: 'orange',
  discard: 'red',
};

/** Autosaves come every few seconds: consecutive ones by one person show as one line with a count. */
function collapseSaves(items: AuditEntry[]): { entry: AuditEntry; count: number }[] {
  const out: { entry: AuditEntry; count: number }[] = [];
  for (const entry of items) {
    const last = out.at(-1);
    if (last && entry.action === 'save' && last.entry.action === 'save' && last.entry.actorId === entry.actorId) last.count++;
    else out.push({ entry, count: 1 });
  }
  return out;
}

function Changes({ entry, describe }: { entry: AuditEntry; describe: FieldDescriber }) {
  const { t } = useTranslation();
  const shown = (field: string, value: unknown) => (isEmptyValue(value) ? t('common.empty') : describe.value(field, value));
  const changes = changedFields(entry.before, entry.after).filter((c) => !describe.hidden?.(c.field));
  const oneSided = (entry.before == null) !== (entry.after == null);
  if (entry.action === 'create' || entry.action === 'delete' || oneSided) {
    // A snapshot rather than a diff (a creation, a deletion, or an event such as a signature).
    const side = entry.action === 'delete' || entry.after == null ? 'before' : 'after';
    const filled = changes.filter((c) => !isEmptyValue(c[side])).slice(0, 4);
    return (
      <Typography.Text type="secondary">
        {filled.map((c, i) => (
          <span key={c.field}>
            {i > 0 && t('common.listSeparator')}
            {describe.label(c.field)}
            {t('common.colon')}
            {shown(c.field, c[side])}
          </span>
        ))}
      </Typography.Text>
    );
  }
  if (changes.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  return (
    <ul className="diff-list" style={{ margin: 0, paddingInlineStart: 18 }}>
      {changes.map((c) => (
        <li key={c.field}>
          <Typography.Text strong>{describe.label(c.field)}</Typography.Text>
          {t('common.colon')}
          <span className="diff-old">{shown(c.field, c.before)}</span>
          {' → '}
          <span className="diff-new">{shown(c.field, c.after)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Who changed a record, when, and what changed, newest first (audit.history). */
export function HistoryPanel({ entity, entityId, describe, title }: { entity: AuditEntity; entityId: string; describe: FieldDescriber; title?: ReactNode }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const history = useApi('audit.history', { entity, entityId, page, pageSize: PAGE_SIZE });
  const items = history.data?.items ?? [];
  const describeEntry = (entry: AuditEntry) =>
    t('audit.entry', { actor: entry.actorName ?? t('audit.system'), action: t(`audit.actions.${entry.action}`, { defaultValue: entry.action }) });
  const total = history.data?.total ?? 0;

  return (
    <Card title={title ?? t('audit.history')} size="small" data-testid="history-panel">
      {history.error && <LoadError error={history.error} onRetry={history.reload} />}
      <Spin spinning={history.loading}>
        {items.length === 0 && !history.loading ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} />
        ) : (
          <Timeline
            style={{ marginTop: 8 }}
            items={collapseSaves(items).map(({ entry, count }) => ({
              key: entry.id,
              color: ACTION_COLORS[entry.action] ?? 'gray',
              content: (
                <Flex vertical gap={2}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(entry.at)}
                  </Typography.Text>
                  <Typography.Text>
                    {count > 1 ? t('audit.times', { text: describeEntry(entry), count }) : describeEntry(entry)}
                  </Typography.Text>
                  <Changes entry={entry} describe={describe} />
                </Flex>
              ),
            }))}
          />
        )}
      </Spin>
      {total > PAGE_SIZE && (
        <Pagination size="small" align="end" current={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} showSizeChanger={false} />
      )}
    </Card>
  );
}
