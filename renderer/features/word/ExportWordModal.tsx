import { Alert, App, Checkbox, Form, Input, Modal, Radio, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/editor/structure';
import type { Job } from '../../../shared/jobs/contract';
import type { Output } from '../../../shared/api/contract';
import { WORD_STYLES } from '../../../shared/word/contract';
import { hasOfficialStyle, WORD_FONT_CHOICES, type WordFontChoice, type WordStyle } from '../../../shared/word/style';
import { call } from '../../api/client';
import { followJob, type JobHandle } from '../jobs/runJob';
import { JobProgress } from '../jobs/JobProgress';
import { base64ToBlob, download, DOCX_TYPE } from './files';

interface Values {
  style: WordStyle;
  fonts: WordFontChoice;
  controlled: boolean;
  copyNumber: string;
  appendMatrix?: boolean;
}

interface Props {
  revisionId: string;
  status: string;
  language: Language;
  /** A quality manual may append the effective responsibility matrix. */
  documentType?: string;
  onClose: () => void;
}

/**
 * Export choices: style (no official style for English), fonts, 受控/非受控 with a copy number; the export runs
 * as a job with a progress bar, and a draft is said to export without TOC page numbers.
 */
export function ExportWordModal({ revisionId, status, language, documentType, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const effective = status === 'effective';
  const official = hasOfficialStyle(language);
  const style = Form.useWatch('style', form) ?? 'standard';
  const controlled = Form.useWatch('controlled', form) ?? effective;
  const [job, setJob] = useState<Job | null>(null);
  const [running, setRunning] = useState(false);
  const handle = useRef<JobHandle<Output<'word.export'>> | null>(null);

  async function submit(values: Values) {
    setRunning(true);
    setJob(null);
    const copyNumber = values.copyNumber?.trim();
    handle.current = followJob<Output<'word.export'>>(
      call('word.exportStart', { revisionId, style: values.style, fonts: values.fonts, controlled: values.controlled, ...(values.controlled && copyNumber ? { copyNumber } : {}), ...(values.appendMatrix && { appendMatrix: true }) }),
      setJob,
    );
    try {
      const file = await handle.current.done;
      download(base64ToBlob(file.base64, DOCX_TYPE), file.fileName);
      message.success(t(file.distributed ? 'wordExport.distributed' : 'wordExport.done', { name: file.fileName }));
      onClose();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
      setRunning(false);
    }
  }

  async function cancel() {
    if (handle.current && (await handle.current.cancel())) message.info(t('jobs.cancelled'));
  }

  return (
    <Modal
      open
      title={t('wordExport.title')}
      okText={t('wordExport.ok')}
      okButtonProps={{ 'data-testid': 'export-ok' }}
      onOk={() => form.submit()}
      onCancel={running ? () => void cancel() : onClose}
      confirmLoading={running}
      // While the job runs, the progress bar's own button cancels it.
      cancelButtonProps={{ style: running ? { display: 'none' } : undefined }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="exportWord"
        onFinish={submit}
        disabled={running}
        initialValues={{ style: 'standard', fonts: 'installed', controlled: effective, copyNumber: '' }}
      >
        <Form.Item name="style" label={t('wordExport.style')} extra={official ? (style === 'official' ? t('wordExport.officialHelp') : undefined) : t('wordExport.noOfficialEnglish')}>
          <Radio.Group data-testid="export-style">
            {WORD_STYLES.map((s) => (
              <Radio key={s} value={s} disabled={s === 'official' && !official} data-testid={`export-${s}`}>
                {t(`wordExport.styles.${s}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {style === 'official' && (
          <Form.Item name="fonts" label={t('wordExport.fonts')}>
            <Radio.Group data-testid="export-fonts">
              {WORD_FONT_CHOICES.map((f) => (
                <Radio key={f} value={f} data-testid={`export-fonts-${f}`}>
                  {t(`wordExport.fontChoices.${f}`)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        )}
        <Form.Item name="controlled" label={t('wordExport.control')} extra={effective ? t('wordExport.controlledHelp') : t('wordExport.onlyEffectiveControlled')}>
          <Radio.Group disabled={!effective} data-testid="export-control">
            <Radio value={true} data-testid="export-controlled">{t('wordExport.controlled')}</Radio>
            <Radio value={false} data-testid="export-uncontrolled">{t('wordExport.uncontrolled')}</Radio>
          </Radio.Group>
        </Form.Item>
        {effective && controlled && (
          <Form.Item name="copyNumber" label={t('wordExport.copyNumber')} rules={[{ max: 40 }]}>
            <Input data-testid="export-copy-number" maxLength={40} />
          </Form.Item>
        )}
        {documentType === 'manual' && (
          <Form.Item name="appendMatrix" valuePropName="checked">
            <Checkbox data-testid="export-append-matrix">{t('matrix.appendToManual')}</Checkbox>
          </Form.Item>
        )}
        {effective ? (
          <Typography.Paragraph type="secondary">{t('wordExport.firstLayout')}</Typography.Paragraph>
        ) : (
          <Alert type="warning" showIcon data-testid="export-draft-note" title={t('wordExport.draftNoPageNumbers')} style={{ marginBottom: 12 }} />
        )}
      </Form>
      {running && <JobProgress job={job} onCancel={() => void cancel()} />}
    </Modal>
  );
}
