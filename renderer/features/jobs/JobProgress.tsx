import { Button, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../shared/jobs/contract';

/** A job's progress bar, what it is doing, and a cancel button while stopping is safe. */
export function JobProgress({ job, onCancel }: { job: Job | null; onCancel?: () => void }) {
  const { t } = useTranslation();
  const stage = job?.stage ?? 'start';
  return (
    <Flex vertical gap={4} data-testid="job-progress">
      <Progress percent={Math.round((job?.progress ?? 0) * 100)} status="active" />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" data-testid="job-stage">
          {t(`jobs.stages.${stage}` as 'jobs.stages.start', { defaultValue: t('jobs.stages.start') })}
        </Typography.Text>
        {onCancel && (
          <Button size="small" onClick={onCancel} disabled={job ? !job.cancellable : false} data-testid="job-cancel">
            {t('jobs.cancel')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
