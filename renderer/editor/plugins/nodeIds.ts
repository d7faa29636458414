import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { uuidv7 } from 'uuidv7';
import { IDENTIFIED_TYPES, isIdentified, NODE_ID_ATTR } from '../../../shared/editor/node-ids';

export const nodeIdsKey = new PluginKey('nodeIds');

function idPositions(doc: PMNode): Map<string, number> {
  const out = new Map<string, number>();
  doc.forEach((child, offset) => {
    const id = child.attrs[NODE_ID_ATTR] as unknown;
    if (isIdentified(child.type.name) && typeof id === 'string' && id && !out.has(id)) out.set(id, offset);
  });
  return out;
}

/**
 * Keeps chapter and article ids present and unique after any change: a new block (typed, split, turned into an
 * article, pasted) gets a fresh id; when a copy repeats an id, the block that was already there (found through
 * the transaction's mapping) keeps it and the copy gets a new one, whether it was pasted above or below.
 */
export function fixNodeIds(transactions: readonly Transaction[], oldDoc: PMNode, tr: Transaction, newId: () => string = uuidv7): boolean {
  const before = idPositions(oldDoc);
  const owner = new Map<string, number>();
  for (const [id, pos] of before) {
    let mapped: number | null = pos;
    for (const t of transactions) {
      if (mapped === null) break;
      const r = t.mapping.mapResult(mapped, 1);
      mapped = r.deleted ? null : r.pos;
    }
    if (mapped !== null) owner.set(id, mapped);
  }
  const counts = new Map<string, number>();
  tr.doc.forEach((child) => {
    const id = child.attrs[NODE_ID_ATTR] as unknown;
    if (isIdentified(child.type.name) && typeof id === 'string' && id) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  const kept = new Set<string>();
  const fixes: { pos: number; attrs: Record<string, unknown> }[] = [];
  tr.doc.forEach((child, offset) => {
    if (!isIdentified(child.type.name)) return;
    const id = child.attrs[NODE_ID_ATTR] as unknown;
    const valid = typeof id === 'string' && id !== '';
    if (valid && counts.get(id) === 1) return;
    if (valid && !kept.has(id)) {
      const ownerPos = owner.get(id);
      // The original keeps its id; when none of the copies is the original, the first one does.
      const someoneOwns = ownerPos !== undefined && tr.doc.nodeAt(ownerPos)?.attrs[NODE_ID_ATTR] === id;
      if (someoneOwns ? offset === ownerPos : true) {
        kept.add(id);
        return;
      }
    }
    fixes.push({ pos: offset, attrs: { ...child.attrs, [NODE_ID_ATTR]: newId() } });
  });
  for (const f of fixes) tr.setNodeMarkup(f.pos, undefined, f.attrs);
  return fixes.length > 0;
}

/** The `nodeId` attribute of chapters and articles, and the plugin that keeps it present and unique. */
export const NodeIds = Extension.create({
  name: 'nodeIds',
  addGlobalAttributes() {
    return [
      {
        types: [...IDENTIFIED_TYPES],
        attributes: {
          [NODE_ID_ATTR]: {
            default: null,
            // A split's second half is a new article, not the same one.
            keepOnSplit: false,
            parseHTML: (el: HTMLElement) => el.getAttribute('data-node-id') || null,
            renderHTML: (attrs: Record<string, unknown>) => (attrs[NODE_ID_ATTR] ? { 'data-node-id': attrs[NODE_ID_ATTR] } : {}),
          },
        },
      },
    ];
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: nodeIdsKey,
        appendTransaction(transactions, oldState, newState) {
          if (!transactions.some((t) => t.docChanged)) return null;
          const tr = newState.tr;
          return fixNodeIds(transactions, oldState.doc, tr) ? tr : null;
        },
      }),
    ];
  },
});
