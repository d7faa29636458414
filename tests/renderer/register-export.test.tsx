import { fireEvent, screen, waitFor } from '@testing-library/react';
import { setLanguage } from '../../renderer/i18n';
import { doc } from './fixtures';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

describe('register export', () => {
  it('exports with the filter and order on screen, every page, and hands the file to the browser', async () => {
    const downloads: string[] = [];
    URL.createObjectURL = () => 'blob:register';
    URL.revokeObjectURL = () => {};
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      const { backend } = await renderSignedIn('auditor', '#/documents?status=effective&sort=title&dir=desc&page=2', {
        'documents.list': () => ({ items: [doc(1)], total: 21 }),
        'register.exportXlsx': () => ({ fileName: '受控文件清单-2026-11-23.xlsx', base64: 'UEs=', rows: 21 }),
      });
      fireEvent.click(await screen.findByTestId('register-export'));
      await screen.findByText('已导出 21 个文件：受控文件清单-2026-11-23.xlsx');
      const [input] = backend.inputsOf('register.exportXlsx');
      expect(input).toEqual({ statuses: ['effective'], sort: 'title', dir: 'desc', language: 'zh-CN' });
      await waitFor(() => expect(downloads).toEqual(['受控文件清单-2026-11-23.xlsx']));
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });
});
