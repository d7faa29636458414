import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Content, ContentNode } from '../../shared/editor/content';
import { setLanguage } from '../../renderer/i18n';
import { renderSignedIn } from './render-app';
import { cursorInBlock, editorOf, numbered, regulationDoc, revision, revisionHash, summary } from './revision-fixtures';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const press = (target: HTMLElement, init: KeyboardEventInit) => act(() => void fireEvent.keyDown(target, init));
const block = (type: string, text: string): ContentNode => ({ type, content: text ? [{ type: 'text', text }] : undefined });
const content = (...blocks: ContentNode[]): Content => ({ schemaVersion: 1, doc: { type: 'doc', content: blocks } });

const open = (c?: Content) =>
  renderSignedIn('author', revisionHash(), {
    'documents.get': () => regulationDoc,
    'revisions.get': () => (c ? revision({ content: c }) : revision()),
    'revisions.save': (input) => summary({ version: input.version + 1 }),
  });

describe('editor habits from Word and WPS', () => {
  it('moves an article together with its items （一）（二）', async () => {
    await open(
      content(
        block('chapter', '总则'),
        block('article', '甲'),
        block('clause', '甲一'),
        block('clause', '甲二'),
        block('article', '乙'),
        block('clause', '乙一'),
        block('chapter', '职责'),
        block('article', '丙'),
      ),
    );
    await screen.findByTestId('regulation-editor');
    const editor = editorOf();
    act(() => cursorInBlock(editor, 4));
    press(editor.view.dom, { key: 'ArrowUp', altKey: true });
    expect(numbered()).toEqual(['第一章总则', '第一条乙', '（一）乙一', '第二条甲', '（一）甲一', '（二）甲二', '第二章职责', '第三条丙']);
    expect(editor.state.selection.$from.parent.textContent).toBe('乙');

    press(editor.view.dom, { key: 'ArrowDown', altKey: true });
    press(editor.view.dom, { key: 'ArrowDown', altKey: true });
    // Past the next chapter's heading: 乙 and its item become the first article of 第二章.
    expect(numbered()).toEqual(['第一章总则', '第一条甲', '（一）甲一', '（二）甲二', '第二章职责', '第二条乙', '（一）乙一', '第三条丙']);
  });

  it('demotes with Tab and promotes with Shift+Tab: 章 → 条 → 项', async () => {
    await open();
    await screen.findByTestId('regulation-editor');
    const editor = editorOf();
    act(() => cursorInBlock(editor, 0));
    press(editor.view.dom, { key: 'Tab' });
    expect(numbered()[0]).toBe('第一条总则');
    press(editor.view.dom, { key: 'Tab' });
    expect(numbered()[0]).toBe('（一）总则');
    press(editor.view.dom, { key: 'Tab', shiftKey: true });
    press(editor.view.dom, { key: 'Tab', shiftKey: true });
    expect(numbered()[0]).toBe('第一章总则');
    // The toolbar's indent buttons do the same in a chapter, article or item.
    fireEvent.click(screen.getByTestId('tool-indent'));
    expect(numbered()[0]).toBe('第一条总则');
    fireEvent.click(screen.getByTestId('tool-outdent'));
    expect(numbered()[0]).toBe('第一章总则');
    expect(screen.getByTestId('tool-outdent')).toBeDisabled();
  });

  it('saves at once on Ctrl+S and keeps the browser from saving the page', async () => {
    const { backend } = await open();
    await screen.findByTestId('regulation-editor');
    act(() => void editorOf().commands.insertContentAt(editorOf().state.doc.content.size, '<p>新增内容</p>'));
    const event = new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true, cancelable: true });
    act(() => void editorOf().view.dom.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(true);
    // Well before the autosave delay (800 ms).
    await waitFor(() => expect(backend.inputsOf('revisions.save')).toHaveLength(1), { timeout: 300 });
  });

  it('shows a placeholder in a blank document and inserts a table of the size picked on the grid', async () => {
    await open(content({ type: 'paragraph' }));
    await screen.findByTestId('regulation-editor');
    const empty = document.querySelector('.ProseMirror p.is-editor-empty');
    expect(empty?.getAttribute('data-placeholder')).toContain('从这里开始输入正文');
    fireEvent.click(screen.getByTestId('tool-table'));
    fireEvent.mouseEnter(await screen.findByTestId('table-size-2x4'));
    expect(screen.getByTestId('table-size-grid')).toHaveTextContent('2 行 × 4 列');
    fireEvent.click(screen.getByTestId('table-size-2x4'));
    const table = document.querySelector('.ProseMirror table')!;
    expect(table.querySelectorAll('tr')).toHaveLength(2);
    expect(table.querySelector('tr')!.children).toHaveLength(4);
  });
});
