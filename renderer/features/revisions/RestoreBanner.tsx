import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import type { LocalCopy } from './localCopy';

/** Offers back the unsaved changes found in this browser after a crash or a closed tab. */
export function RestoreBanner({ copy, serverVersion, onRestore, onDiscard }: { copy: LocalCopy; serverVersion: number; onRestore: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="restore-banner"
      title={t('revisions.restore.title', { time: formatDateTime(copy.savedAt) })}
      description={copy.baseVersion < serverVersion ? t('revisions.restore.newerOnServer') : t('revisions.restore.help')}
      action={
        <Flex vertical gap={6}>
          <Button size="small" type="primary" onClick={onRestore} data-testid="restore-yes">
            {t('revisions.restore.restore')}
          </Button>
          <Button size="small" danger onClick={onDiscard} data-testid="restore-no">
            {t('revisions.restore.discard')}
          </Button>
        </Flex>
      }
    />
  );
}
