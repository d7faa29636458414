import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App';
import { setLanguage } from '../../renderer/i18n';
import { installFakeBackend, Refusal } from './fake-backend';
import { settings, status, user } from './fixtures';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

async function signIn(username: string, password: string, remember = false) {
  const ui = userEvent.setup();
  await ui.type(await screen.findByTestId('signin-username'), username);
  await ui.type(screen.getByTestId('signin-password'), password);
  if (remember) await ui.click(screen.getByTestId('signin-remember'));
  await ui.click(screen.getByTestId('signin-submit'));
}

describe('sign-in', () => {
  it("shows the server's own message when the credentials are refused", async () => {
    const backend = installFakeBackend({
      'system.status': () => status(true),
      'auth.signIn': () => new Refusal('UNAUTHENTICATED', '用户名或密码错误。'),
    });
    render(<App />);
    await signIn('zhanghua', 'not-the-password');

    expect(await screen.findByTestId('signin-error')).toHaveTextContent('用户名或密码错误。');
    expect(backend.inputsOf('auth.signIn')).toEqual([{ username: 'zhanghua', password: 'not-the-password', remember: false }]);
    expect(screen.queryByTestId('sign-out')).not.toBeInTheDocument();
    expect(sessionStorage.getItem('qms.session')).toBeNull();
  });

  it('keeps the session on this computer when "remember me" is ticked', async () => {
    const backend = installFakeBackend({
      'system.status': () => status(true),
      'auth.signIn': () => ({ token: 'r'.repeat(43), expiresAt: '2026-04-01T08:00:00.000Z', user: user('author') }),
      'settings.get': () => settings,
      'documents.summary': () => ({ byStatus: { draft: 0, effective: 0, obsolete: 0 }, total: 0, inReview: 0, pending: 0, reviewDue: [], reviewDueTotal: 0 }),
    });
    render(<App />);
    await signIn('lina', 'Lina@2026', true);

    expect(await screen.findByTestId('current-user')).toHaveTextContent('李娜');
    expect(backend.inputsOf('auth.signIn')[0]).toMatchObject({ remember: true });
    expect(localStorage.getItem('qms.session')).toBe('r'.repeat(43));
    expect(sessionStorage.getItem('qms.session')).toBeNull();
    expect(backend.calls.filter((c) => c.method === 'documents.summary').every((c) => c.session === 'r'.repeat(43))).toBe(true);
  });

  it('drops an expired session and asks to sign in again with the reason', async () => {
    sessionStorage.setItem('qms.session', 'x'.repeat(43));
    installFakeBackend({
      'system.status': () => status(true),
      'auth.me': () => new Refusal('UNAUTHENTICATED', '登录已过期，请重新登录。'),
      'settings.get': () => new Refusal('UNAUTHENTICATED', '登录已过期，请重新登录。'),
    });
    render(<App />);

    expect(await screen.findByText('登录已过期，请重新登录。')).toBeInTheDocument();
    expect(screen.getByTestId('signin-submit')).toBeInTheDocument();
    expect(sessionStorage.getItem('qms.session')).toBeNull();
  });
});
