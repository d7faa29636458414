import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { setLanguage } from '../../renderer/i18n';
import { Refusal } from './fake-backend';
import { doc } from './fixtures';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

describe('shell habits', () => {
  it('counts a new backup in Settings at once', async () => {
    let backups = 0;
    await renderSignedIn('quality_manager', '#/settings', {
      'system.info': () => ({
        databaseFile: '/data/qms.sqlite',
        sizeBytes: 4096,
        backups: { folder: '/data/backups', count: backups, sizeBytes: backups * 4096 },
        schemaVersion: 4,
        appVersion: '1.0.0',
        host: 'web' as const,
        databaseId: '0190f7a2-7c1e-7000-8000-00000000abcd',
        kit: null,
      }),
      'system.backup': () => {
        backups += 1;
        return { file: '/data/backups/qms-1.sqlite', sizeBytes: 4096 };
      },
    });
    await screen.findByText(/0 份/);
    expect(screen.getByTestId('database-id')).toHaveTextContent('0190f7a2-7c1e-7000-8000-00000000abcd');
    fireEvent.click(screen.getByTestId('backup-now'));
    await screen.findByTestId('backup-file');
    await waitFor(() => expect(screen.getByText(/1 份/)).toBeInTheDocument());
  });

  it('says 文件不存在或链接有误 for a bad document link, not the server’s input error', async () => {
    await renderSignedIn('author', '#/documents/not-an-id', {
      'documents.get': () => new Refusal('VALIDATION', '输入有误：id'),
    });
    const missing = await screen.findByTestId('document-missing');
    expect(missing).toHaveTextContent('文件不存在或链接有误');
    expect(missing).not.toHaveTextContent('输入有误');
  });

  it('opens a new page at its top', async () => {
    const scrolls: number[] = [];
    window.scrollTo = ((_x: number, y: number) => void scrolls.push(y)) as unknown as typeof window.scrollTo;
    try {
      await renderSignedIn('author', '#/departments', { 'departments.list': () => ({ items: [], total: 0 }) });
      scrolls.length = 0;
      act(() => {
        window.location.hash = '#/settings';
      });
      await waitFor(() => expect(scrolls).toContain(0));
    } finally {
      window.scrollTo = () => {};
    }
  });

  it('keeps English dates in the register on one line', async () => {
    await setLanguage('en');
    await renderSignedIn('author', '#/documents', { 'documents.list': () => ({ items: [doc(1)], total: 1 }) });
    const cell = (await screen.findByText('Jul 1, 2025')).closest('td')!;
    expect(cell.style.whiteSpace).toBe('nowrap');
  });
});
