import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setLanguage } from '../../renderer/i18n';
import { summary } from './fixtures';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

describe('language switch', () => {
  it('switches the visible strings, remembers the choice and asks the server for messages in it', async () => {
    const { backend } = await renderSignedIn('quality_manager', '#/', { 'documents.summary': () => summary });
    expect(await screen.findByTestId('nav-documents')).toHaveTextContent('文件清单');
    expect(screen.getByTestId('sign-out')).toHaveTextContent('退出登录');
    expect(backend.calls.every((c) => c.locale === 'zh-CN')).toBe(true);
    expect(screen.getAllByText(/^\d{4}年\d{1,2}月\d{1,2}日$/)).not.toHaveLength(0);
    expect(await screen.findByText('查看全部 12 份')).toBeInTheDocument();

    await userEvent.setup().click(within(screen.getByTestId('lang-switch')).getByText('English'));

    await waitFor(() => expect(screen.getByTestId('nav-documents')).toHaveTextContent('Document register'));
    expect(screen.getByTestId('sign-out')).toHaveTextContent('Sign out');
    expect(screen.getByText('Quality manager')).toBeInTheDocument();
    expect(screen.getByTestId('stat-draft')).toHaveTextContent('Draft');
    expect(screen.getByText('View all 12')).toBeInTheDocument();
    // Dates follow too: today's date in the greeting reads like "March 1, 2026", no longer "2026年3月1日".
    expect(screen.getAllByText(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/)).not.toHaveLength(0);
    expect(screen.queryAllByText(/\d{4}年\d{1,2}月\d{1,2}日/)).toHaveLength(0);
    expect(localStorage.getItem('qms.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    await userEvent.setup().click(screen.getByTestId('nav-settings'));
    await screen.findByText('Change my password');
    expect(backend.calls.at(-1)?.locale).toBe('en');
  });
});
