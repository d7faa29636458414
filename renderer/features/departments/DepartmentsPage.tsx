import { DeleteOutlined, EditOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Space, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/departments/contract';
import { call } from '../../api/client';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useSignedIn } from '../auth/session-context';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { SearchInput } from '../shell/SearchInput';
import { DepartmentFormModal } from './DepartmentFormModal';
import { DepartmentHistoryDrawer } from './DepartmentHistoryDrawer';

type Sort = 'name' | 'code' | 'createdAt';
type Dialog = { kind: 'create' } | { kind: 'edit' | 'history'; department: Department } | null;

export function DepartmentsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSignedIn();
  const [query, setQuery] = useState({ q: '', page: 1, pageSize: 20, sort: 'name' as Sort, dir: 'asc' as 'asc' | 'desc' });
  const list = useApi('departments.list', { ...query, q: query.q || undefined });
  const [dialog, setDialog] = useState<Dialog>(null);
  const manage = can('departments.update', user.role);

  async function remove(department: Department) {
    try {
      await call('departments.delete', { id: department.id, version: department.version });
      message.success(t('departments.deleted', { name: department.name }));
      list.reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  const onChange: TableProps<Department>['onChange'] = (pagination, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    setQuery((q) => ({
      ...q,
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? q.pageSize,
      sort: s?.order ? (s.columnKey as Sort) : 'name',
      dir: s?.order === 'descend' ? 'desc' : 'asc',
    }));
  };
  const order = (key: Sort) => (query.sort === key ? (query.dir === 'asc' ? ('ascend' as const) : ('descend' as const)) : null);

  return (
    <>
      <PageHeader
        title={t('departments.title')}
        extra={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="departments-new">
              {t('departments.new')}
            </Button>
          )
        }
      />
      <SearchInput
        testId="departments-search"
        value={query.q}
        placeholder={t('departments.searchPlaceholder')}
        onSearch={(q) => setQuery((prev) => ({ ...prev, q, page: 1 }))}
        style={{ width: 280, marginBottom: 16 }}
      />
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      <Table<Department>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        onChange={onChange}
        locale={{ emptyText: list.loading ? ' ' : <Empty description={t('departments.empty')} /> }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('departments.total', { count: total, formatted: formatNumber(total) }),
        }}
        columns={[
          { key: 'name', title: t('departments.name'), dataIndex: 'name', sorter: true, sortOrder: order('name') },
          {
            key: 'code',
            title: t('departments.code'),
            dataIndex: 'code',
            sorter: true,
            sortOrder: order('code'),
            render: (code: string | null) => <span className="mono">{code ?? '—'}</span>,
          },
          { key: 'updatedAt', title: t('departments.updatedAt'), dataIndex: 'updatedAt', render: formatDateTime },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 260,
            render: (_v, d) => (
              <Space size={4}>
                <Button type="link" size="small" icon={<HistoryOutlined />} onClick={() => setDialog({ kind: 'history', department: d })}>
                  {t('audit.history')}
                </Button>
                {manage && d.parentId !== null && (
                  <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit', department: d })}>
                    {t('common.edit')}
                  </Button>
                )}
                {manage && d.parentId !== null && (
                  <Popconfirm
                    title={t('departments.deleteConfirm', { name: d.name })}
                    okText={t('common.delete')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove(d)}
                  >
                    <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <DepartmentFormModal
          department={dialog.kind === 'edit' ? dialog.department : undefined}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            list.reload();
          }}
        />
      )}
      {dialog?.kind === 'history' && <DepartmentHistoryDrawer department={dialog.department} onClose={() => setDialog(null)} />}
    </>
  );
}
