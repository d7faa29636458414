import { Alert, App, Button, Checkbox, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../../shared/auth/contract';
import { call, isApiError } from '../../api/client';
import { formatDateTime } from '../../i18n/format';
import { usePolicy } from '../security/usePolicy';
import { AuthLayout } from './AuthLayout';
import { useSession } from './session-context';

interface SignInValues {
  username: string;
  password: string;
  remember: boolean;
}

export function SignInScreen({ notice }: { notice?: string }) {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const policy = usePolicy();
  const { notification } = App.useApp();

  /** When the account was last used, and the wrong passwords since: a person notices someone else's attempts. */
  function tellPrevious(previous: Session['previousSignIn']) {
    if (!previous) return;
    const title = previous.at ? t('security.lastSignIn', { time: formatDateTime(previous.at) }) : t('security.firstSignIn');
    const description = previous.failedAttempts > 0 ? t('security.failedSince', { count: previous.failedAttempts }) : undefined;
    notification[previous.failedAttempts > 0 ? 'warning' : 'info']({ title, description, placement: 'bottomRight', duration: previous.failedAttempts > 0 ? 0 : 6, className: 'last-sign-in' });
  }

  /** The server's words, except a lockout: its unlock time comes as ISO in the details and is shown in local time. */
  function signInError(e: unknown): string {
    const details = isApiError(e) ? (e.details as { reason?: string; lockedUntil?: string } | undefined) : undefined;
    if (details?.reason === 'auth.locked' && details.lockedUntil) return t('security.lockedSignIn', { time: formatDateTime(details.lockedUntil) });
    return e instanceof Error ? e.message : String(e);
  }

  async function submit(values: SignInValues) {
    setBusy(true);
    setError(undefined);
    try {
      const remember = values.remember === true && policy?.allowRemember !== false;
      const session = await call('auth.signIn', { username: values.username.trim(), password: values.password, remember });
      tellPrevious(session.previousSignIn);
      await signedIn(session, remember);
    } catch (e) {
      setError(signInError(e));
      setBusy(false);
    }
  }

  return (
    <AuthLayout title={t('signIn.title')} subtitle={t('signIn.subtitle')}>
      {notice && !error && <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} />}
      <Form<SignInValues> layout="vertical" requiredMark={false} onFinish={submit} onFinishFailed={() => setError(undefined)} initialValues={{ remember: false }}>
        <Form.Item name="username" label={t('signIn.username')} rules={[{ required: true, whitespace: true }]}>
          <Input data-testid="signin-username" autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true }]}>
          <Input.Password data-testid="signin-password" autoComplete="current-password" />
        </Form.Item>
        {policy?.allowRemember !== false && (
          <Form.Item name="remember" valuePropName="checked" extra={t('signIn.rememberHelp')}>
            <Checkbox data-testid="signin-remember">{t('signIn.remember')}</Checkbox>
          </Form.Item>
        )}
        {error && (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="signin-error" />
        )}
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="signin-submit">
          {t('signIn.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
