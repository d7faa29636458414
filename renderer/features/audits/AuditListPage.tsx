import { Button, Checkbox, Flex, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_STATUSES, type AuditStatus, type AuditSummary } from '../../../shared/audits/schemas';
import { useApi } from '../../api/useApi';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { auditPath, href, navigate, programmePath } from '../shell/router';
import { currentYear, STATUS_COLORS, useUnitOptions } from './common';

/** 内部审核: every audit with filters (year, status, unit, mine, text), each opening its plan. */
export function AuditListPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(currentYear());
  const [status, setStatus] = useState<AuditStatus | undefined>();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [mine, setMine] = useState(false);
  const [query, setQuery] = useState('');
  const list = useApi('audits.list', { year, ...(status && { status }), ...(unitId && { unitId }), mine, ...(query.trim() && { query: query.trim() }) });
  const units = useUnitOptions();
  const years = Array.from({ length: 7 }, (_v, i) => currentYear() + 1 - i);
  return (
    <>
      <PageHeader
        title={t('audits.title')}
        extra={
          <Button type="primary" onClick={() => navigate(programmePath(year))} data-testid="open-programme">
            {t('audits.openProgramme')}
          </Button>
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 16 }} align="center">
        <Select aria-label={t('audits.list.year')} value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 100 }} data-testid="audits-year" />
        <Select
          aria-label={t('audits.list.status')}
          allowClear
          placeholder={t('audits.list.status')}
          value={status}
          onChange={setStatus}
          options={AUDIT_STATUSES.map((s) => ({ value: s, label: t(`audits.status.${s}`) }))}
          style={{ width: 140 }}
          data-testid="audits-status"
        />
        <Select
          aria-label={t('audits.list.unit')}
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('audits.list.unit')}
          value={unitId}
          onChange={setUnitId}
          options={units}
          style={{ width: 200 }}
        />
        <Input.Search allowClear placeholder={t('audits.list.query')} onSearch={setQuery} style={{ width: 220 }} data-testid="audits-query" />
        <Checkbox checked={mine} onChange={(e) => setMine(e.target.checked)}>
          {t('audits.list.mine')}
        </Checkbox>
      </Flex>
      {list.error ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : (
        <Table<AuditSummary>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.data ?? []}
          pagination={false}
          locale={{ emptyText: t('audits.list.empty') }}
          data-testid="audits-table"
          columns={[
            { title: t('audits.list.code'), dataIndex: 'code', width: 140, render: (code: string, a) => <a href={href(auditPath(a.id))}>{code}</a> },
            { title: t('audits.list.name'), dataIndex: 'title' },
            { title: t('audits.list.month'), dataIndex: 'plannedMonth', width: 100, render: (m: number) => t('audits.list.monthValue', { month: m }) },
            { title: t('audits.list.dates'), width: 200, render: (_v, a) => (a.startDate ? `${a.startDate} ~ ${a.endDate ?? ''}` : t('common.empty')) },
            { title: t('audits.list.units'), render: (_v, a) => a.units.map((u) => u.name).join(t('common.listSeparator')) },
            { title: t('audits.list.lead'), width: 110, render: (_v, a) => a.lead?.name ?? t('common.empty') },
            { title: t('audits.list.status'), dataIndex: 'status', width: 100, render: (s: AuditStatus) => <Tag color={STATUS_COLORS[s]}>{t(`audits.status.${s}`)}</Tag> },
            { title: t('audits.list.findings'), width: 170, render: (_v, a) => `${a.findings.major}/${a.findings.minor}/${a.findings.observation}/${a.findings.improvement}` },
          ]}
        />
      )}
    </>
  );
}
