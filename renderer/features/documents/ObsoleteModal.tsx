import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QmsDocument } from '../../../shared/documents/contract';
import { call, isApiError } from '../../api/client';
import { applyFieldErrors } from '../../api/formErrors';

/** Marks a document obsolete: asks for the reason, then for a last confirmation, since it cannot be undone. */
interface Props {
  doc: QmsDocument;
  onClose: () => void;
  onDone: (doc: QmsDocument) => void;
  /** Someone changed or obsoleted the document meanwhile: show it afresh. */
  onStale: () => void;
}

export function ObsoleteModal({ doc, onClose, onDone, onStale }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);

  async function markObsolete(reason: string) {
    setBusy(true);
    try {
      const saved = await call('documents.markObsolete', { id: doc.id, version: doc.version, reason });
      message.success(t('documents.obsolete.done', { number: doc.number }));
      onDone(saved);
    } catch (e) {
      setBusy(false);
      if (isApiError(e, 'CONFLICT')) {
        message.error(e.message);
        onStale();
      } else if (!applyFieldErrors(form, e)) message.error(e instanceof Error ? e.message : String(e));
    }
  }

  function confirm({ reason }: { reason: string }) {
    modal.confirm({
      title: t('documents.obsolete.confirmTitle', { number: doc.number }),
      content: t('documents.obsolete.confirmBody'),
      okText: t('documents.obsolete.ok'),
      okType: 'danger',
      cancelText: t('common.cancel'),
      onOk: () => markObsolete(reason.trim()),
    });
  }

  return (
    <Modal
      open
      title={t('documents.obsolete.title')}
      okText={t('documents.obsolete.ok')}
      okButtonProps={{ danger: true, loading: busy, htmlType: 'submit', form: 'obsolete' }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('documents.obsolete.intro', { number: doc.number, title: doc.title })}
      </Typography.Paragraph>
      <Form form={form} name="obsolete" layout="vertical" onFinish={confirm}>
        <Form.Item name="reason" label={t('documents.obsolete.reason')} rules={[{ required: true, whitespace: true }, { max: 500 }]}>
          <Input.TextArea data-testid="obsolete-reason" rows={3} autoFocus placeholder={t('documents.obsolete.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
