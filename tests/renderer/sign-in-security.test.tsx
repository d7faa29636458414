import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_POLICY } from '../../shared/security/contract';
import { App } from '../../renderer/App';
import { setLanguage } from '../../renderer/i18n';
import { installFakeBackend, Refusal } from './fake-backend';
import { settings, status, user } from './fixtures';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const summary = () => ({ byStatus: { draft: 0, effective: 0, obsolete: 0 }, total: 0, inReview: 0, pending: 0, reviewDue: [], reviewDueTotal: 0 });

describe('sign-in: account security', () => {
  it('clears an old error when the form is submitted again', async () => {
    let answer: (v: unknown) => void = () => {};
    let attempt = 0;
    installFakeBackend({
      'system.status': () => status(true),
      'security.policy': () => DEFAULT_POLICY,
      'auth.signIn': () => (++attempt === 1 ? new Refusal('UNAUTHENTICATED', '用户名或密码错误。') : new Promise((r) => (answer = r))) as never,
    });
    render(<App />);
    const ui = userEvent.setup();
    await ui.type(await screen.findByTestId('signin-username'), 'lina');
    await ui.type(screen.getByTestId('signin-password'), 'wrong');
    await ui.click(screen.getByTestId('signin-submit'));
    expect(await screen.findByTestId('signin-error')).toBeInTheDocument();
    // Submitted again with the password left empty: the form refuses it, and the old error goes.
    await ui.clear(screen.getByTestId('signin-password'));
    await ui.click(screen.getByTestId('signin-submit'));
    await waitFor(() => expect(screen.queryByTestId('signin-error')).not.toBeInTheDocument());
    await ui.type(screen.getByTestId('signin-password'), 'again');
    await ui.click(screen.getByTestId('signin-submit'));
    expect(screen.queryByTestId('signin-error')).not.toBeInTheDocument();
    answer(new Refusal('UNAUTHENTICATED', '用户名或密码错误。'));
  });

  it('offers no "remember me" when the settings turn it off, and tells the last sign-in and failures since', async () => {
    installFakeBackend({
      'system.status': () => status(true),
      'security.policy': () => ({ ...DEFAULT_POLICY, allowRemember: false }),
      'auth.signIn': () => ({
        token: 'r'.repeat(43),
        expiresAt: '2026-04-01T08:00:00.000Z',
        user: user('author'),
        mustChangePassword: false,
        previousSignIn: { at: '2026-03-30T01:02:00.000Z', failedAttempts: 3 },
      }),
      'settings.get': () => settings,
      'documents.summary': summary,
    });
    render(<App />);
    const ui = userEvent.setup();
    await ui.type(await screen.findByTestId('signin-username'), 'lina');
    await waitFor(() => expect(screen.queryByTestId('signin-remember')).not.toBeInTheDocument());
    await ui.type(screen.getByTestId('signin-password'), 'Lina@2026');
    await ui.click(screen.getByTestId('signin-submit'));
    expect(await screen.findByText(/上次登录：2026/)).toBeInTheDocument();
    expect(screen.getByText(/此后有 3 次密码错误的登录尝试/)).toBeInTheDocument();
  });

  it('an expired password opens only the change-password form; after the change the app opens', async () => {
    const backend = installFakeBackend({
      'system.status': () => status(true),
      'security.policy': () => DEFAULT_POLICY,
      'auth.signIn': () => ({ token: 'e'.repeat(43), expiresAt: '2026-04-01T08:00:00.000Z', user: user('author'), mustChangePassword: true }),
      'auth.changePassword': () => ({}),
      'auth.me': () => user('author'),
      'settings.get': () => settings,
      'documents.summary': summary,
    });
    render(<App />);
    const ui = userEvent.setup();
    await ui.type(await screen.findByTestId('signin-username'), 'lina');
    await ui.type(screen.getByTestId('signin-password'), 'Lina@2026');
    await ui.click(screen.getByTestId('signin-submit'));
    await ui.type(await screen.findByTestId('expired-current'), 'Lina@2026');
    await ui.type(screen.getByTestId('expired-new'), 'abcdefgh');
    await ui.type(screen.getByTestId('expired-confirm'), 'abcdefgh');
    await ui.click(screen.getByTestId('expired-submit'));
    expect(await screen.findByText(/至少 8 个字符，且包含/)).toBeInTheDocument();
    expect(backend.inputsOf('auth.changePassword')).toEqual([]);
    await ui.clear(screen.getByTestId('expired-new'));
    await ui.type(screen.getByTestId('expired-new'), 'Lina@2027');
    await ui.clear(screen.getByTestId('expired-confirm'));
    await ui.type(screen.getByTestId('expired-confirm'), 'Lina@2027');
    await ui.click(screen.getByTestId('expired-submit'));
    expect(await screen.findByTestId('current-user')).toHaveTextContent('李娜');
    expect(backend.inputsOf('auth.changePassword')).toEqual([{ currentPassword: 'Lina@2026', newPassword: 'Lina@2027' }]);
  });
});
