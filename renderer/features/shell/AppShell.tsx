import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Layout, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../auth/session-context';
import { HeaderBar } from './HeaderBar';
import { Pages } from './Pages';
import { useHash, useRoute } from './router';
import { SideMenu } from './SideMenu';

export function AppShell() {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const route = useRoute();
  const [collapsed, setCollapsed] = useState(false);
  // A new page opens at its top; a changed filter or page number (the query) keeps the place.
  const path = useHash().split('?')[0];
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [path]);
  return (
    <Layout className="app-layout">
      <Layout.Sider
        theme="light"
        width={208}
        breakpoint="lg"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        className="app-sider"
      >
        <div className="brand">
          <SafetyCertificateOutlined className="brand-icon" />
          {!collapsed && <Typography.Text strong>{t('app.name')}</Typography.Text>}
        </div>
        <SideMenu role={user.role} page={route.page} />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header-bar">
          <HeaderBar />
        </Layout.Header>
        <Layout.Content className="app-content">
          <Pages route={route} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
