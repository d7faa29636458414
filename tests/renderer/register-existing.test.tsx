import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setLanguage } from '../../renderer/i18n';
import { doc } from './fixtures';
import { renderSignedIn } from './render-app';
import { summary as revisionSummary } from './revision-fixtures';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

describe('登记现行版本 in bulk', () => {
  it('registers the entries filled in, with one password, skipping documents already under control', async () => {
    const paper = doc(21, { number: 'QM-P-021', title: '记录控制程序', status: 'draft', versionLabel: 'A/0' });
    const other = doc(22, { number: 'QM-P-022', title: '内部审核程序', status: 'draft', versionLabel: 'A/0' });
    const controlled = doc(23, { number: 'QM-P-023', status: 'draft', controlled: true });
    const { backend } = await renderSignedIn('quality_manager', '#/register-existing', {
      'documents.list': () => ({ items: [paper, other, controlled], total: 3 }),
      'revisions.register': (input) => revisionSummary({ documentId: input.documentId, status: 'effective', origin: 'registered', label: input.label }),
    });
    const table = await screen.findByTestId('bulk-register');
    await waitFor(() => expect(table).toHaveTextContent('记录控制程序'));
    expect(table).not.toHaveTextContent('QM-P-023');
    const ui = userEvent.setup();
    const label = within(table).getByTestId('bulk-label-QM-P-021');
    await ui.clear(label);
    await ui.type(label, 'B/2');
    await ui.click(within(table).getByTestId('bulk-date-QM-P-021'));
    await ui.type(within(table).getByTestId('bulk-date-QM-P-021'), '2024-03-01{Enter}');
    await ui.type(screen.getByTestId('bulk-password'), 'Zhanghua@2026');
    await ui.click(screen.getByTestId('bulk-submit'));
    await waitFor(() =>
      expect(backend.inputsOf('revisions.register')).toEqual([{ documentId: paper.id, label: 'B/2', effectiveDate: '2024-03-01', password: 'Zhanghua@2026' }]),
    );
    expect(await within(table).findByText('已登记')).toBeInTheDocument();
  });

  it('is not offered to authors', async () => {
    await renderSignedIn('author', '#/register-existing', { 'documents.list': () => ({ items: [], total: 0 }) });
    expect(await screen.findByText(/无权/)).toBeInTheDocument();
  });
});
