import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitNode } from '../../../shared/departments/contract';
import type { Staff } from '../../../shared/org/contract';
import { call } from '../../api/client';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { formatNumber } from '../../i18n/format';
import { useSignedIn } from '../auth/session-context';
import { LoadError } from '../shell/LoadError';
import { SearchInput } from '../shell/SearchInput';
import { AssignModal } from './AssignModal';
import { PersonFormModal } from './PersonFormModal';

/** The people holding a position in the unit; or, with a search, anyone (to give them a position here). */
export function PeoplePanel({ unit, onChanged }: { unit: UnitNode; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSignedIn();
  const [query, setQuery] = useState({ q: '', page: 1, pageSize: 20 });
  const list = useApi('people.list', { ...query, q: query.q || undefined, departmentId: query.q ? undefined : unit.id });
  const [assigning, setAssigning] = useState<Staff | null>(null);
  const [creating, setCreating] = useState(false);
  const manage = can('people.assign', user.role);

  async function run(work: () => Promise<unknown>) {
    try {
      await work();
      list.reload();
      onChanged();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <SearchInput
          testId="people-search"
          value={query.q}
          placeholder={`${t('org.person.name')} / ${t('org.person.employeeNo')}`}
          onSearch={(q) => setQuery((p) => ({ ...p, q, page: 1 }))}
          style={{ width: 280 }}
        />
        {manage && !unit.closedAt && (
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="person-new">
            {t('org.person.new')}
          </Button>
        )}
      </Space>
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      <Table<Staff>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: list.loading ? ' ' : <Empty description={t('org.person.none')} /> }}
        onChange={(p) => setQuery((q) => ({ ...q, page: p.current ?? 1, pageSize: p.pageSize ?? q.pageSize }))}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('org.person.total', { formatted: formatNumber(total) }),
        }}
        columns={[
          {
            key: 'name',
            title: t('org.person.name'),
            render: (_v, p) => (
              <span data-testid={`person-${p.employeeNo ?? p.id}`}>
                {p.name}
                {p.absent && <Tag color="orange" style={{ marginInlineStart: 6 }}>{t('org.person.absent')}</Tag>}
                {!p.active && <Tag style={{ marginInlineStart: 6 }}>{t('org.person.left')}</Tag>}
              </span>
            ),
          },
          { key: 'employeeNo', title: t('org.person.employeeNo'), dataIndex: 'employeeNo', render: (n: string | null) => <span className="mono">{n ?? '—'}</span> },
          { key: 'account', title: t('org.person.account'), dataIndex: 'username', render: (u: string | null) => u ?? '—' },
          {
            key: 'positions',
            title: t('org.person.positions'),
            render: (_v, p) =>
              p.positions.map((x) => (
                <Tag key={x.positionId} color={x.primary ? 'blue' : undefined}>
                  {x.departmentName} · {x.title}
                  {x.primary ? ` (${t('org.person.primary')})` : ''}
                  {manage && (
                    <a
                      style={{ marginInlineStart: 6 }}
                      onClick={() => run(() => call('people.unassign', { id: p.id, version: p.version, positionId: x.positionId }))}
                    >
                      ×
                    </a>
                  )}
                </Tag>
              )),
          },
          ...(manage
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: 200,
                  render: (_v: unknown, p: Staff) => (
                    <Space size={4}>
                      <Button type="link" size="small" onClick={() => setAssigning(p)} data-testid={`assign-${p.employeeNo ?? p.id}`} disabled={!p.active}>
                        {t('org.person.assign')}
                      </Button>
                      <Button type="link" size="small" onClick={() => run(() => call('people.update', { id: p.id, version: p.version, absent: !p.absent }))}>
                        {p.absent ? t('org.person.markPresent') : t('org.person.markAbsent')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {creating && (
        <PersonFormModal
          unit={unit}
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            list.reload();
            onChanged();
          }}
        />
      )}
      {assigning && (
        <AssignModal
          person={assigning}
          departmentId={unit.id}
          onClose={() => setAssigning(null)}
          onSaved={() => {
            setAssigning(null);
            list.reload();
            onChanged();
          }}
        />
      )}
    </>
  );
}
