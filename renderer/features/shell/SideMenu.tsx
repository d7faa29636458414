import { AimOutlined, AlertOutlined, ApartmentOutlined, AuditOutlined, ClusterOutlined, ExceptionOutlined, FileSearchOutlined, FileTextOutlined, FundOutlined, HomeOutlined, ReadOutlined, SettingOutlined, TableOutlined, TeamOutlined } from '@ant-design/icons';
import { Badge, Menu, type MenuProps } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/auth/roles';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { navigate, type Page } from './router';

type Item = NonNullable<MenuProps['items']>[number];

interface Entry {
  key: 'home' | 'documents' | 'capa' | 'risks' | 'departments' | 'organisation' | 'audits' | 'findings' | 'training' | 'users' | 'log' | 'settings' | 'scope' | 'matrix';
  path: string;
  icon: ReactNode;
  visible: (role: Role) => boolean;
}

const ENTRIES: Entry[] = [
  { key: 'home', path: '/', icon: <HomeOutlined />, visible: () => true },
  { key: 'documents', path: '/documents', icon: <FileTextOutlined />, visible: (r) => can('documents.list', r) },
  { key: 'audits', path: '/audits', icon: <FileSearchOutlined />, visible: (r) => can('audits.list', r) },
  { key: 'findings', path: '/findings', icon: <ExceptionOutlined />, visible: (r) => can('findings.list', r) },
  { key: 'capa', path: '/capa', icon: <AlertOutlined />, visible: (r) => can('capa.list', r) },
  { key: 'risks', path: '/risks', icon: <FundOutlined />, visible: (r) => can('risks.list', r) },
  { key: 'scope', path: '/scope', icon: <AimOutlined />, visible: (r) => can('scope.get', r) },
  { key: 'matrix', path: '/matrix', icon: <TableOutlined />, visible: (r) => can('matrix.get', r) },
  { key: 'organisation', path: '/organisation', icon: <ClusterOutlined />, visible: (r) => can('departments.tree', r) },
  { key: 'departments', path: '/departments', icon: <ApartmentOutlined />, visible: (r) => can('departments.list', r) },
  { key: 'training', path: '/training', icon: <ReadOutlined />, visible: () => true },
  { key: 'users', path: '/users', icon: <TeamOutlined />, visible: (r) => can('users.list', r) },
  { key: 'log', path: '/log', icon: <AuditOutlined />, visible: (r) => can('audit.list', r) },
  { key: 'settings', path: '/settings', icon: <SettingOutlined />, visible: () => true },
];

const selectedKey = (page: Page) =>
  page === 'document' || page === 'revision' || page === 'reading'
    ? 'documents'
    : page === 'audit' || page === 'programme'
      ? 'audits'
      : page === 'finding' || page === 'checklist'
        ? 'findings'
        : page === 'capaList'
          ? 'capa'
          : page;

export function SideMenu({ role, page }: { role: Role; page: Page }) {
  const { t } = useTranslation();
  const entries = ENTRIES.filter((e) => e.visible(role));
  // rc-menu hands unknown item fields to the <li>, which is where end-to-end tests click.
  // The badge counts my open tasks (the inbox is on the home page); it refreshes as pages change.
  const tasks = useApi('tasks.mine', { page: 1, pageSize: 1 });
  const { reload } = tasks; // stable (useCallback)
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else reload();
  }, [page, reload]);
  const open = tasks.data?.open ?? 0;
  const label = (e: Entry) =>
    e.key === 'home' && open > 0 ? (
      <span>
        {t(`nav.${e.key}`)}{' '}
        <Badge count={open} size="small" offset={[4, -2]} title={t('tasks.badge', { count: open })} data-testid="tasks-badge" />
      </span>
    ) : (
      t(`nav.${e.key}`)
    );
  const items = entries.map((e) => ({ key: e.key, icon: e.icon, label: label(e), 'data-testid': `nav-${e.key}` }) as Item);
  return (
    <Menu
      mode="inline"
      selectedKeys={[selectedKey(page)]}
      items={items}
      onClick={({ key }) => navigate(entries.find((e) => e.key === key)?.path ?? '/')}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
