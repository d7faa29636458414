import { sql, type Kysely } from 'kysely';
import type { DocumentStatus, DocumentType } from '../../../shared/documents/types';
import { MARK_END, MARK_START, type SearchHit } from '../../../shared/search/contract';
import { callerOf, containsPattern, type DomainMethods, type Handlers } from '../context';
import type { Database } from '../db/schema';

const CONTEXT = 24;

/** A snippet around the first match, for searches the trigram index cannot answer. */
function snippetAround(text: string, q: string): string {
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  if (at < 0) return text.slice(0, CONTEXT * 2);
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(text.length, at + q.length + CONTEXT);
  return `${start > 0 ? '…' : ''}${text.slice(start, at)}${MARK_START}${text.slice(at, at + q.length)}${MARK_END}${text.slice(at + q.length, end)}${end < text.length ? '…' : ''}`;
}

interface Found {
  rowids: number[];
  total: number;
  snippet(rowid: number): Promise<string>;
}

/** Above this many matches, relevance ranking costs more than it is worth: newest first instead. */
const RANK_AT_MOST = 2000;

const unique = (ids: number[], limit: number) => [...new Set(ids)].slice(0, limit);

/** Three or more characters: the trigram index; number and title matches first, then the body by relevance. */
async function trigramMatches(db: Kysely<Database>, q: string, limit: number): Promise<Found> {
  const phrase = `"${q.replace(/"/g, '""')}"`;
  const { rows: count } = await sql<{ n: number }>`SELECT count(*) AS n FROM document_search WHERE document_search MATCH ${phrase}`.execute(db);
  const total = count[0]!.n;
  const { rows: titles } = await sql<{ rowid: number }>`
    SELECT rowid FROM document_search WHERE document_search MATCH ${`{number title} : ${phrase}`} ORDER BY rowid DESC LIMIT ${limit}`.execute(db);
  const order = total <= RANK_AT_MOST ? sql`rank` : sql`rowid DESC`;
  const { rows: bodies } = await sql<{ rowid: number }>`
    SELECT rowid FROM document_search WHERE document_search MATCH ${phrase} ORDER BY ${order} LIMIT ${limit}`.execute(db);
  return {
    rowids: unique([...titles, ...bodies].map((r) => r.rowid), limit),
    total,
    async snippet(rowid) {
      // LIMIT 1: FTS5 applies rowid = ? as a filter and would read the rest of the match list.
      const { rows } = await sql<{ snippet: string }>`
        SELECT snippet(document_search, -1, ${MARK_START}, ${MARK_END}, '…', 16) AS snippet
        FROM document_search WHERE document_search MATCH ${phrase} AND rowid = ${rowid} LIMIT 1`.execute(db);
      return rows[0]?.snippet ?? '';
    },
  };
}

/** One or two characters: LIKE for numbers and titles (listed first), the character-pair index for bodies. */
async function shortMatches(db: Kysely<Database>, q: string, limit: number): Promise<Found> {
  const gram = q.toLowerCase();
  const like = containsPattern(q);
  const titles = sql`SELECT m.doc_rowid AS rowid FROM documents AS d JOIN document_search_map AS m ON m.document_id = d.id
    WHERE d.number LIKE ${like} ESCAPE '\\' OR d.title LIKE ${like} ESCAPE '\\'`;
  // Only runs of letters and digits are indexed as pairs; anything else can match titles only.
  const bodies = /^[\p{L}\p{N}]+$/u.test(gram)
    ? sql`SELECT rowid FROM document_search_grams WHERE document_search_grams MATCH ${`"${gram}"`}`
    : sql`SELECT NULL AS rowid WHERE 0`;
  const { rows: count } = await sql<{ n: number }>`SELECT count(*) AS n FROM (${titles} UNION ${bodies})`.execute(db);
  const { rows: first } = await sql<{ rowid: number }>`SELECT rowid FROM (${titles}) ORDER BY rowid DESC LIMIT ${limit}`.execute(db);
  const { rows: then } = await sql<{ rowid: number }>`SELECT rowid FROM (${bodies}) ORDER BY rowid DESC LIMIT ${limit}`.execute(db);
  return {
    rowids: unique([...first, ...then].map((r) => r.rowid), limit),
    total: count[0]!.n,
    async snippet(rowid) {
      const { rows } = await sql<{ title: string; body: string }>`SELECT title, body FROM document_search WHERE rowid = ${rowid}`.execute(db);
      const row = rows[0];
      if (!row) return '';
      return row.body.toLowerCase().includes(gram) ? snippetAround(row.body, q) : snippetAround(row.title, q);
    },
  };
}

export const searchHandlers: Handlers<DomainMethods<'search'>> = {
  async 'search.documents'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const q = input.q.trim();
    const found = [...q].length >= 3 ? await trigramMatches(db, q, input.limit) : await shortMatches(db, q, input.limit);
    if (found.rowids.length === 0) return { hits: [], total: found.total };
    const docs = await db
      .selectFrom('document_search_map as m')
      .innerJoin('documents as d', 'd.id', 'm.document_id')
      .select([
        'm.doc_rowid',
        'd.id',
        'd.number',
        'd.title',
        'd.type',
        'd.status',
        sql<number>`EXISTS (SELECT 1 FROM revisions r WHERE r.document_id = d.id AND r.status NOT IN ('effective', 'superseded'))
          AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.document_id = d.id AND r.status = 'effective')`.as('draft_only'),
      ])
      .where('m.doc_rowid', 'in', found.rowids)
      .execute();
    const byRowid = new Map(docs.map((d) => [d.doc_rowid, d]));
    // Auditors and executives read effective text only: a document known only as a draft shows no body.
    const reader = me.role === 'auditor' || me.role === 'executive';
    const hits: SearchHit[] = [];
    for (const rowid of found.rowids) {
      const d = byRowid.get(rowid);
      if (!d || (reader && d.draft_only)) continue;
      const snippet = await found.snippet(rowid);
      hits.push({ documentId: d.id, number: d.number, title: d.title, type: d.type as DocumentType, status: d.status as DocumentStatus, snippet });
    }
    return { hits, total: found.total };
  },
};
