import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiCallError } from '../../api/client';

/** A failed load, with the server's own message and a way to try again. */
export function LoadError({ error, onRetry }: { error: ApiCallError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={error.message}
      style={{ marginBottom: 16 }}
      action={
        <Button size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
