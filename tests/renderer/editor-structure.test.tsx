import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { setLanguage } from '../../renderer/i18n';
import { renderSignedIn } from './render-app';
import { cursorInBlock, editorOf, numbered, regulationDoc, revision, revisionHash, summary } from './revision-fixtures';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

/** A key press on the editor, as ProseMirror's keymaps receive it. */
const press = (target: HTMLElement, init: KeyboardEventInit) => act(() => void fireEvent.keyDown(target, init));

const open = (handlers = {}) =>
  renderSignedIn('author', revisionHash(), {
    'documents.get': () => regulationDoc,
    'revisions.get': () => revision(),
    'revisions.save': (input) => summary({ version: input.version + 1 }),
    ...handlers,
  });

describe('regulation numbering in the editor', () => {
  it('labels chapters and articles as DOM text, numbering articles across chapters', async () => {
    await open();
    await screen.findByTestId('regulation-editor');
    expect(numbered()).toEqual(['第一章总则', '第一条目的', '第二条范围', '第二章职责', '第三条质量管理部']);
    expect(screen.getByTestId('editor-outline')).toHaveTextContent('第一章总则');
  });

  it('renumbers when an article is moved with Alt+↑ and when one is deleted', async () => {
    await open();
    await screen.findByTestId('regulation-editor');
    const editor = editorOf();
    act(() => cursorInBlock(editor, 2));
    press(editor.view.dom, { key: 'ArrowUp', altKey: true });
    expect(numbered()).toEqual(['第一章总则', '第一条范围', '第二条目的', '第二章职责', '第三条质量管理部']);

    act(() => cursorInBlock(editor, 4));
    press(editor.view.dom, { key: 'ArrowUp', altKey: true });
    expect(numbered()).toEqual(['第一章总则', '第一条范围', '第二条目的', '第三条质量管理部', '第二章职责']);

    const first = editor.state.doc.child(0).nodeSize;
    act(() => void editor.commands.deleteRange({ from: first, to: first + editor.state.doc.child(1).nodeSize }));
    expect(numbered()).toEqual(['第一章总则', '第一条目的', '第二条质量管理部', '第二章职责']);
  });

  it('turns a paragraph into an article with Ctrl+Alt+8 and back with the same keys', async () => {
    await open({
      'revisions.get': () =>
        revision({ content: { schemaVersion: 1, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '新的条款' }] }] } } }),
    });
    await screen.findByTestId('regulation-editor');
    const editor = editorOf();
    act(() => cursorInBlock(editor, 0));
    press(editor.view.dom, { key: '8', ctrlKey: true, altKey: true });
    expect(numbered()).toEqual(['第一条新的条款']);
    press(editor.view.dom, { key: '8', ctrlKey: true, altKey: true });
    expect(numbered()).toEqual([]);
    press(editor.view.dom, { key: '7', ctrlKey: true, altKey: true });
    expect(numbered()).toEqual(['第一章新的条款']);
  });

  it('numbers an English document in English', async () => {
    await open({ 'revisions.get': () => revision({ language: 'en' }) });
    await screen.findByTestId('regulation-editor');
    expect(numbered()).toEqual(['Chapter 1总则', 'Article 1目的', 'Article 2范围', 'Chapter 2职责', 'Article 3质量管理部']);
  });

  it('counts Chinese characters one each and non-Chinese words (numbers too) one each, as Word does', async () => {
    await open({
      'revisions.get': () =>
        revision({ content: { schemaVersion: 1, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '服务质量 ISO 9001 standard' }] }] } } }),
    });
    await waitFor(() => expect(screen.getByTestId('char-count')).toHaveTextContent('字数 7（中文字符 4，非中文单词 3）'));
    act(() => void editorOf().commands.insertContent('满意'));
    await waitFor(() => expect(screen.getByTestId('char-count')).toHaveTextContent('字数 9（中文字符 6，非中文单词 3）'));
  });
});
