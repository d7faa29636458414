import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_POLICY } from '../../shared/security/contract';
import { App } from '../../renderer/App';
import { setLanguage } from '../../renderer/i18n';
import { formatDateTime } from '../../renderer/i18n/format';
import { installFakeBackend, Refusal } from './fake-backend';
import { status } from './fixtures';

// Testers: the lockout showed its unlock time in UTC, and twice. It is shown once, in local time, formatted
// here from the ISO time the server sends in the error's details.
const UNTIL = '2026-11-23T06:45:00.000Z';
const serverMessage = '密码连续输错次数过多，账户已锁定，请在 2026-11-23 06:45 UTC 之后再试，或请质量经理解锁。';

async function signInLocked() {
  installFakeBackend({
    'system.status': () => status(true),
    'security.policy': () => DEFAULT_POLICY,
    'auth.signIn': () => new Refusal('UNAUTHENTICATED', serverMessage, { reason: 'auth.locked', lockedUntil: UNTIL }) as never,
  });
  render(<App />);
  const ui = userEvent.setup();
  await ui.type(await screen.findByTestId('signin-username'), 'lina');
  await ui.type(screen.getByTestId('signin-password'), 'wrong');
  await ui.click(screen.getByTestId('signin-submit'));
  return screen.findByTestId('signin-error');
}

describe('sign-in: a locked account', () => {
  it('tells the unlock time once, in local time (zh-CN)', async () => {
    await setLanguage('zh-CN');
    const alert = await signInLocked();
    const local = formatDateTime(UNTIL);
    expect(alert).toHaveTextContent(`账户已锁定，请在 ${local} 之后再试，或请质量经理解锁。`);
    expect(document.body.textContent).not.toContain('UTC');
    expect(screen.getAllByText((_, el) => el?.children.length === 0 && (el.textContent ?? '').includes('账户已锁定'))).toHaveLength(1);
  });

  it('does the same in English', async () => {
    await setLanguage('en');
    const alert = await signInLocked();
    expect(alert).toHaveTextContent(`the account is locked until ${formatDateTime(UNTIL)}. Try again then`);
    expect(document.body.textContent).not.toContain('UTC');
  });
});
