import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { editorExtensions } from '../../renderer/editor/extensions';

/** Chapters and articles keep a unique nodeId through typing, splitting, toggling and pasting copies. */
const doc = {
  type: 'doc',
  content: [
    { type: 'chapter', attrs: { nodeId: 'c1' }, content: [{ type: 'text', text: '总则' }] },
    { type: 'article', attrs: { nodeId: 'a1' }, content: [{ type: 'text', text: '目的说明' }] },
    { type: 'article', attrs: { nodeId: 'a2' }, content: [{ type: 'text', text: '范围' }] },
    { type: 'paragraph', content: [{ type: 'text', text: '正文' }] },
  ],
};

let editor: Editor;
beforeEach(() => {
  editor = new Editor({ element: document.createElement('div'), extensions: editorExtensions({ language: 'zh-CN' }), content: doc });
});
afterEach(() => editor.destroy());

const ids = () => {
  const out: { type: string; id: unknown; text: string }[] = [];
  editor.state.doc.forEach((n) => out.push({ type: n.type.name, id: n.attrs.nodeId ?? null, text: n.textContent }));
  return out;
};
const blockStart = (index: number) => {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += editor.state.doc.child(i).nodeSize;
  return pos;
};

describe('chapter and article ids in the editor', () => {
  it('keeps stored ids when the document opens and on plain typing', () => {
    expect(ids().map((b) => b.id)).toEqual(['c1', 'a1', 'a2', null]);
    editor.commands.insertContentAt(blockStart(1) + 1, '本');
    expect(ids().map((b) => b.id)).toEqual(['c1', 'a1', 'a2', null]);
  });

  it('gives the second half of a split article a new id, the first keeps its own', () => {
    editor.commands.setTextSelection(blockStart(1) + 3);
    editor.commands.splitBlock();
    const [, first, second] = ids();
    expect(first).toMatchObject({ type: 'article', id: 'a1', text: '目的' });
    expect(second!.type).toBe('article');
    expect(second!.text).toBe('说明');
    expect(typeof second!.id).toBe('string');
    expect(second!.id).not.toBe('a1');
  });

  it('gives a paragraph turned into an article an id', () => {
    editor.commands.setTextSelection(blockStart(3) + 1);
    editor.commands.toggleStructure('article');
    const last = ids()[3]!;
    expect(last.type).toBe('article');
    expect(last.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives a pasted copy a new id whether it lands above or below the original, which keeps its id', () => {
    const copy = editor.state.doc.child(2);
    // Below the original.
    editor.view.dispatch(editor.state.tr.insert(editor.state.doc.content.size, copy));
    // Above the original (before the first article): the original, now further down, keeps a2.
    editor.view.dispatch(editor.state.tr.insert(blockStart(1), copy));
    const list = ids();
    const byText = list.filter((b) => b.text === '范围');
    expect(byText).toHaveLength(3);
    expect(list[3]).toMatchObject({ text: '范围', id: 'a2' });
    const all = list.filter((b) => b.type !== 'paragraph').map((b) => b.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((id) => typeof id === 'string' && id !== '')).toBe(true);
  });

  it('keeps the id of an article cut and pasted elsewhere (a move is the same article)', () => {
    const node = editor.state.doc.child(1);
    const from = blockStart(1);
    const tr = editor.state.tr.delete(from, from + node.nodeSize);
    tr.insert(tr.doc.content.size, node);
    tr.setSelection(TextSelection.create(tr.doc, 1));
    editor.view.dispatch(tr);
    expect(ids().map((b) => b.id)).toEqual(['c1', 'a2', null, 'a1']);
  });

  it('writes the id into the HTML and reads it back from pasted HTML', () => {
    expect(editor.getHTML()).toContain('data-node-id="a1"');
    editor.commands.setContent('<p data-structure="article" data-node-id="x9">新条</p>');
    expect(ids()[0]).toMatchObject({ type: 'article', id: 'x9' });
  });
});
