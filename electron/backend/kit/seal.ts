import { createHash, createHmac } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { KitScope } from '../../../shared/kit/header';

/**
 * One row as canonical JSON: columns sorted by name, blobs replaced by their SHA-256 and size (so that an
 * attachment's bytes are sealed by their hash). The same row always gives the same text.
 */
export function canonicalRow(row: Record<string, unknown>): string {
  const entries = Object.keys(row)
    .sort()
    .map((k) => {
      const v = row[k];
      if (Buffer.isBuffer(v)) return [k, { sha256: createHash('sha256').update(v).digest('hex'), size: v.length }];
      if (typeof v === 'bigint') return [k, v.toString()];
      return [k, v ?? null];
    });
  return JSON.stringify(entries);
}

export interface SealedFacts {
  kitId: string;
  mainDatabaseId: string;
  scopes: KitScope[];
  forUsers: string[];
  createdAt: string;
  createdBy: string | null;
}

/**
 * HMAC-SHA-256, keyed by the main database's secret, over what the kit is (ids, scopes with their sequence
 * numbers, for whom, when, by whom) and its base: every kit_base row in (table, id) order. Only the main
 * database can compute it; any change to the base or to these facts changes it.
 */
export function computeSeal(secret: Buffer, facts: SealedFacts, kit: BetterSqlite3.Database): string {
  const mac = createHmac('sha256', secret);
  mac.update(`${JSON.stringify(['qmskit-seal', 1, facts.kitId, facts.mainDatabaseId, facts.scopes, facts.forUsers, facts.createdAt, facts.createdBy])}\n`);
  const rows = kit.prepare('SELECT tbl, row_id, data FROM kit_base ORDER BY tbl, row_id').iterate() as IterableIterator<{ tbl: string; row_id: string; data: string }>;
  for (const r of rows) mac.update(`${JSON.stringify([r.tbl, r.row_id, r.data])}\n`);
  return mac.digest('hex');
}
