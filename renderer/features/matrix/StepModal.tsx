import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/** Asks for the signing password (approve) or a comment (return) before a step. */
export function StepModal({ kind, onCancel, onOk }: { kind: 'approve' | 'return'; onCancel: () => void; onOk: (v: { password?: string; comment?: string }) => Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password?: string; comment?: string }>();
  return (
    <Modal
      open
      title={kind === 'approve' ? t('matrix.approveTitle') : t('matrix.returnTitle')}
      okText={t(`matrix.steps.${kind}`)}
      onCancel={onCancel}
      onOk={async () => onOk(await form.validateFields())}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        {kind === 'approve' ? (
          <Form.Item name="password" label={t('matrix.password')} rules={[{ required: true }]}>
            <Input.Password autoFocus data-testid="matrix-password" autoComplete="current-password" />
          </Form.Item>
        ) : null}
        <Form.Item name="comment" label={t('matrix.comment')} rules={kind === 'return' ? [{ required: true, whitespace: true }] : []}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
