import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../api/formErrors';
import { AuthLayout } from './AuthLayout';
import { sameAs, usernameRules } from './rules';
import { useSession } from './session-context';
import { policyPasswordRules, usePolicy } from '../security/usePolicy';

interface SetupValues {
  organisation: string;
  username: string;
  displayName: string;
  password: string;
  passwordConfirm: string;
}

/** First run: creates the first quality manager account and signs in with it. */
export function SetupScreen() {
  const { t } = useTranslation();
  const policy = usePolicy();
  const { signedIn } = useSession();
  const [form] = Form.useForm<SetupValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(values: SetupValues) {
    setBusy(true);
    setError(undefined);
    try {
      const session = await call('auth.setup', {
        organisation: values.organisation.trim(),
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
      });
      await signedIn(session, false);
    } catch (e) {
      if (!applyFieldErrors(form, e)) setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  return (
    <AuthLayout title={t('setup.title')} subtitle={t('setup.intro')}>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={busy}>
        <Form.Item name="organisation" label={t('setup.organisation')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
          <Input data-testid="setup-organisation" placeholder={t('setup.organisationPlaceholder')} autoFocus />
        </Form.Item>
        <Form.Item name="username" label={t('setup.username')} rules={usernameRules(t)} extra={t('setup.usernameHelp')}>
          <Input data-testid="setup-username" autoComplete="username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('setup.displayName')} rules={[{ required: true, whitespace: true }, { max: 64 }]}>
          <Input data-testid="setup-display-name" autoComplete="name" />
        </Form.Item>
        <Form.Item name="password" label={t('setup.password')} rules={policyPasswordRules(t, policy)}>
          <Input.Password data-testid="setup-password" autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="passwordConfirm" label={t('setup.passwordConfirm')} dependencies={['password']} rules={sameAs('password', t)}>
          <Input.Password data-testid="setup-password-confirm" autoComplete="new-password" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="setup-submit">
          {t('setup.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
