import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DocumentStatus, DocumentType } from '../../../shared/documents/types';
import type { SearchHit } from '../../../shared/search/contract';
import { callerOf, containsPattern, type DomainMethods, type Handlers } from '../context';
import type { Database } from '../db/schema';
import { ftsPhrase, isLong, markTerms, searchTerms, snippetOf } from './search-terms';

interface Found {
  rowids: number[];
  total: number;
}

/** Above this many matches, relevance ranking costs more than it is worth: newest first instead. */
const RANK_AT_MOST = 2000;

const unique = (ids: number[], limit: number) => [...new Set(ids)].slice(0, limit);

/** The rows whose number or title holds the word. */
function titleRows(term: string) {
  if (isLong(term)) return sql`SELECT rowid FROM document_search WHERE document_search MATCH ${`{number title} : ${ftsPhrase(term)}`}`;
  const like = containsPattern(term);
  return sql`SELECT m.doc_rowid AS rowid FROM documents AS d JOIN document_search_map AS m ON m.document_id = d.id
    WHERE d.number LIKE ${like} ESCAPE '\\' OR d.title LIKE ${like} ESCAPE '\\'`;
}

/** The rows holding the word anywhere: the trigram index for three characters or more, else titles and the pair index. */
function anyRows(term: string) {
  if (isLong(term)) return sql`SELECT rowid FROM document_search WHERE document_search MATCH ${ftsPhrase(term)}`;
  const gram = term.toLowerCase();
  // Only runs of letters and digits are indexed as pairs; anything else can match titles only.
  const bodies = /^[\p{L}\p{N}]+$/u.test(gram)
    ? sql`SELECT rowid FROM document_search_grams WHERE document_search_grams MATCH ${ftsPhrase(gram)}`
    : sql`SELECT NULL AS rowid WHERE 0`;
  return sql`${titleRows(term)} UNION ${bodies}`;
}

const allOf = (parts: RawBuilder<unknown>[]) => sql.join(parts.map((p) => sql`SELECT rowid FROM (${p})`), sql` INTERSECT `);

/** Documents holding every word: number and title matches first, then the rest by relevance or newest first. */
async function matches(db: Kysely<Database>, terms: string[], limit: number): Promise<Found> {
  const every = allOf(terms.map(anyRows));
  const { rows: count } = await sql<{ n: number }>`SELECT count(*) AS n FROM (${every})`.execute(db);
  const total = count[0]!.n;
  const { rows: titles } = await sql<{ rowid: number }>`SELECT rowid FROM (${allOf(terms.map(titleRows))}) ORDER BY rowid DESC LIMIT ${limit}`.execute(db);
  const ranked = terms.every(isLong) && total <= RANK_AT_MOST;
  const { rows: bodies } = ranked
    ? await sql<{ rowid: number }>`SELECT rowid FROM document_search WHERE document_search MATCH ${terms.map(ftsPhrase).join(' AND ')} ORDER BY rank LIMIT ${limit}`.execute(db)
    : await sql<{ rowid: number }>`SELECT rowid FROM (${every}) ORDER BY rowid DESC LIMIT ${limit}`.execute(db);
  return { rowids: unique([...titles, ...bodies].map((r) => r.rowid), limit), total };
}

export const searchHandlers: Handlers<DomainMethods<'search'>> = {
  async 'search.documents'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const terms = searchTerms(input.q);
    if (terms.length === 0) return { hits: [], total: 0 };
    const found = await matches(db, terms, input.limit);
    if (found.rowids.length === 0) return { hits: [], total: found.total };
    const docs = await db
      .selectFrom('document_search_map as m')
      .innerJoin('documents as d', 'd.id', 'm.document_id')
      .innerJoin('document_search as s', 's.rowid', 'm.doc_rowid')
      .select([
        's.body',
        // The revision whose text was searched (search-index.ts currentBody): the effective one, else the newest.
        sql<string | null>`(SELECT r.id FROM revisions r WHERE r.document_id = d.id AND r.status NOT IN ('superseded', 'obsolete')
          ORDER BY CASE WHEN r.status = 'effective' THEN 0 ELSE 1 END, r.revision_no DESC LIMIT 1)`.as('revision_id'),
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
      const inBody = terms.some((term) => d.body.toLowerCase().includes(term.toLowerCase()));
      hits.push({
        documentId: d.id,
        revisionId: inBody ? d.revision_id : null,
        number: d.number,
        title: d.title,
        titleMarked: markTerms(d.title, terms),
        type: d.type as DocumentType,
        status: d.status as DocumentStatus,
        // A match in the number or title only: the opening of the text, if any, rather than the title again.
        snippet: inBody ? snippetOf(d.body, terms) : d.body ? snippetOf(d.body, []) : '',
        terms,
      });
    }
    return { hits, total: found.total };
  },
};
