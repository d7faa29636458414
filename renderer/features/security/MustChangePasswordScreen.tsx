import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useFormAction } from '../../api/useFormAction';
import { AuthLayout } from '../auth/AuthLayout';
import { sameAs } from '../auth/rules';
import { useSession } from '../auth/session-context';
import { policyPasswordRules, usePolicy } from './usePolicy';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** After signing in with an expired password: change it, then the app opens. */
export function MustChangePasswordScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { restart, signOut } = useSession();
  const policy = usePolicy();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useFormAction(form, (text) => ({ currentPassword: text }));

  const submit = (values: Values) =>
    run(async () => {
      await call('auth.changePassword', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      message.success(t('security.mustChange.done'));
      restart();
    });

  return (
    <AuthLayout title={t('security.mustChange.title')} subtitle={t('security.mustChange.subtitle')}>
      <Form<Values> form={form} name="must-change-password" layout="vertical" requiredMark={false} onFinish={submit} disabled={busy}>
        <Form.Item name="currentPassword" label={t('settings.password.current')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" autoFocus data-testid="expired-current" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('settings.password.new')} rules={policyPasswordRules(t, policy)}>
          <Input.Password autoComplete="new-password" data-testid="expired-new" />
        </Form.Item>
        <Form.Item name="confirm" label={t('settings.password.confirm')} dependencies={['newPassword']} rules={sameAs('newPassword', t)}>
          <Input.Password autoComplete="new-password" data-testid="expired-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="expired-submit">
          {t('settings.password.submit')}
        </Button>
        <Button type="link" block onClick={() => void signOut()} style={{ marginTop: 8 }}>
          {t('shell.signOut')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
