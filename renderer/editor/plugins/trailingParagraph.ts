import { NodeSelection, Selection, type Transaction } from '@tiptap/pm/state';

/**
 * After inserting a table or picture, makes sure typing goes on in a paragraph behind it: adds one when the
 * insert ended the document (TipTap's TrailingNode would instead change every document on opening), and
 * moves a selection left on the picture into it, where typing would otherwise replace the picture.
 */
export function withTrailingParagraph(tr: Transaction): Transaction {
  const last = tr.doc.lastChild;
  if (last && (last.type.name === 'table' || last.type.name === 'image')) tr.insert(tr.doc.content.size, tr.doc.type.schema.nodes.paragraph!.create());
  const { selection } = tr;
  if (selection instanceof NodeSelection && selection.node.type.name === 'image') tr.setSelection(Selection.near(tr.doc.resolve(selection.to), 1));
  return tr;
}
