import { uuidv7 } from 'uuidv7';
import type { Content, ContentNode } from './content';

/**
 * Chapters and articles carry a persistent `nodeId` attribute: their numbers (第X章 / 第X条) come from their
 * position and change when a block is inserted above them, so a citation (an audit checklist line citing an
 * article) names the revision and this id, never the number.
 */
export const IDENTIFIED_TYPES = ['chapter', 'article'] as const;
export const NODE_ID_ATTR = 'nodeId';

export const isIdentified = (type: string) => (IDENTIFIED_TYPES as readonly string[]).includes(type);

export const nodeIdOf = (node: ContentNode): string | null => {
  const id = node.attrs?.[NODE_ID_ATTR];
  return typeof id === 'string' && id !== '' ? id : null;
};

/**
 * Gives every chapter and article without an id, or with an id already used earlier in the document (a copy),
 * a new one. Returns the content (a new object only when something changed) and how many ids it set.
 * Structure blocks are top-level only, so only the top level is walked.
 */
export function ensureNodeIds(content: Content, newId: () => string = uuidv7): { content: Content; assigned: number } {
  const seen = new Set<string>();
  let assigned = 0;
  const blocks = content.doc.content.map((block) => {
    if (!isIdentified(block.type)) return block;
    const id = nodeIdOf(block);
    if (id && !seen.has(id)) {
      seen.add(id);
      return block;
    }
    const fresh = newId();
    seen.add(fresh);
    assigned++;
    return { ...block, attrs: { ...block.attrs, [NODE_ID_ATTR]: fresh } };
  });
  return assigned === 0 ? { content, assigned } : { content: { ...content, doc: { ...content.doc, content: blocks } }, assigned };
}

/**
 * The content without its chapter and article ids, as JSON: what a revision's fingerprint (content_hash, signed)
 * covers. Ids say which article is which, they are not what was written; so adding them to stored revisions
 * leaves every fingerprint, and every signature over it, as it was.
 */
export function withoutNodeIds(content: Content): string {
  return JSON.stringify(content, (key, value: unknown) => {
    if (key !== 'attrs' || !value || typeof value !== 'object' || !(NODE_ID_ATTR in value)) return value;
    const rest = { ...(value as Record<string, unknown>) };
    delete rest[NODE_ID_ATTR];
    return Object.keys(rest).length ? rest : undefined;
  });
}
