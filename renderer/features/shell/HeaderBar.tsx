import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../i18n/labels';
import { useSession, useSignedIn } from '../auth/session-context';
import { GlobalSearch } from '../search/GlobalSearch';
import { LanguageSwitch } from './LanguageSwitch';

export function HeaderBar() {
  const { t } = useTranslation();
  const { user, settings } = useSignedIn();
  const { signOut } = useSession();
  const labels = useLabels();
  return (
    <Flex align="center" justify="space-between" gap={16} className="app-header">
      <Typography.Text strong ellipsis className="org-name" data-testid="org-name">
        {settings.organisationName || t('app.name')}
      </Typography.Text>
      <Flex align="center" gap={12} wrap={false}>
        <GlobalSearch />
        <Flex align="center" gap={6} className="current-user">
          <UserOutlined />
          <Typography.Text data-testid="current-user">{user.displayName}</Typography.Text>
          <Tag color="blue" variant="filled" style={{ marginInlineEnd: 0 }}>
            {labels.role(user.role)}
          </Tag>
        </Flex>
        <LanguageSwitch />
        <Button icon={<LogoutOutlined />} onClick={() => void signOut()} data-testid="sign-out">
          {t('shell.signOut')}
        </Button>
      </Flex>
    </Flex>
  );
}
