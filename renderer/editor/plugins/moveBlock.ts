import { Extension } from '@tiptap/core';
import { Fragment } from '@tiptap/pm/model';
import { Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    moveBlock: {
      /** Swaps the top-level block holding the cursor with its neighbour, so articles can be reordered from the keyboard. */
      moveBlock: (direction: 'up' | 'down') => ReturnType;
    };
  }
}

export function moveBlockTr(state: EditorState, direction: 'up' | 'down'): Transaction | null {
  const { selection, doc } = state;
  const index = selection.$from.index(0);
  const other = direction === 'up' ? index - 1 : index + 1;
  if (selection.$from.depth < 1 || other < 0 || other >= doc.childCount) return null;
  const first = Math.min(index, other);
  const start = selection.$from.posAtIndex(first, 0);
  const a = doc.child(first);
  const b = doc.child(first + 1);
  const tr = state.tr.replaceWith(start, start + a.nodeSize + b.nodeSize, Fragment.from([b, a]));
  const shift = direction === 'up' ? -doc.child(other).nodeSize : doc.child(other).nodeSize;
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
