import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../errors';
import type { KitExportOptions } from './export';

export type KitSelection = Pick<KitExportOptions, 'records' | 'writable' | 'scopes'>;

/**
 * A generic selection by document number (until audits plug in their own): each document with its
 * revisions, their file bodies, its unit; the documents themselves writable in the field, the rest read-only.
 */
export function documentSelection(sqlite: BetterSqlite3.Database, numbers: string[]): KitSelection {
  const docs = numbers.map((number) => {
    const row = sqlite.prepare('SELECT id, number, department_id FROM documents WHERE number = ? COLLATE NOCASE').get(number) as
      | { id: string; number: string; department_id: string | null }
      | undefined;
    if (!row) throw new AppError('VALIDATION', 'kit.missingRecord', { table: 'documents', id: number });
    return row;
  });
  const ids = docs.map((d) => d.id);
  const marks = ids.map(() => '?').join(', ');
  const revisions = sqlite.prepare(`SELECT id, attachment_id FROM revisions WHERE document_id IN (${marks}) ORDER BY id`).all(...ids) as { id: string; attachment_id: string | null }[];
  return {
    records: [
      { table: 'documents', ids },
      { table: 'revisions', ids: revisions.map((r) => r.id) },
      { table: 'attachments', ids: revisions.flatMap((r) => (r.attachment_id ? [r.attachment_id] : [])) },
      { table: 'departments', ids: docs.flatMap((d) => (d.department_id ? [d.department_id] : [])) },
    ],
    writable: [{ entity: 'document', ids }],
    scopes: docs.map((d) => ({ scope: `document:${d.id}`, label: d.number })),
  };
}
