import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/users/contract';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../api/formErrors';
import { sameAs } from '../auth/rules';
import { policyPasswordRules, usePolicy } from '../security/usePolicy';

export function ResetPasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const policy = usePolicy();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string; confirm: string }>();
  const [busy, setBusy] = useState(false);

  async function submit({ newPassword }: { newPassword: string }) {
    setBusy(true);
    try {
      await call('users.resetPassword', { id: user.id, newPassword });
      message.success(t('users.resetDone', { name: user.displayName }));
      onClose();
    } catch (e) {
      setBusy(false);
      if (!applyFieldErrors(form, e)) message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Modal
      open
      title={t('users.resetTitle', { name: user.displayName })}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'reset-password', loading: busy }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('users.resetIntro')}</Typography.Paragraph>
      <Form name="reset-password" form={form} layout="vertical" onFinish={submit} disabled={busy}>
        <Form.Item name="newPassword" label={t('users.newPassword')} rules={policyPasswordRules(t, policy)}>
          <Input.Password autoComplete="new-password" autoFocus />
        </Form.Item>
        <Form.Item name="confirm" label={t('users.passwordConfirm')} dependencies={['newPassword']} rules={sameAs('newPassword', t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
