import { InboxOutlined } from '@ant-design/icons';
import { App, Form, Input, Modal, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentType } from '../../../shared/documents/types';
import { MAX_WORD_BYTES, type ImportReport } from '../../../shared/word/contract';
import { call } from '../../api/client';
import { formatBytes } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { revisionPath } from '../shell/router';
import { fileToBase64 } from './files';
import { ImportReportView } from './ImportReportView';
import { TitleMatchModal, titleMatchOf } from './TitleMatchModal';
import type { TitleMatch } from '../../../shared/word/title-match';

interface Values {
  title: string;
  type: DocumentType;
}

interface Done {
  documentId: string;
  revisionId: string;
  report: ImportReport;
}

interface Props {
  /** Import as a new draft of this document; without it, a new register entry is created. */
  documentId?: string;
  onClose: () => void;
  /** Called with the new draft's address, after the report has been read. */
  onOpen: (path: string) => void;
}

/** Checks the picked file here, before anything is sent: a .docx, at most MAX_WORD_BYTES. */
export function checkWordFile(file: { name: string; size: number }): 'type' | 'size' | null {
  if (!/\.docx$/i.test(file.name)) return 'type';
  return file.size > MAX_WORD_BYTES ? 'size' : null;
}

export function ImportWordModal({ documentId, onClose, onOpen }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  // A document in use already has the title: asked before a second one is created (issue 8).
  const [match, setMatch] = useState<{ found: TitleMatch; values: Values } | null>(null);

  async function submit(values: Values, choice?: { documentId: string } | 'new') {
    if (!file) return setFileError(t('word.import.pickFile'));
    setBusy(true);
    try {
      const title = values.title?.trim();
      const target = choice && choice !== 'new' ? choice.documentId : documentId;
      const result = await call('word.import', {
        fileName: file.name,
        base64: await fileToBase64(file),
        ...(target ? { documentId: target } : { type: values.type, ...(title ? { title } : {}), onTitleMatch: choice === 'new' ? 'new' : 'ask' }),
      });
      setMatch(null);
      setDone(result);
    } catch (e) {
      const found = titleMatchOf(e);
      if (found) setMatch({ found, values });
      else message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  if (match && !done)
    return (
      <TitleMatchModal
        match={match.found}
        busy={busy}
        onRevision={() => void submit(match.values, { documentId: match.found.documentId })}
        onNewDocument={() => void submit(match.values, 'new')}
        onCancel={() => setMatch(null)}
      />
    );

  if (done)
    return (
      <Modal
        open
        title={t('word.import.reportTitle')}
        okText={t('word.import.openDraft')}
        okButtonProps={{ 'data-testid': 'import-open' }}
        onOk={() => onOpen(revisionPath(done.documentId, done.revisionId))}
        onCancel={onClose}
        cancelText={t('common.close')}
      >
        <ImportReportView report={done.report} />
      </Modal>
    );

  return (
    <Modal
      open
      title={documentId ? t('word.import.asRevisionTitle') : t('word.import.title')}
      okText={t('word.import.ok')}
      okButtonProps={{ 'data-testid': 'import-ok' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" name="importWord" onFinish={(values) => void submit(values)} disabled={busy} initialValues={{ title: '', type: 'regulation' }}>
        <Form.Item label={t('word.import.file')} required validateStatus={fileError ? 'error' : undefined} help={fileError ?? t('word.import.fileHelp', { limit: formatBytes(MAX_WORD_BYTES) })}>
          <Upload.Dragger
            accept=".docx"
            maxCount={1}
            fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
            onRemove={() => setFile(null)}
            beforeUpload={(picked) => {
              const problem = checkWordFile(picked);
              setFileError(problem ? t(`word.import.${problem}`, { limit: formatBytes(MAX_WORD_BYTES) }) : null);
              setFile(problem ? null : picked);
              return Upload.LIST_IGNORE;
            }}
            data-testid="import-file"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('word.import.drop')}</p>
          </Upload.Dragger>
        </Form.Item>
        {!documentId && (
          <>
            <Form.Item name="type" label={t('documents.fields.type')} rules={[{ required: true, message: t('office.form.chooseRequired') }]}>
              <Select options={labels.typeOptions} data-testid="import-type" />
            </Form.Item>
            <Form.Item name="title" label={t('documents.fields.title')} extra={t('word.import.titleHelp')} rules={[{ max: 200 }]}>
              <Input data-testid="import-title" />
            </Form.Item>
          </>
        )}
        <Typography.Text type="secondary">{t('word.import.intro')}</Typography.Text>
      </Form>
    </Modal>
  );
}
