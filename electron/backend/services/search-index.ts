import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Every character and every pair of adjacent characters in runs of letters and digits, once each. */
export function grams(text: string): string {
  const out = new Set<string>();
  for (const run of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = [...run];
    chars.forEach((c, i) => {
      out.add(c);
      if (i + 1 < chars.length) out.add(c + chars[i + 1]);
    });
  }
  return [...out].join(' ');
}

/** The text searched for a document: its effective revision, else its newest one. */
async function currentBody(db: Kysely<Database>, documentId: string): Promise<string> {
  const row = await db
    .selectFrom('revisions')
    .select('body_text')
    .where('document_id', '=', documentId)
    .where('status', 'not in', ['superseded', 'obsolete'])
    .orderBy((eb) => eb.case().when('status', '=', 'effective').then(0).else(1).end())
    .orderBy('revision_no', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.body_text ?? '';
}

/** Rewrites a document's search rows; call inside the transaction that changed it. */
export async function reindexDocument(trx: Kysely<Database>, documentId: string): Promise<void> {
  const doc = await trx.selectFrom('documents').select(['number', 'title']).where('id', '=', documentId).executeTakeFirstOrThrow();
  let map = await trx.selectFrom('document_search_map').select('doc_rowid').where('document_id', '=', documentId).executeTakeFirst();
  map ??= await trx.insertInto('document_search_map').values({ document_id: documentId }).returning('doc_rowid').executeTakeFirstOrThrow();
  const rowid = map.doc_rowid;
  const body = await currentBody(trx, documentId);
  await trx.deleteFrom('document_search').where('rowid', '=', rowid).execute();
  await trx.insertInto('document_search').values({ rowid, number: doc.number, title: doc.title, body }).execute();
  await trx.deleteFrom('document_search_grams').where('rowid', '=', rowid).execute();
  await trx.insertInto('document_search_grams').values({ rowid, grams: grams(body) }).execute();
}

/** Removes a deleted document's search rows. */
export async function dropFromIndex(trx: Kysely<Database>, documentId: string): Promise<void> {
  const map = await trx.selectFrom('document_search_map').select('doc_rowid').where('document_id', '=', documentId).executeTakeFirst();
  if (!map) return;
  await trx.deleteFrom('document_search').where('rowid', '=', map.doc_rowid).execute();
  await trx.deleteFrom('document_search_grams').where('rowid', '=', map.doc_rowid).execute();
  await trx.deleteFrom('document_search_map').where('doc_rowid', '=', map.doc_rowid).execute();
}
