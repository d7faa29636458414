import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App';
import { setLanguage } from '../../renderer/i18n';
import { installFakeBackend } from './fake-backend';
import { settings, status, user } from './fixtures';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

describe('first-run set-up', () => {
  it('creates the first quality manager with the typed values and signs in', async () => {
    const manager = user('quality_manager', { username: 'liming', displayName: '李明' });
    const backend = installFakeBackend({
      'system.status': () => status(false),
      'auth.setup': () => ({ token: 's'.repeat(43), expiresAt: '2026-03-02T08:00:00.000Z', user: manager }),
      'settings.get': () => ({ ...settings, organisationName: '明德物业服务有限公司' }),
    });
    render(<App />);
    const ui = userEvent.setup();

    await ui.type(await screen.findByTestId('setup-organisation'), '明德物业服务有限公司');
    await ui.type(screen.getByTestId('setup-username'), 'liming');
    await ui.type(screen.getByTestId('setup-display-name'), '李明');
    await ui.type(screen.getByTestId('setup-password'), 'Liming@2026');
    await ui.type(screen.getByTestId('setup-password-confirm'), 'Liming@2026');
    await ui.click(screen.getByTestId('setup-submit'));

    expect(await screen.findByTestId('org-name')).toHaveTextContent('明德物业服务有限公司');
    expect(backend.inputsOf('auth.setup')).toEqual([
      { organisation: '明德物业服务有限公司', username: 'liming', displayName: '李明', password: 'Liming@2026' },
    ]);
    expect(sessionStorage.getItem('qms.session')).toBe('s'.repeat(43));
  });

  it('does not call the server when the two passwords differ', async () => {
    const backend = installFakeBackend({ 'system.status': () => status(false) });
    render(<App />);
    const ui = userEvent.setup();

    await ui.type(await screen.findByTestId('setup-organisation'), '明德物业');
    await ui.type(screen.getByTestId('setup-username'), 'liming');
    await ui.type(screen.getByTestId('setup-display-name'), '李明');
    await ui.type(screen.getByTestId('setup-password'), 'Liming@2026');
    await ui.type(screen.getByTestId('setup-password-confirm'), 'Liming@2027');
    await ui.click(screen.getByTestId('setup-submit'));

    expect(await screen.findByText('两次输入的密码不一致。')).toBeInTheDocument();
    await waitFor(() => expect(backend.inputsOf('auth.setup')).toHaveLength(0));
  });
});
