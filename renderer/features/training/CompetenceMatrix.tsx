import { Card, Flex, Select, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/api/contract';
import { useApi } from '../../api/useApi';
import { formatDate } from '../../i18n/format';
import { LoadError } from '../shell/LoadError';
import { href } from '../shell/router';
import { GAP_COLORS } from './TrainingPage';

type Matrix = Output<'training.matrix'>;
type Person = Matrix['people'][number];
const PAGE = 50;

/** People × the topics their positions require, per unit, with the gap counts by unit above it. */
export function CompetenceMatrix({ units: restrict }: { units?: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const units = useApi('departments.tree', { includeClosed: false });
  const [unitId, setUnitId] = useState<string | undefined>(restrict?.[0]?.id);
  const [page, setPage] = useState(1);
  const matrix = useApi('training.matrix', { ...(unitId ? { unitId } : {}), page, pageSize: PAGE });
  const counts = useApi('training.unitCounts', unitId ? { unitId } : {});
  const m = matrix.data;
  const cell = useMemo(() => new Map((m?.cells ?? []).map((c) => [`${c.personId}|${c.topicId}`, c])), [m]);
  const units_ = restrict ? restrict.map((u) => ({ value: u.id, label: u.name })) : (units.data ?? []).map((u) => ({ value: u.id, label: `${'　'.repeat(u.depth)}${u.name}` }));
  const unitName = new Map((units.data ?? []).map((u) => [u.id, u.name]));

  const columns: TableColumnsType<Person> = [
    { key: 'name', title: t('training.person'), fixed: 'start', width: 110, render: (_, p) => <a href={href(`/training?person=${encodeURIComponent(p.personId)}`)}>{p.name}</a> },
    { key: 'unit', title: t('training.unit'), width: 130, render: (_, p) => unitName.get(p.unitId) ?? '' },
    ...(m?.topics ?? []).map((topic) => ({
      key: topic.id,
      title: topic.title,
      width: 110,
      render: (_: unknown, p: Person) => {
        const c = cell.get(`${p.personId}|${topic.id}`);
        if (!c) return null;
        return (
          <Tooltip title={c.heldOn ? `${formatDate(c.heldOn)}${c.expiresOn ? ` → ${formatDate(c.expiresOn)}` : ''}` : undefined}>
            <Tag color={GAP_COLORS[c.status]} data-testid={`gap-${c.status}`}>{t(`training.status.${c.status}`)}</Tag>
          </Tooltip>
        );
      },
    })),
  ];

  return (
    <Flex vertical gap={16}>
      <Select
        allowClear={!restrict}
        showSearch
        optionFilterProp="label"
        placeholder={t('training.allUnits')}
        style={{ width: 280 }}
        value={unitId}
        onChange={(v) => {
          setUnitId(v);
          setPage(1);
        }}
        options={units_}
        data-testid="matrix-unit"
      />
      {(matrix.error || counts.error) && <LoadError error={(matrix.error ?? counts.error)!} onRetry={() => (matrix.reload(), counts.reload())} />}
      <Card size="small" title={t('training.unitCounts')}>
        <Table
          size="small"
          rowKey="unitId"
          loading={counts.loading}
          dataSource={(counts.data ?? []).filter((u) => u.peopleWithGaps > 0)}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="unit-counts"
          columns={[
            { key: 'unit', title: t('training.cols.unit'), dataIndex: 'unitName' },
            { key: 'people', title: t('training.cols.people'), dataIndex: 'people', width: 80 },
            { key: 'withGaps', title: t('training.cols.withGaps'), dataIndex: 'peopleWithGaps', width: 110 },
            { key: 'never', title: t('training.cols.never'), dataIndex: 'never', width: 100 },
            { key: 'superseded', title: t('training.cols.superseded'), dataIndex: 'superseded', width: 100 },
            { key: 'expired', title: t('training.cols.expired'), dataIndex: 'expired', width: 90 },
          ]}
        />
      </Card>
      <Card size="small" title={t('training.tabs.matrix')}>
        <Table<Person>
          size="small"
          rowKey="personId"
          loading={matrix.loading}
          dataSource={m?.people ?? []}
          columns={columns}
          scroll={{ x: 'max-content' }}
          data-testid="matrix"
          pagination={{ current: page, pageSize: PAGE, total: m?.total ?? 0, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
        />
      </Card>
    </Flex>
  );
}
