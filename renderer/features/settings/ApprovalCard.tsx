import { App, Card, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useSession, useSignedIn } from '../auth/session-context';

/** Whether authors may approve their own revisions (off by default, as ISO 9001 practice expects). */
export function ApprovalCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { settings } = useSignedIn();
  const { settingsChanged } = useSession();
  const [busy, setBusy] = useState(false);

  async function change(allowSelfApproval: boolean) {
    setBusy(true);
    try {
      settingsChanged(await call('settings.update', { allowSelfApproval }));
      message.success(t('settings.organisation.saved'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('docControl.approval.title')} size="small">
      <Flex gap={12} align="flex-start">
        <Switch checked={settings.allowSelfApproval} loading={busy} onChange={(v) => void change(v)} data-testid="settings-self-approval" />
        <Flex vertical>
          <Typography.Text>{t('docControl.approval.allowSelf')}</Typography.Text>
          <Typography.Text type="secondary">{t('docControl.approval.help')}</Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}
