import { DownloadOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../shared/revisions/contract';
import { call } from '../../api/client';
import { base64ToBlob, download, fileToBase64 } from '../word/files';

/** What a file body may be: the store checks the type by content, this only narrows the picker. */
export const FILE_BODY_ACCEPT = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg';

/** Uploads a file to the attachment store; its id, or the server's words on refusal. */
export async function uploadFile(file: File): Promise<string> {
  const stored = await call('attachments.upload', { name: file.name, dataBase64: await fileToBase64(file) });
  return stored.id;
}

/** Makes an uploaded file the body of a draft, or (file null) returns it to editor content. */
export function FileBodyButtons({ revision, onChanged }: { revision: RevisionSummary; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function attach(file: File | null) {
    setBusy(true);
    try {
      const attachmentId = file ? await uploadFile(file) : null;
      await call('revisions.attachFile', { id: revision.id, version: revision.version, attachmentId });
      message.success(file ? t('approval.file.attached', { name: file.name }) : t('approval.file.detached'));
      onChanged();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Upload accept={FILE_BODY_ACCEPT} showUploadList={false} beforeUpload={(f) => (void attach(f), false)}>
        <Button icon={<UploadOutlined />} loading={busy} data-testid="file-body-upload">
          {revision.file ? t('approval.file.replace') : t('approval.file.upload')}
        </Button>
      </Upload>
      {revision.file && (
        <Button onClick={() => void attach(null)} disabled={busy} data-testid="file-body-remove">
          {t('approval.file.remove')}
        </Button>
      )}
    </>
  );
}

/** The file a revision's body is: name, type, size, fingerprint, the original to download, and whether it can be searched. */
export function FileBodyCard({ revision }: { revision: RevisionSummary }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const file = revision.file!;
  async function original() {
    try {
      const got = await call('word.export', { revisionId: revision.id });
      download(base64ToBlob(got.base64, file.mediaType), got.fileName);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="file-body"
      title={
        <Flex gap={8} align="center">
          <FileOutlined />
          {t('approval.file.title')}
        </Flex>
      }
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void original()} data-testid="file-body-download">
          {t('approval.file.download')}
        </Button>
      }
    >
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'name', label: t('approval.file.name'), children: file.name },
          { key: 'type', label: t('approval.file.type'), children: file.mediaType },
          { key: 'size', label: t('approval.file.size'), children: t('approval.file.bytes', { count: file.size }) },
          { key: 'hash', label: t('approval.signatures.fingerprint'), children: <Typography.Text code className="mono">{file.sha256.slice(0, 16)}</Typography.Text> },
        ]}
      />
      {!file.hasText && <Alert type="warning" showIcon style={{ marginTop: 8 }} data-testid="file-no-text" title={t('approval.file.noText')} />}
    </Card>
  );
}
