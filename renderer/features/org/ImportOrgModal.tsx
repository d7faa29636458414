import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../shared/jobs/contract';
import type { ImportReport } from '../../../shared/org/contract';
import { call } from '../../api/client';
import { JobProgress } from '../jobs/JobProgress';
import { followJob } from '../jobs/runJob';
import { fileToBase64 } from '../word/files';

/** Pick a workbook, see the preview (or every refused row), then import it in one go. */
export function ImportOrgModal({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [data, setData] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [job, setJob] = useState<Job | null>(null);
  // Thousands of rows take a while: the import runs as a background job, its progress shown here.
  const run = (dataBase64: string, commit: boolean) => {
    setJob(null);
    return followJob<ImportReport>(call('org.importStart', { dataBase64, commit }), setJob).done;
  };

  async function preview(file: File) {
    setBusy(true);
    setReport(null);
    setError(null);
    try {
      const base64 = await fileToBase64(file);
      setData(base64);
      setReport(await run(base64, false));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    setBusy(false);
  }

  async function commit() {
    if (!data) return;
    setBusy(true);
    try {
      const r = await run(data, true);
      if (r.committed) {
        message.success(t('org.imported'));
        onImported();
        return;
      }
      setReport(r);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    setBusy(false);
  }

  const ok = report && report.refused.length === 0;
  return (
    <Modal
      open
      width={720}
      title={t('org.importTitle')}
      okText={t('org.confirmImport')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !ok, loading: busy, ...{ 'data-testid': 'org-import-confirm' } }}
      onOk={commit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('org.importHelp')}</Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx"
        maxCount={1}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void preview(file);
          return false;
        }}
        data-testid="org-import-file"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{t('org.chooseFile')}</p>
      </Upload.Dragger>
      {busy && <div style={{ marginTop: 16 }}><JobProgress job={job} /></div>}
      {error && <Alert style={{ marginTop: 16 }} type="error" showIcon message={error} data-testid="org-import-error" />}
      {ok && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          data-testid="org-import-preview"
          message={t('org.previewOk', {
            units: report.units.created,
            positions: report.positions.created,
            people: report.people.created,
            assignments: report.assignments,
          })}
        />
      )}
      {report && !ok && (
        <Alert
          style={{ marginTop: 16 }}
          type="error"
          showIcon
          data-testid="org-import-refused"
          message={t('org.previewRefused', { count: report.refused.length })}
          description={
            <ul style={{ maxHeight: 300, overflow: 'auto', margin: 0, paddingInlineStart: 18 }}>
              {report.refused.map((r) => (
                <li key={`${r.sheet}-${r.row}-${r.message}`}>
                  {t('org.row', { sheet: r.sheet, row: r.row })}
                  {r.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Modal>
  );
}
