import { uuidv7 } from 'uuidv7';
import type { MigrationStep } from './index';

interface Block {
  type?: unknown;
  attrs?: Record<string, unknown>;
}

/**
 * Gives every chapter and article of stored revisions a unique `attrs.nodeId` (frozen in time: raw SQL and
 * its own walk of the JSON). Only top-level blocks can be chapters or articles. Content that is not readable
 * JSON is left alone and reported.
 */
export const articleNodeIdsStep: MigrationStep = (sqlite, report) => {
  const rows = sqlite.prepare('SELECT id, content FROM revisions').all() as { id: string; content: string }[];
  const update = sqlite.prepare('UPDATE revisions SET content = ? WHERE id = ?');
  let revisions = 0;
  let assigned = 0;
  for (const row of rows) {
    let parsed: { doc?: { content?: unknown } };
    try {
      parsed = JSON.parse(row.content) as typeof parsed;
    } catch {
      report({ entity: 'revision', entityId: row.id, message: '修订内容不是可读的 JSON，未加条款标识 / content is not readable JSON, no ids added' });
      continue;
    }
    const blocks = parsed?.doc?.content;
    if (!Array.isArray(blocks)) continue;
    const seen = new Set<string>();
    let here = 0;
    for (const b of blocks as Block[]) {
      if (!b || (b.type !== 'chapter' && b.type !== 'article')) continue;
      const id = b.attrs?.nodeId;
      if (typeof id === 'string' && id !== '' && !seen.has(id)) {
        seen.add(id);
        continue;
      }
      const fresh = uuidv7();
      seen.add(fresh);
      b.attrs = { ...(b.attrs ?? {}), nodeId: fresh };
      here++;
    }
    if (here === 0) continue;
    update.run(JSON.stringify(parsed), row.id);
    revisions++;
    assigned += here;
  }
  report({
    entity: 'revision',
    message: `${revisions} 个修订的 ${assigned} 个章、条加了标识 / ${assigned} chapter and article ids added in ${revisions} revisions`,
    details: { revisions, assigned },
  });
};
