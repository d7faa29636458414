import { Extension } from '@tiptap/core';
import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import { Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    moveBlock: {
      /** Moves the top-level block holding the cursor, with what belongs to it (an article's items), past its neighbour. */
      moveBlock: (direction: 'up' | 'down') => ReturnType;
    };
  }
}

/**
 * How blocks nest when moved: a chapter carries everything up to the next chapter, an article its items
 * （一）（二）… and paragraphs up to the next article; headings bound both. Anything else moves alone.
 */
function rank(node: PMNode): number {
  if (node.type.name === 'heading') return 0;
  if (node.type.name === 'chapter') return 1;
  if (node.type.name === 'article') return 2;
  return 3;
}

/** [start, end) indices of the top-level blocks that move with block `index`, and of the unit they swap with. */
export function moveRanges(doc: PMNode, index: number, direction: 'up' | 'down'): { first: [number, number]; second: [number, number] } | null {
  const n = doc.childCount;
  const r = rank(doc.child(index));
  const unitEnd = (i: number) => {
    if (r === 3) return i + 1;
    let j = i + 1;
    while (j < n && rank(doc.child(j)) > r) j += 1;
    return j;
  };
  const end = unitEnd(index);
  if (direction === 'up') {
    if (index === 0) return null;
    let j = index - 1;
    if (r < 3) while (j > 0 && rank(doc.child(j)) > r) j -= 1;
    // No head of the same level above (text before the first chapter): pass one block.
    if (r < 3 && rank(doc.child(j)) > r) j = index - 1;
    return { first: [j, index], second: [index, end] };
  }
  if (end >= n) return null;
  // The next unit of the same level, or the next higher head with its lead-in (the unit joins that chapter's start).
  let next = end + 1;
  if (r < 3) while (next < n && rank(doc.child(next)) > r) next += 1;
  return { first: [index, end], second: [end, next] };
}

export function moveBlockTr(state: EditorState, direction: 'up' | 'down'): Transaction | null {
  const { selection, doc } = state;
  if (selection.$from.depth < 1) return null;
  const index = selection.$from.index(0);
  const ranges = moveRanges(doc, index, direction);
  if (!ranges) return null;
  const { first, second } = ranges;
  const posOf = (i: number) => selection.$from.posAtIndex(i, 0);
  const blocks = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => doc.child(from + k));
  const start = posOf(first[0]);
  const stop = posOf(second[1]);
  const tr = state.tr.replaceWith(start, stop, Fragment.from([...blocks(second[0], second[1]), ...blocks(first[0], first[1])]));
  const other = direction === 'up' ? first : second;
  const size = posOf(other[1]) - posOf(other[0]);
  const shift = direction === 'up' ? -size : size;
  if (selection instanceof TextSelection && selection.$to.index(0) === index)
    tr.setSelection(TextSelection.create(tr.doc, selection.anchor + shift, selection.head + shift));
  else tr.setSelection(Selection.near(tr.doc.resolve(selection.from + shift)));
  return tr.scrollIntoView();
}

export const MoveBlock = Extension.create({
  name: 'moveBlock',
  addCommands() {
    return {
      moveBlock:
        (direction) =>
        ({ state, dispatch }) => {
          const tr = moveBlockTr(state, direction);
          if (!tr) return false;
          dispatch?.(tr);
          return true;
        },
    };
  },
  addKeyboardShortcuts() {
    return {
      'Alt-ArrowUp': () => this.editor.commands.moveBlock('up'),
      'Alt-ArrowDown': () => this.editor.commands.moveBlock('down'),
    };
  },
});
