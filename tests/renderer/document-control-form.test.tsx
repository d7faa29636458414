import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setLanguage } from '../../renderer/i18n';
import { doc, user } from './fixtures';
import { renderSignedIn } from './render-app';
import { revision } from './revision-fixtures';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

async function choose(testId: string, option: string) {
  const ui = userEvent.setup();
  await ui.click(within(screen.getByTestId(testId)).getByRole('combobox'));
  const options = await screen.findAllByTitle(option);
  await ui.click(options.at(-1)!);
}

describe('document control fields', () => {
  it('creates a regulation in English from a template and opens its first draft', async () => {
    const created = doc(11, { type: 'regulation', language: 'en', title: 'Service rules' });
    const { backend } = await renderSignedIn('quality_manager', '#/documents', {
      'documents.list': () => ({ items: [], total: 0 }),
      'documents.nextNumber': () => ({ number: 'QM-R-011' }),
      'documents.create': () => created,
      'revisions.startDraft': () => revision({ documentId: created.id, language: 'en' }),
      'documents.get': () => created,
      'revisions.get': () => revision({ documentId: created.id, language: 'en' }),
    });
    const ui = userEvent.setup();
    await ui.click(await screen.findByTestId('documents-new'));
    await ui.type(await screen.findByTestId('doc-title'), 'Service rules');
    await choose('doc-type', '管理制度');
    await choose('doc-language', '英文');
    await choose('doc-approvers', '李娜');
    await choose('doc-template', 'Service quality regulations');
    await ui.click(screen.getByTestId('doc-submit'));

    await screen.findByTestId('regulation-editor');
    expect(backend.inputsOf('documents.create')[0]).toMatchObject({ language: 'en', approverIds: [user('author').id], reviewIntervalMonths: 12 });
    expect(backend.inputsOf('revisions.startDraft')).toEqual([{ documentId: created.id, templateId: 'service-quality-regulation' }]);
  });

  it('never offers status, version or effective date: they follow approval, as the form says', async () => {
    const controlled = doc(12, { controlled: true });
    const { backend } = await renderSignedIn('quality_manager', `#/documents/${controlled.id}`, {
      'documents.get': () => controlled,
      'audit.history': () => ({ items: [], total: 0 }),
      'revisions.list': () => [],
      'documents.update': (input) => ({ ...controlled, reviewIntervalMonths: input.reviewIntervalMonths ?? 12, version: 2 }),
    });
    const ui = userEvent.setup();
    await ui.click(await screen.findByTestId('doc-edit'));
    expect(await screen.findByText(/只能通过修订审批/)).toBeInTheDocument();
    for (const id of ['doc-status', 'doc-version', 'doc-effective']) expect(screen.queryByTestId(id)).not.toBeInTheDocument();
    const interval = screen.getByTestId('doc-interval');
    await ui.clear(interval);
    await ui.type(interval, '24');
    await ui.click(screen.getByTestId('doc-submit'));
    await waitFor(() => expect(backend.inputsOf('documents.update')).toHaveLength(1));
    const sent = backend.inputsOf('documents.update')[0]!;
    expect(sent).toMatchObject({ reviewIntervalMonths: 24 });
    for (const field of ['status', 'versionLabel', 'effectiveDate']) expect(sent).not.toHaveProperty(field);
  });

  it('lets the owner edit the register entry, and not another author', async () => {
    const mine = doc(13, { ownerId: user('author').id });
    const theirs = doc(14, { ownerId: user('quality_manager').id });
    const routes = { 'audit.history': () => ({ items: [], total: 0 }), 'revisions.list': () => [] };
    const first = await renderSignedIn('author', `#/documents/${mine.id}`, { ...routes, 'documents.get': () => mine });
    expect(await screen.findByTestId('doc-edit')).toBeInTheDocument();
    first.unmount();
    await renderSignedIn('author', `#/documents/${theirs.id}`, { ...routes, 'documents.get': () => theirs });
    await screen.findByTestId('revisions-panel');
    expect(screen.queryByTestId('doc-edit')).not.toBeInTheDocument();
  });

  it('offers to delete a document never submitted, with confirmation', async () => {
    const fresh = doc(15, { status: 'draft', deletable: true, ownerId: user('author').id });
    const { backend } = await renderSignedIn('author', `#/documents/${fresh.id}`, {
      'documents.get': () => fresh,
      'audit.history': () => ({ items: [], total: 0 }),
      'revisions.list': () => [],
      'documents.delete': () => ({}),
      'documents.list': () => ({ items: [], total: 0 }),
    });
    const ui = userEvent.setup();
    await ui.click(await screen.findByTestId('doc-delete'));
    expect(await screen.findByText(/从未提交审批/)).toBeInTheDocument();
    await ui.click(screen.getByTestId('delete-ok'));
    await waitFor(() => expect(backend.inputsOf('documents.delete')).toEqual([{ id: fresh.id, version: 1 }]));
  });
});
