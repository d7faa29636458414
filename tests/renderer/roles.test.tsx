import { screen } from '@testing-library/react';
import { setLanguage } from '../../renderer/i18n';
import { doc, summary } from './fixtures';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const list = () => ({ items: [doc(1), doc(2)], total: 2 });
const history = () => ({ items: [], total: 0 });

describe('what each role is offered', () => {
  it('gives an executive no way to create, edit or obsolete documents, and no user administration', async () => {
    await renderSignedIn('executive', '#/documents', { 'documents.list': list });
    await screen.findByText('QM-P-001');
    expect(screen.queryByTestId('documents-new')).not.toBeInTheDocument();
    expect(screen.queryByTestId('nav-users')).not.toBeInTheDocument();
    expect(screen.getByTestId('nav-documents')).toBeInTheDocument();
  });

  it('shows an executive the dashboard without the "new document" action', async () => {
    await renderSignedIn('executive', '#/', { 'documents.summary': () => summary });
    expect(await screen.findByTestId('stat-total')).toHaveTextContent('20');
    expect(screen.queryByTestId('home-new-document')).not.toBeInTheDocument();
  });

  it('shows an executive a document read-only', async () => {
    await renderSignedIn('executive', `#/documents/${doc(1).id}`, { 'documents.get': () => doc(1), 'audit.history': history });
    await screen.findByTestId('document-details');
    expect(screen.queryByTestId('doc-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('doc-obsolete')).not.toBeInTheDocument();
  });

  it('lets an author create and edit but not mark obsolete', async () => {
    await renderSignedIn('author', `#/documents/${doc(1).id}`, { 'documents.get': () => doc(1), 'audit.history': history });
    expect(await screen.findByTestId('doc-edit')).toBeInTheDocument();
    expect(screen.queryByTestId('doc-obsolete')).not.toBeInTheDocument();
  });

  it('lets a quality manager mark obsolete, but nobody may change an obsolete document', async () => {
    const { unmount } = await renderSignedIn('quality_manager', `#/documents/${doc(1).id}`, {
      'documents.get': () => doc(1),
      'audit.history': history,
    });
    expect(await screen.findByTestId('doc-obsolete')).toBeInTheDocument();
    expect(screen.queryByTestId('nav-users')).toBeInTheDocument();
    unmount();

    await renderSignedIn('quality_manager', `#/documents/${doc(2).id}`, {
      'documents.get': () => doc(2, { status: 'obsolete', obsoleteReason: '已被新版替代' }),
      'audit.history': history,
    });
    expect(await screen.findByText('作废原因：已被新版替代')).toBeInTheDocument();
    expect(screen.queryByTestId('doc-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('doc-obsolete')).not.toBeInTheDocument();
  });

  it('refuses the users page to an author who types its address', async () => {
    await renderSignedIn('author', '#/users');
    expect(await screen.findByText('您的角色无权访问此页面。')).toBeInTheDocument();
  });
});
