import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './useAutosave';

/** The autosave state in words: saving…, saved at HH:mm, or not saved and why. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  let body;
  switch (state.kind) {
    case 'clean':
      body = <Typography.Text type="secondary">{t('revisions.save.clean')}</Typography.Text>;
      break;
    case 'dirty':
      body = <Typography.Text type="secondary">{t('revisions.save.dirty')}</Typography.Text>;
      break;
    case 'saving':
      body = (
        <Typography.Text type="secondary">
          <LoadingOutlined /> {t('revisions.save.saving')}
        </Typography.Text>
      );
      break;
    case 'saved':
      body = (
        <Typography.Text type="success">
          <CheckCircleOutlined /> {t('revisions.save.saved', { time: dayjs(state.at).format('HH:mm') })}
        </Typography.Text>
      );
      break;
    case 'failed':
    case 'conflict':
      body = (
        <>
          <Typography.Text type="danger">
            <ExclamationCircleOutlined /> {t('revisions.save.failed', { reason: state.message })}
          </Typography.Text>
          {state.kind === 'failed' && (
            <Button size="small" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          )}
        </>
      );
  }
  return (
    <Flex gap={8} align="center" data-testid="save-status" data-state={state.kind} role="status">
      {body}
    </Flex>
  );
}
