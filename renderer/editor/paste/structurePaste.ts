import { Fragment, Slice, type Node as PMNode, type Schema } from '@tiptap/pm/model';
import { parseStructurePrefix } from '../../../shared/editor/structure';

/** A pasted paragraph or heading that starts with 第X章 / 第X条 / （一） becomes that block, without the typed number. */
function asStructure(node: PMNode, schema: Schema): PMNode {
  if (node.type.name !== 'paragraph' && node.type.name !== 'heading') return node;
  const text = node.textBetween(0, node.content.size, undefined, '\uFFFC');
  const found = parseStructurePrefix(text);
  const type = found && schema.nodes[found.type];
  if (!found || !type) return node;
  return type.create(null, node.content.cut(text.length - found.rest.length));
}

/**
 * Converts the top-level blocks of a pasted slice. A converted first or last block is closed, so it is
 * inserted as a block of its own instead of merging into the paragraph the cursor is in.
 */
export function structurePastedSlice(slice: Slice, schema: Schema): Slice {
  const nodes: PMNode[] = [];
  let changedFirst = false;
  let changedLast = false;
  let changed = false;
  const last = slice.content.childCount - 1;
  slice.content.forEach((node, _offset, index) => {
    const converted = asStructure(node, schema);
    if (converted !== node) {
      changed = true;
      if (index === 0) changedFirst = true;
      if (index === last) changedLast = true;
    }
    nodes.push(converted);
  });
  if (!changed) return slice;
  return new Slice(Fragment.fromArray(nodes), changedFirst ? 0 : slice.openStart, changedLast ? 0 : slice.openEnd);
}
