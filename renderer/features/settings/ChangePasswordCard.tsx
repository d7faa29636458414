import { App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, isApiError } from '../../api/client';
import { applyFieldErrors } from '../../api/formErrors';
import { passwordRules, sameAs } from '../auth/rules';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  async function submit(values: Values) {
    setBusy(true);
    try {
      await call('auth.changePassword', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      form.resetFields();
      message.success(t('settings.password.done'));
    } catch (e) {
      // A wrong current password comes back as VALIDATION without field details.
      if (isApiError(e, 'VALIDATION') && e.fieldIssues.length === 0) form.setFields([{ name: 'currentPassword', errors: [e.message] }]);
      else if (!applyFieldErrors(form, e)) message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('settings.password.title')} size="small">
      <Form<Values> form={form} name="change-password" layout="vertical" onFinish={submit} disabled={busy} style={{ maxWidth: 360 }}>
        <Form.Item name="currentPassword" label={t('settings.password.current')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('settings.password.new')} rules={passwordRules(t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('settings.password.confirm')} dependencies={['newPassword']} rules={sameAs('newPassword', t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('settings.password.submit')}
        </Button>
      </Form>
    </Card>
  );
}
