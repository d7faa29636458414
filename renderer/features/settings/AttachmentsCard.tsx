import { App, Button, Card, Flex, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MAX_LIMIT } from '../../../shared/attachments/types';
import { call } from '../../api/client';
import { useSession, useSignedIn } from '../auth/session-context';

const MB = 1024 * 1024;

/** The attachment store's size limit, in whole megabytes. */
export function AttachmentsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { settings } = useSignedIn();
  const { settingsChanged } = useSession();
  const [value, setValue] = useState<number | null>(Math.round(settings.attachmentMaxBytes / MB));
  const [busy, setBusy] = useState(false);

  async function save() {
    if (value === null) return;
    setBusy(true);
    try {
      settingsChanged(await call('settings.update', { attachmentMaxBytes: value * MB }));
      message.success(t('attachments.settings.saved'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('attachments.settings.title')} size="small">
      <Flex vertical gap={8}>
        <Typography.Text>{t('attachments.settings.maxSize')}</Typography.Text>
        <Flex gap={8}>
          <InputNumber
            min={1}
            max={ATTACHMENT_MAX_LIMIT / MB}
            precision={0}
            value={value}
            onChange={setValue}
            suffix="MB"
            data-testid="settings-attachment-max"
          />
          <Button onClick={() => void save()} loading={busy} disabled={value === null || value * MB === settings.attachmentMaxBytes}>
            {t('common.save')}
          </Button>
        </Flex>
        <Typography.Text type="secondary">{t('attachments.settings.help')}</Typography.Text>
      </Flex>
    </Card>
  );
}
