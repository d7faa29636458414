import { act, screen, waitFor } from '@testing-library/react';
import { setLanguage } from '../../renderer/i18n';
import { Refusal } from './fake-backend';
import { renderSignedIn } from './render-app';
import { editorOf, REVISION_ID, regulationDoc, revision, revisionHash, summary } from './revision-fixtures';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const EDITED_ELSEWHERE = '此草稿已在其他窗口或由他人保存过。为免覆盖，您的更改未保存；请复制您的内容后重新打开。';
const typeText = (text: string) => act(() => void editorOf().chain().focus('end').insertContent(text).run());
const storedCopy = () => JSON.parse(localStorage.getItem(`qms.unsaved.${REVISION_ID}`) ?? 'null') as { baseVersion: number; content: unknown } | null;

describe('autosave', () => {
  it('saves after a pause with the version it read, then with the next one, and says when', async () => {
    let version = 3;
    const { backend } = await renderSignedIn('author', revisionHash(), {
      'documents.get': () => regulationDoc,
      'revisions.get': () => revision({ version }),
      'revisions.save': (input) => summary({ version: (version = input.version + 1) }),
    });
    await screen.findByTestId('regulation-editor');
    typeText('补充内容');
    expect(storedCopy()).toMatchObject({ baseVersion: 3 });
    expect(screen.getByTestId('save-status')).toHaveAttribute('data-state', 'dirty');
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/已于 \d\d:\d\d 保存/), { timeout: 3000 });
    const [first] = backend.inputsOf('revisions.save');
    expect(first).toMatchObject({ id: REVISION_ID, version: 3 });
    expect(JSON.stringify(first!.content)).toContain('补充内容');
    expect(storedCopy()).toBeNull();

    typeText('再补充');
    await waitFor(() => expect(backend.inputsOf('revisions.save')).toHaveLength(2), { timeout: 3000 });
    expect(backend.inputsOf('revisions.save')[1]).toMatchObject({ version: 4 });
  });

  it('saves at once, without waiting for the pause, when the page is hidden', async () => {
    const { backend } = await renderSignedIn('author', revisionHash(), {
      'documents.get': () => regulationDoc,
      'revisions.get': () => revision(),
      'revisions.save': (input) => summary({ version: input.version + 1 }),
    });
    await screen.findByTestId('regulation-editor');
    typeText('切换窗口前');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      act(() => void document.dispatchEvent(new Event('visibilitychange')));
      await waitFor(() => expect(backend.inputsOf('revisions.save')).toHaveLength(1), { timeout: 300 });
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('stops saving on a conflict, shows the server message and keeps the local copy', async () => {
    const { backend } = await renderSignedIn('author', revisionHash(), {
      'documents.get': () => regulationDoc,
      'revisions.get': () => revision(),
      'revisions.save': () => new Refusal('CONFLICT', EDITED_ELSEWHERE, { reason: 'revisions.editedElsewhere' }),
    });
    await screen.findByTestId('regulation-editor');
    typeText('我的修改');
    expect(await screen.findByTestId('save-conflict', {}, { timeout: 3000 })).toHaveTextContent(EDITED_ELSEWHERE);
    expect(screen.getByRole('button', { name: '重新载入' })).toBeInTheDocument();
    expect(JSON.stringify(storedCopy()?.content)).toContain('我的修改');
    expect(editorOf().isEditable).toBe(false);
    await new Promise((r) => setTimeout(r, 1200));
    expect(backend.inputsOf('revisions.save')).toHaveLength(1);
  });

  it('offers unsaved changes left in this browser and saves them when restored', async () => {
    const kept = revision().content as { doc: { content: unknown[] } };
    localStorage.setItem(
      `qms.unsaved.${REVISION_ID}`,
      JSON.stringify({
        baseVersion: 3,
        savedAt: '2026-03-01T09:30:00.000Z',
        content: { schemaVersion: 1, doc: { type: 'doc', content: [...kept.doc.content, { type: 'paragraph', content: [{ type: 'text', text: '崩溃前写的' }] }] } },
      }),
    );
    const { backend } = await renderSignedIn('author', revisionHash(), {
      'documents.get': () => regulationDoc,
      'revisions.get': () => revision(),
      'revisions.save': (input) => summary({ version: input.version + 1 }),
    });
    await screen.findByTestId('restore-banner');
    expect(editorOf().getText()).not.toContain('崩溃前写的');
    act(() => screen.getByTestId('restore-yes').click());
    await waitFor(() => expect(editorOf().getText()).toContain('崩溃前写的'));
    await waitFor(() => expect(backend.inputsOf('revisions.save')).toHaveLength(1), { timeout: 3000 });
    expect(JSON.stringify(backend.inputsOf('revisions.save')[0]!.content)).toContain('崩溃前写的');
  });
});

describe('content that cannot be loaded', () => {
  it('never offers a local copy the editor could not load, which it would save emptied', async () => {
    localStorage.setItem(
      `qms.unsaved.${REVISION_ID}`,
      JSON.stringify({ baseVersion: 3, savedAt: '2026-03-01T09:30:00.000Z', content: { schemaVersion: 1, doc: { type: 'doc', content: [{ type: 'video' }] } } }),
    );
    await renderSignedIn('author', revisionHash(), { 'documents.get': () => regulationDoc, 'revisions.get': () => revision() });
    await screen.findByTestId('regulation-editor');
    expect(screen.queryByTestId('restore-banner')).not.toBeInTheDocument();
    expect(storedCopy()).toBeNull();
  });


  it('opens read-only with the server error and never saves', async () => {
    const { backend } = await renderSignedIn('author', revisionHash(), {
      'documents.get': () => regulationDoc,
      'revisions.get': () =>
        revision({
          content: { schemaVersion: 1, doc: { type: 'doc', content: [{ type: 'codeBlock', content: [{ type: 'text', text: '旧系统的代码块' }] }] } },
          contentError: 'doc.content.0.type: Invalid option',
        }),
    });
    expect(await screen.findByTestId('content-error')).toHaveTextContent('doc.content.0.type: Invalid option');
    expect(screen.getByText('旧系统的代码块')).toBeInTheDocument();
    expect(screen.queryByTestId('regulation-editor')).not.toBeInTheDocument();
    expect(screen.queryByTestId('revision-submit')).not.toBeInTheDocument();
    expect(backend.inputsOf('revisions.save')).toHaveLength(0);
  });

  it('refuses content the editor schema cannot hold even when the server accepted it', async () => {
    const { backend } = await renderSignedIn('author', revisionHash(), {
      'documents.get': () => regulationDoc,
      'revisions.get': () =>
        revision({
          content: {
            schemaVersion: 1,
            doc: { type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'article', content: [{ type: 'text', text: '列表里的条' }] }] }] }] },
          },
        }),
    });
    expect(await screen.findByTestId('content-error')).toHaveTextContent('listItem');
    expect(screen.getByText('列表里的条')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 1000));
    expect(backend.inputsOf('revisions.save')).toHaveLength(0);
  });
});
