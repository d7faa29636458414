import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { SessionProvider } from './features/auth/SessionProvider';
import { SetupScreen } from './features/auth/SetupScreen';
import { SignInScreen } from './features/auth/SignInScreen';
import { MustChangePasswordScreen } from './features/security/MustChangePasswordScreen';
import { useSession } from './features/auth/session-context';
import { AppShell } from './features/shell/AppShell';
import { theme } from './theme';

function Gate() {
  const { t } = useTranslation();
  const { phase, restart } = useSession();
  switch (phase.name) {
    case 'starting':
      return <Spin fullscreen description={t('common.loading')} />;
    case 'failed':
      return (
        <Result
          status="error"
          title={t('startup.failed')}
          subTitle={phase.error.message}
          extra={
            <Button type="primary" onClick={restart}>
              {t('common.retry')}
            </Button>
          }
        />
      );
    case 'setup':
      return <SetupScreen />;
    case 'signIn':
      return <SignInScreen notice={phase.notice} />;
    case 'mustChangePassword':
      return <MustChangePasswordScreen />;
    case 'ready':
      return <AppShell />;
  }
}

export function App() {
  const { i18n } = useTranslation();
  return (
    // No space forced between two-character button labels (保 存, 替 换): Chinese text keeps one spacing everywhere.
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
