import { EditOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Select, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/auth/roles';
import type { User } from '../../../shared/users/contract';
import { useApi } from '../../api/useApi';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { useSession, useSignedIn } from '../auth/session-context';
import { useReferenceData } from '../documents/useReferenceData';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { SearchInput } from '../shell/SearchInput';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';

type Sort = 'username' | 'displayName' | 'role' | 'createdAt';
type Dialog = { kind: 'create' } | { kind: 'edit' | 'reset'; user: User } | null;

interface Query {
  q: string;
  role: Role | undefined;
  active: boolean | undefined;
  page: number;
  pageSize: number;
  sort: Sort;
  dir: 'asc' | 'desc';
}

export function UsersPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { user: me } = useSignedIn();
  const { userChanged } = useSession();
  const refs = useReferenceData();
  const [query, setQuery] = useState<Query>({ q: '', role: undefined, active: undefined, page: 1, pageSize: 20, sort: 'username', dir: 'asc' });
  const list = useApi('users.list', {
    page: query.page,
    pageSize: query.pageSize,
    sort: query.sort,
    dir: query.dir,
    ...(query.q !== '' && { q: query.q }),
    ...(query.role !== undefined && { role: query.role }),
    ...(query.active !== undefined && { active: query.active }),
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const saved = (user: User) => {
    if (user.id === me.id) userChanged(user);
    setDialog(null);
    list.reload();
  };

  const onChange: TableProps<User>['onChange'] = (pagination, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    setQuery((q) => ({
      ...q,
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? q.pageSize,
      sort: s?.order ? (s.columnKey as Sort) : 'username',
      dir: s?.order === 'descend' ? 'desc' : 'asc',
    }));
  };
  const order = (key: Sort) => (query.sort === key ? (query.dir === 'asc' ? ('ascend' as const) : ('descend' as const)) : null);
  const sortable = (key: Sort) => ({ key, sorter: true, sortOrder: order(key) });

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="users-new">
            {t('users.new')}
          </Button>
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <SearchInput
          testId="users-search"
          value={query.q}
          placeholder={t('users.searchPlaceholder')}
          onSearch={(q) => setQuery((prev) => ({ ...prev, q, page: 1 }))}
          style={{ width: 260 }}
        />
        <Select<Role>
          allowClear
          placeholder={t('users.filterRole')}
          options={labels.roleOptions}
          value={query.role}
          onChange={(role) => setQuery((prev) => ({ ...prev, role: role ?? undefined, page: 1 }))}
          style={{ minWidth: 180 }}
        />
        <Select<'yes' | 'no'>
          allowClear
          placeholder={t('users.filterActive')}
          options={[
            { value: 'yes', label: t('users.activeYes') },
            { value: 'no', label: t('users.activeNo') },
          ]}
          value={query.active === undefined ? undefined : query.active ? 'yes' : 'no'}
          onChange={(v) => setQuery((prev) => ({ ...prev, active: v === undefined ? undefined : v === 'yes', page: 1 }))}
          style={{ minWidth: 140 }}
        />
      </Flex>
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      <Table<User>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        onChange={onChange}
        scroll={{ x: 900 }}
        locale={{ emptyText: list.loading ? ' ' : <Empty description={t('users.empty')} /> }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('users.total', { count: total, formatted: formatNumber(total) }),
        }}
        columns={[
          { ...sortable('username'), title: t('users.username'), dataIndex: 'username', render: (u: string) => <span className="mono">{u}</span> },
          { ...sortable('displayName'), title: t('users.displayName'), dataIndex: 'displayName' },
          { ...sortable('role'), title: t('users.role'), dataIndex: 'role', render: (r: Role) => labels.role(r) },
          {
            key: 'department',
            title: t('users.department'),
            dataIndex: 'departmentId',
            render: (id: string | null) => refs.departmentName(id) ?? '—',
          },
          {
            key: 'active',
            title: t('users.active'),
            dataIndex: 'active',
            render: (active: boolean) => <Tag color={active ? 'green' : 'default'}>{active ? t('users.activeYes') : t('users.activeNo')}</Tag>,
          },
          { ...sortable('createdAt'), title: t('users.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 200,
            render: (_v, u) => (
              <Space size={4}>
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit', user: u })}>
                  {t('common.edit')}
                </Button>
                <Button type="link" size="small" icon={<KeyOutlined />} onClick={() => setDialog({ kind: 'reset', user: u })}>
                  {t('users.resetPassword')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <UserFormModal
          user={dialog.kind === 'edit' ? dialog.user : undefined}
          myId={me.id}
          departmentOptions={refs.departmentOptions}
          onClose={() => setDialog(null)}
          onSaved={saved}
        />
      )}
      {dialog?.kind === 'reset' && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
    </>
  );
}
