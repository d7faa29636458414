import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Segmented, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input as ApiInput } from '../../../shared/api/contract';
import { CAPA_SOURCES, SEVERITIES, type CapaListItem } from '../../../shared/capa/contract';
import { capaLifecycle, type CapaState } from '../../../shared/capa/lifecycle';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { formatDate } from '../../i18n/format';
import { useSignedIn } from '../auth/session-context';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { capaPath, href, navigate, replacePath } from '../shell/router';
import { CapaFormModal } from './CapaFormModal';
import { CapaStateTag, SeverityTag } from './CapaTags';
import { PersonSelect, UnitSelect } from './pickers';

type Filters = ApiInput<'capa.list'>;

/** The filters live in the address (#/capa?overdue=1&unitId=…), so a filtered register can be reloaded or linked. */
function filtersOf(query: URLSearchParams): Filters {
  const get = (k: string) => query.get(k) || undefined;
  return {
    q: get('q'),
    sourceType: get('source') as Filters['sourceType'],
    unitId: get('unitId'),
    ownerPersonId: get('ownerId'),
    severity: get('severity') as Filters['severity'],
    statuses: query.get('status') ? [query.get('status') as CapaState] : undefined,
    overdue: query.get('overdue') === '1' || undefined,
    page: Number(query.get('page') ?? 1) || 1,
    pageSize: 20,
  };
}
function pathOf(f: Filters) {
  const q = new URLSearchParams();
  if (f.q) q.set('q', f.q);
  if (f.sourceType) q.set('source', f.sourceType);
  if (f.unitId) q.set('unitId', f.unitId);
  if (f.ownerPersonId) q.set('ownerId', f.ownerPersonId);
  if (f.severity) q.set('severity', f.severity);
  if (f.statuses?.[0]) q.set('status', f.statuses[0]);
  if (f.overdue) q.set('overdue', '1');
  if (f.page && f.page > 1) q.set('page', String(f.page));
  const s = q.toString();
  return `/capa${s ? `?${s}` : ''}`;
}

export function CapaListPage({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const filters = filtersOf(query);
  const list = useApi('capa.list', filters);
  const counts = useApi('capa.counts', {});
  const [creating, setCreating] = useState(false);
  const set = (patch: Partial<Filters>) => replacePath(pathOf({ ...filters, page: 1, ...patch }));

  const columns = [
    { title: t('capa.cols.number'), dataIndex: 'number', width: 130, render: (n: string, r: CapaListItem) => <a href={href(capaPath(r.id))}>{n}</a> },
    {
      title: t('capa.cols.title'),
      dataIndex: 'title',
      render: (title: string, r: CapaListItem) => (
        <Space size={4} wrap>
          {title}
          {r.reopened > 0 && <Tag color="magenta">{t('capa.reopened', { count: r.reopened })}</Tag>}
        </Space>
      ),
    },
    { title: t('capa.cols.source'), dataIndex: 'sourceType', width: 110, render: (s: CapaListItem['sourceType']) => t(`capa.sources.${s}`) },
    { title: t('capa.cols.unit'), dataIndex: 'unitName', width: 140 },
    { title: t('capa.cols.owner'), dataIndex: 'ownerName', width: 100 },
    { title: t('capa.cols.severity'), dataIndex: 'severity', width: 90, render: (s: CapaListItem['severity']) => <SeverityTag severity={s} /> },
    { title: t('capa.cols.status'), dataIndex: 'status', width: 110, render: (s: CapaState) => <CapaStateTag state={s} /> },
    {
      title: t('capa.cols.due'),
      dataIndex: 'dueDate',
      width: 130,
      render: (d: string, r: CapaListItem) => (r.overdue ? <Typography.Text type="danger">{formatDate(d)} · {t('capa.overdue')}</Typography.Text> : formatDate(d)),
    },
    { title: t('capa.cols.actions'), dataIndex: 'openActions', width: 90, align: 'right' as const },
  ];

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('capa.title')}
        extra={
          can('capa.create', user.role) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="capa-new">
              {t('capa.new')}
            </Button>
          )
        }
      />
      <Flex gap={16} wrap>
        {(['open', 'overdue', 'overdueActions', 'ineffective'] as const).map((k) => (
          <Card key={k} size="small" style={{ minWidth: 150 }}>
            <Statistic title={t(`capa.counts.${k}`)} value={counts.data?.[k] ?? 0} styles={{ content: k !== 'open' && (counts.data?.[k] ?? 0) > 0 ? { color: '#cf1322' } : undefined }} />
          </Card>
        ))}
      </Flex>
      <Card size="small">
        <Flex gap={8} wrap align="center">
          <Segmented
            value={filters.overdue ? 'overdue' : 'all'}
            options={[
              { value: 'all', label: t('capa.allView') },
              { value: 'overdue', label: t('capa.overdueView') },
            ]}
            onChange={(v) => set({ overdue: v === 'overdue' || undefined })}
            data-testid="capa-overdue-view"
          />
          <Input.Search allowClear placeholder={t('capa.q')} defaultValue={filters.q} onSearch={(q) => set({ q: q || undefined })} style={{ width: 200 }} />
          <Select allowClear placeholder={t('capa.filters.source')} value={filters.sourceType} onChange={(v) => set({ sourceType: v })} options={CAPA_SOURCES.map((s) => ({ value: s, label: t(`capa.sources.${s}`) }))} style={{ width: 130 }} data-testid="capa-filter-source" />
          <UnitSelect allowClear placeholder={t('capa.filters.unit')} value={filters.unitId} onChange={(v) => set({ unitId: v ?? undefined })} />
          <PersonSelect allowClear placeholder={t('capa.filters.owner')} value={filters.ownerPersonId} onChange={(v) => set({ ownerPersonId: v ?? undefined })} />
          <Select allowClear placeholder={t('capa.filters.status')} value={filters.statuses?.[0]} onChange={(v) => set({ statuses: v ? [v] : undefined })} options={capaLifecycle.states.map((s) => ({ value: s, label: t(`capa.states.${s}`) }))} style={{ width: 120 }} data-testid="capa-filter-status" />
          <Select allowClear placeholder={t('capa.filters.severity')} value={filters.severity} onChange={(v) => set({ severity: v })} options={SEVERITIES.map((s) => ({ value: s, label: t(`capa.severities.${s}`) }))} style={{ width: 110 }} />
        </Flex>
      </Card>
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      <Table<CapaListItem>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        columns={columns}
        data-testid="capa-table"
        onRow={(r) => ({ onDoubleClick: () => navigate(capaPath(r.id)) })}
        pagination={{ current: filters.page, pageSize: 20, total: list.data?.total ?? 0, showSizeChanger: false, onChange: (page) => replacePath(pathOf({ ...filters, page })) }}
      />
      {creating && (
        <CapaFormModal
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            navigate(capaPath(id));
          }}
        />
      )}
    </Flex>
  );
}
