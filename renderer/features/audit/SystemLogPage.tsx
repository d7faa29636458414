import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Flex, Row, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/** 操作日志: every trail entry, filtered, with the record it concerns, an .xlsx export and the chain check. */
export function SystemLogPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<LogFilter>({});
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const list = useApi('audit.list', { ...filter, page, pageSize: PAGE_SIZE });
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
      render: (_, e) => (
        <Typography.Text type="secondary" ellipsis>
          {changedFields(e.before, e.after)
            .slice(0, 4)
            .map((c) => `${c.field}${t('common.colon')}${short(c.after ?? c.before, t('security.log.personal'))}`)
            .join(t('common.listSeparator'))}
        </Typography.Text>
      ),
    },
  ];

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
              data-testid="log-person"
              options={(facets.data?.actors ?? []).map((a) => ({ value: a.id ?? 'system', label: a.name ?? t('security.log.system') }))}
              onChange={(v?: string) => change({ actorId: v })}
            />
            <Select
              allowClear
              placeholder={t('security.log.allEntities')}
              style={{ width: 140 }}
              data-testid="log-entity"
              options={AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`security.log.entities.${e}`) }))}
              onChange={(v?: AuditEntity) => change({ entity: v })}
            />
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('security.log.allActions')}
              style={{ width: 160 }}
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
                showTotal: (total) => t('security.log.total', { formatted: formatNumber(total) }),
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
