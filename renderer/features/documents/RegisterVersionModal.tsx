import { UploadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QmsDocument } from '../../../shared/documents/contract';
import { call } from '../../api/client';
import { useFormAction } from '../../api/useFormAction';
import { FILE_BODY_ACCEPT, uploadFile } from '../revisions/FileBody';

interface Values {
  label: string;
  effectiveDate: Dayjs | null;
  password: string;
  comment: string;
}

/**
 * 登记现行版本: a quality manager records the version already in force (label, effective date, current
 * file or none) as an effective revision signed "registered", so the register is truthful from day one.
 */
export function RegisterVersionModal({ doc, onClose, onDone }: { doc: QmsDocument; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const { busy, run } = useFormAction(form, (text) => {
    form.setFieldValue('password', '');
    return { password: text };
  });

  const submit = (values: Values) =>
    run(async () => {
      const attachmentId = file ? await uploadFile(file) : undefined;
      const comment = values.comment.trim();
      const done = await call('revisions.register', {
        documentId: doc.id,
        label: values.label.trim(),
        effectiveDate: values.effectiveDate!.format('YYYY-MM-DD'),
        password: values.password,
        ...(attachmentId ? { attachmentId } : {}),
        ...(comment ? { comment } : {}),
      });
      message.success(t('approval.register.done', { number: doc.number, label: done.label }));
      onDone();
    });

  return (
    <Modal
      open
      title={t('approval.register.title', { number: doc.number })}
      okText={t('approval.register.ok')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'register-ok' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('approval.register.intro')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="registerVersion" onFinish={submit} disabled={busy} initialValues={{ label: doc.versionLabel, effectiveDate: null, password: '', comment: '' }}>
        <Form.Item name="label" label={t('approval.register.label')} rules={[{ required: true, whitespace: true }, { max: 16 }]}>
          <Input data-testid="register-label" />
        </Form.Item>
        <Form.Item name="effectiveDate" label={t('approval.register.effectiveDate')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="register-date" />
        </Form.Item>
        <Form.Item label={t('approval.register.file')} extra={t('approval.register.fileHelp')}>
          <Upload
            accept={FILE_BODY_ACCEPT}
            maxCount={1}
            fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
            beforeUpload={(f) => (setFile(f), false)}
            onRemove={() => setFile(null)}
          >
            <Button icon={<UploadOutlined />} data-testid="register-file">
              {t('approval.register.pick')}
            </Button>
          </Upload>
        </Form.Item>
        <Form.Item name="password" label={t('approval.register.password')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" data-testid="register-password" />
        </Form.Item>
        <Form.Item name="comment" label={t('approval.register.comment')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
