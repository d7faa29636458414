import { UploadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Modal, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { fileToBase64 } from '../word/files';

/** A unit head records staff's paper sign-off (their date, optionally the scan of the signed sheet). */
export function PaperSignOffModal({ revisionId, personIds, onClose, onDone }: { revisionId: string; personIds: string[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [date, setDate] = useState<Dayjs>(dayjs());
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    try {
      const scan = file ? await call('attachments.upload', { name: file.name, dataBase64: await fileToBase64(file) }) : null;
      const r = await call('reading.recordPaper', { revisionId, personIds, paperDate: date.format('YYYY-MM-DD'), attachmentId: scan?.id ?? null });
      message.success(t('reading.recorded', { count: r.recorded }));
      onDone();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open title={t('reading.recordSelected', { count: personIds.length })} onCancel={onClose} onOk={save} confirmLoading={busy} okButtonProps={{ 'data-testid': 'paper-save' } as never}>
      <Form layout="vertical">
        <Form.Item label={t('reading.paperDate')} required>
          <DatePicker value={date} onChange={(d) => d && setDate(d)} disabledDate={(d) => d.isAfter(dayjs(), 'day')} allowClear={false} />
        </Form.Item>
        <Form.Item label={t('reading.scan')}>
          <Upload beforeUpload={(f) => (setFile(f), false)} maxCount={1} onRemove={() => setFile(null)} accept=".pdf,.png,.jpg,.jpeg">
            <Button icon={<UploadOutlined />}>{t('reading.upload')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
