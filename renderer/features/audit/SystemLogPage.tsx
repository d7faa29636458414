import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Flex, Row, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { AUDIT_ENTITIES, type AuditEntity, type AuditEntry } from '../../../shared/audit/contract';
import type { LogFilter } from '../../../shared/audit/log';
import { isFingerprint } from '../../../shared/audit/personal';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { base64ToBlob, download } from '../word/files';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { navigate } from '../shell/router';
import { AuditVerifyCard } from './AuditVerifyCard';
import { changedFields } from './diff';
import type { FieldDescriber } from './HistoryPanel';
import { useDocumentDescriber } from '../documents/useDocumentDescriber';
import { useRevisionDescriber } from '../revisions/useRevisionDescriber';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PAGE_SIZE = 50;

/** Where a trail entry's record is shown in the app. */
function recordPath(e: AuditEntry): string | null {
  const side = (e.after ?? e.before) as { documentId?: unknown } | null;
  switch (e.entity as AuditEntity) {
    case 'document':
      return `/documents/${e.entityId}`;
    case 'revision':
      return typeof side?.documentId === 'string' ? `/documents/${side.documentId}/revisions/${e.entityId}` : null;
    case 'department':
      return '/departments';
    case 'user':
      return '/users';
    case 'settings':
      return '/settings';
  }
  return null;
}

function short(value: unknown, personal: string): string {
  if (isFingerprint(value)) return personal;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The fields of sign-in, lockout and unlock entries; other user fields keep their names. */
function accountDescriber(t: TFunction): FieldDescriber {
  const FIELDS = ['remember', 'purpose', 'failedAttempts', 'lockedUntil', 'minutes'] as const;
  const known = (f: string): f is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(f);
  return {
    label: (f) => (known(f) ? t(`security.log.fields.${f}`) : f),
    value: (f, v) => {
      if (typeof v === 'boolean') return t(v ? 'security.log.fields.yes' : 'security.log.fields.no');
      if (f === 'lockedUntil' && typeof v === 'string') return formatDateTime(v);
      if (f === 'purpose' && (v === 'signIn' || v === 'sign' || v === 'changePassword')) return t(`security.log.fields.purposes.${v}`);
      return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
    },
  };
}

/** 操作日志: every trail entry, filtered, with the record it concerns, an .xlsx export and the chain check. */
export function SystemLogPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<LogFilter>({});
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const list = useApi('audit.list', { ...filter, page, pageSize: PAGE_SIZE });
  // Documents and revisions name their fields and values as their own history does; other records say the field.
  const describers: Partial<Record<AuditEntity, FieldDescriber>> = {
    document: useDocumentDescriber(),
    revision: useRevisionDescriber(),
    user: accountDescriber(t),
  };
  const facets = useApi('audit.facets', {});

  const change = (next: Partial<LogFilter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setPage(1);
  };
  const setDates = (range: [Dayjs | null, Dayjs | null] | null) =>
    change({ from: range?.[0]?.startOf('day').toISOString(), to: range?.[1]?.add(1, 'day').startOf('day').toISOString() });
  const actionLabel = (a: string) => t(`audit.actions.${a}`, { defaultValue: a });

  async function exportXlsx() {
    setExporting(true);
    try {
      const file = await call('audit.export', filter);
      download(base64ToBlob(file.base64, XLSX_TYPE), file.fileName);
      message.success(t('security.log.exported', { count: file.rows }));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  }

  const columns: TableColumnsType<AuditEntry> = [
    { title: '#', dataIndex: 'seq', width: 72 },
    { title: t('security.log.time'), dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at) },
    { title: t('security.log.person'), dataIndex: 'actorName', width: 120, render: (n: string | null) => n ?? t('security.log.system') },
    { title: t('security.log.action'), dataIndex: 'action', width: 120, render: actionLabel },
    {
      title: t('security.log.record'),
      key: 'record',
      width: 130,
      render: (_, e) => {
        const path = recordPath(e);
        const label = t(`security.log.entities.${e.entity}`);
        return path ? (
          <Typography.Link onClick={() => navigate(path)} data-testid={`log-open-${e.seq}`}>
            {label}
          </Typography.Link>
        ) : (
          label
        );
      },
    },
    {
      title: t('security.log.details'),
      key: 'details',
      render: (_, e) => {
        const d = describers[e.entity];
        const changes = changedFields(e.before, e.after)
          .filter((c) => !d?.hidden?.(c.field))
          .slice(0, 4);
        return (
          <Typography.Text type="secondary" ellipsis>
            {changes.map((c, i) => {
              const value = c.after ?? c.before;
              return (
                <span key={c.field}>
                  {i > 0 && t('common.listSeparator')}
                  {d ? d.label(c.field) : c.field}
                  {t('common.colon')}
                  {d && !isFingerprint(value) ? d.value(c.field, value) : short(value, t('security.log.personal'))}
                </span>
              );
            })}
          </Typography.Text>
        );
      },
    },
  ];

  // The selects are keyed by language: rc-select keeps a chosen option's first label otherwise.
  return (
    <>
      <PageHeader
        title={t('security.log.title')}
        extra={
          <Button icon={<DownloadOutlined />} onClick={() => void exportXlsx()} loading={exporting} data-testid="log-export">
            {t('security.log.export')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">{t('security.log.help')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={18}>
          <Flex gap={8} wrap style={{ marginBottom: 12 }}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('security.log.allPeople')}
              style={{ width: 180 }}
              key={`person-${i18n.language}`}
              value={filter.actorId}
              data-testid="log-person"
              options={(facets.data?.actors ?? []).map((a) => ({ value: a.id ?? 'system', label: a.name ?? t('security.log.system') }))}
              onChange={(v?: string) => change({ actorId: v })}
            />
            <Select
              allowClear
              placeholder={t('security.log.allEntities')}
              style={{ width: 140 }}
              key={`entity-${i18n.language}`}
              value={filter.entity}
              data-testid="log-entity"
              options={AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`security.log.entities.${e}`) }))}
              onChange={(v?: AuditEntity) => change({ entity: v })}
            />
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('security.log.allActions')}
              style={{ width: 160 }}
              key={`action-${i18n.language}`}
              value={filter.action}
              data-testid="log-action"
              options={(facets.data?.actions ?? []).map((a) => ({ value: a, label: actionLabel(a) }))}
              onChange={(v?: string) => change({ action: v })}
            />
            <DatePicker.RangePicker onChange={(r) => setDates(r as [Dayjs | null, Dayjs | null] | null)} data-testid="log-dates" />
          </Flex>
          {list.error && !list.data ? (
            <LoadError error={list.error} onRetry={list.reload} />
          ) : (
            <Table<AuditEntry>
              rowKey="seq"
              size="small"
              tableLayout="fixed"
              columns={columns}
              dataSource={list.data?.items ?? []}
              loading={list.loading}
              locale={{ emptyText: t('security.log.empty') }}
              data-testid="log-table"
              pagination={{
                current: page,
                pageSize: PAGE_SIZE,
                total: list.data?.total ?? 0,
                showSizeChanger: false,
                showTotal: (total) => t('security.log.total', { count: total, formatted: formatNumber(total) }),
                onChange: setPage,
              }}
            />
          )}
        </Col>
        <Col xs={24} xxl={6}>
          <AuditVerifyCard />
        </Col>
      </Row>
    </>
  );
}
