import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../shared/jobs/contract';
import { followJob } from '../jobs/runJob';
import { base64ToBlob, DOCX_TYPE, download } from '../word/files';

interface Props {
  label: string;
  /** Starts the export job (audits.exportReportStart, …). */
  start: () => Promise<{ jobId: string }>;
  testId: string;
}

/** Runs one of the audit Word exports as a job, showing its progress on the button, and downloads the .docx. */
export function AuditExportButton({ label, start, testId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [percent, setPercent] = useState<number | null>(null);

  async function run() {
    setPercent(0);
    try {
      const file = await followJob<{ fileName: string; base64: string }>(start(), (job: Job) => setPercent(Math.round(job.progress * 100))).done;
      download(base64ToBlob(file.base64, DOCX_TYPE), file.fileName);
      message.success(t('wordExport.done', { name: file.fileName }));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setPercent(null);
    }
  }

  return (
    <Button icon={<DownloadOutlined />} loading={percent !== null} onClick={() => void run()} data-testid={testId}>
      {percent !== null && percent > 0 ? `${label} ${percent}%` : label}
    </Button>
  );
}
