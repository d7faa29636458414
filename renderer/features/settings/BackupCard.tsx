import { CloudDownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { formatBytes } from '../../i18n/format';

export function BackupCard({ onBackedUp }: { onBackedUp?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Output<'system.backup'>>();

  async function backUp() {
    setBusy(true);
    try {
      setResult(await call('system.backup', {}));
      onBackedUp?.();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('settings.backup.title')} size="small">
      <Typography.Paragraph type="secondary">{t('settings.backup.help')}</Typography.Paragraph>
      <Button icon={<CloudDownloadOutlined />} onClick={backUp} loading={busy} data-testid="backup-now">
        {t('settings.backup.run')}
      </Button>
      {result && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          title={t('settings.backup.done', { size: formatBytes(result.sizeBytes) })}
          description={
            <Typography.Text copyable className="mono" data-testid="backup-file">
              {result.file}
            </Typography.Text>
          }
        />
      )}
    </Card>
  );
}
