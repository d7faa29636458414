import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../shared/revisions/contract';
import { call } from '../../api/client';
import { useFormAction } from '../../api/useFormAction';

export function RejectModal({ revision, onClose, onDone }: { revision: RevisionSummary; onClose: () => void; onDone: (r: RevisionSummary) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ comment: string }>();
  const { busy, run } = useFormAction(form);

  const submit = ({ comment }: { comment: string }) =>
    run(async () => {
      const done = await call('revisions.reject', { id: revision.id, version: revision.version, comment: comment.trim() });
      message.success(t('revisions.reject.done', { label: revision.label }));
      onDone(done);
    });

  return (
    <Modal
      open
      title={t('revisions.reject.title', { label: revision.label })}
      okText={t('revisions.reject.ok')}
      okButtonProps={{ danger: true, 'data-testid': 'reject-ok' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('revisions.reject.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="rejectRevision" onFinish={submit} disabled={busy} initialValues={{ comment: '' }}>
        <Form.Item name="comment" label={t('revisions.reject.comment')} rules={[{ required: true, whitespace: true }, { max: 1000 }]}>
          <Input.TextArea autoFocus rows={3} data-testid="reject-comment" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
