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

interface Match {
  doc_rowid: number;
  snippet: string | null;
}

/** Three or more characters: the trigram index, ranked, with FTS5's own highlighted snippet. */
async function trigramMatches(db: Kysely<Database>, q: string, limit: number) {
  const phrase = `"${q.replace(/"/g, '""')}"`;
  const { rows } = await sql<Match>`
    SELECT rowid AS doc_rowid, snippet(document_search, -1, ${MARK_START}, ${MARK_END}, '…', 16) AS snippet
    FROM document_search WHERE document_search MATCH ${phrase} ORDER BY rank LIMIT ${limit}`.execute(db);
  const { rows: count } = await sql<{ n: number }>`SELECT count(*) AS n FROM document_search WHERE document_search MATCH ${phrase}`.execute(db);
  return { rows, total: count[0]!.n };
}

/** One or two characters: the character-pair index for bodies, LIKE for numbers and titles. */
async function shortMatches(db: Kysely<Database>, q: string, limit: number) {
  const gram = q.toLowerCase();
  const simple = /^[\p{L}\p{N}]+$/u.test(gram);
  const like = containsPattern(q);
  const matches = sql`
    SELECT m.doc_rowid FROM documents AS d JOIN document_search_map AS m ON m.document_id = d.id
    WHERE d.number LIKE ${like} ESCAPE '\\' OR d.title LIKE ${like} ESCAPE '\\'
    ${simple ? sql`UNION SELECT rowid FROM document_search_grams WHERE document_search_grams MATCH ${`"${gram}"`}` : sql``}`;
  const { rows: count } = await sql<{ n: number }>`SELECT count(*) AS n FROM (${matches})`.execute(db);
  const { rows } = await sql<{ doc_rowid: number; title: string; body: string }>`
    SELECT s.rowid AS doc_rowid, s.title, s.body FROM document_search AS s
    WHERE s.rowid IN (${matches}) ORDER BY s.rowid DESC LIMIT ${limit}`.execute(db);
  return {
    rows: rows.map((r) => ({ doc_rowid: r.doc_rowid, snippet: r.body.toLowerCase().includes(gram) ? snippetAround(r.body, q) : snippetAround(r.title, q) })),
    total: count[0]!.n,
  };
}

export const searchHandlers: Handlers<DomainMethods<'search'>> = {
  async 'search.documents'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const q = input.q.trim();
    const found = [...q].length >= 3 ? await trigramMatches(db, q, input.limit) : await shortMatches(db, q, input.limit);
    if (found.rows.length === 0) return { hits: [], total: found.total };
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
      .where('m.doc_rowid', 'in', found.rows.map((r) => r.doc_rowid))
      .execute();
    const byRowid = new Map(docs.map((d) => [d.doc_rowid, d]));
    // Auditors and executives read effective text only: a document known only as a draft shows no body.
    const reader = me.role === 'auditor' || me.role === 'executive';
    const hits: SearchHit[] = found.rows.flatMap((r) => {
      const d = byRowid.get(r.doc_rowid);
      if (!d || (reader && d.draft_only)) return [];
      return [{ documentId: d.id, number: d.number, title: d.title, type: d.type as DocumentType, status: d.status as DocumentStatus, snippet: r.snippet ?? '' }];
    });
    return { hits, total: found.total };
  },
};
