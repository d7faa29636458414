import { Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FINDING_GRADES, FINDING_STATUSES, type Finding } from '../../../shared/audits/findings';
import { useApi } from '../../api/useApi';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { navigate, replacePath } from '../shell/router';
import { ActionNeededTag, FindingStatusTag, GradeTag } from './FindingTags';

/** 审核发现 across audits (or one, ?audit=…), filtered by unit, grade and status; what the caller may see. */
export function FindingsPage({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const auditId = query.get('audit') ?? undefined;
  const unitId = query.get('unit') ?? undefined;
  const grade = (query.get('grade') ?? undefined) as Finding['grade'] | undefined;
  const status = (query.get('status') ?? undefined) as Finding['status'] | undefined;
  const page = Number(query.get('page') ?? 1) || 1;
  const list = useApi('findings.list', { auditId, unitId, grade, status, page, pageSize: 20 });
  const units = useApi('departments.list', {});
  const set = (key: string, value: string | undefined) => {
    const q = new URLSearchParams(query);
    if (value) q.set(key, value);
    else q.delete(key);
    if (key !== 'page') q.delete('page');
    replacePath(`/findings?${q.toString()}`);
  };
  return (
    <>
      <PageHeader title={t('findings.title')} />
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('findings.anyUnit')}
          style={{ minWidth: 160 }}
          value={unitId}
          onChange={(v) => set('unit', v)}
          showSearch
          optionFilterProp="label"
          data-testid="filter-unit"
          options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select allowClear placeholder={t('findings.anyGrade')} style={{ minWidth: 140 }} value={grade} onChange={(v) => set('grade', v)} data-testid="filter-grade" options={FINDING_GRADES.map((g) => ({ value: g, label: t(`findings.grades.${g}`) }))} />
        <Select allowClear placeholder={t('findings.anyStatus')} style={{ minWidth: 140 }} value={status} onChange={(v) => set('status', v)} data-testid="filter-status" options={FINDING_STATUSES.map((s) => ({ value: s, label: t(`findings.statuses.${s}`) }))} />
      </Space>
      <Table<Finding>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('findings.empty') }}
        onRow={(f) => ({ onClick: () => navigate(`/findings/${encodeURIComponent(f.id)}`), style: { cursor: 'pointer' } })}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: (p) => set('page', String(p)), showSizeChanger: false }}
        columns={[
          { title: t('findings.number'), dataIndex: 'number', width: 130, render: (n: string, f) => <a href={`#/findings/${encodeURIComponent(f.id)}`}>{n}</a> },
          { title: t('findings.audit'), render: (_, f) => `${f.auditCode} ${f.auditTitle}`, ellipsis: true },
          { title: t('findings.unit'), dataIndex: 'unitName', width: 140 },
          { title: t('findings.grade'), width: 180, render: (_, f) => (<Space size={2} wrap><GradeTag grade={f.grade} /><ActionNeededTag finding={f} /></Space>) },
          { title: t('findings.facts'), dataIndex: 'facts', ellipsis: true },
          { title: t('findings.status'), width: 120, render: (_, f) => <FindingStatusTag status={f.status} /> },
        ]}
      />
    </>
  );
}
