import { App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useFormAction } from '../../api/useFormAction';
import { sameAs } from '../auth/rules';
import { policyPasswordRules, usePolicy } from '../security/usePolicy';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordCard() {
  const { t } = useTranslation();
  const policy = usePolicy();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // A wrong current password is reported under its field in the server's own (localised) words.
  const { busy, run } = useFormAction(form, (text) => ({ currentPassword: text }));

  const submit = (values: Values) =>
    run(async () => {
      await call('auth.changePassword', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      form.resetFields();
      message.success(t('settings.password.done'));
    });

  return (
    <Card title={t('settings.password.title')} size="small">
      <Form<Values> form={form} name="change-password" layout="vertical" onFinish={submit} disabled={busy} style={{ maxWidth: 360 }}>
        <Form.Item name="currentPassword" label={t('settings.password.current')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('settings.password.new')} rules={policyPasswordRules(t, policy)}>
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
