import type { Kysely } from 'kysely';
import type { Language } from '../../../shared/editor/structure';
import type { StoredPageNumbers } from '../../../shared/word/page-numbers';
import { hasOfficialStyle, type WordFontChoice, type WordStyle } from '../../../shared/word/style';
import type { Backend } from '../context';
import { nowIso } from '../clock';
import type { Database } from '../db/schema';
import { getRevisionRow } from './revision-rows';
import { runInWorker } from '../jobs/runner';

/** One kept layout per style and font choice: they paginate differently. */
export const layoutVariant = (language: Language, o: { style: WordStyle; fonts: WordFontChoice }) =>
  `${o.style === 'official' && hasOfficialStyle(language) ? 'official' : 'standard'}:${language === 'en' ? 'installed' : o.fonts}`;

export async function storedLayout(db: Kysely<Database>, revisionId: string, variant: string): Promise<StoredPageNumbers | null> {
  const row = await db.selectFrom('word_layouts').select('data').where('revision_id', '=', revisionId).where('variant', '=', variant).executeTakeFirst();
  return row?.data ? (JSON.parse(row.data) as StoredPageNumbers) : null;
}

export async function saveLayout(db: Kysely<Database>, revisionId: string, variant: string, numbers: StoredPageNumbers): Promise<void> {
  const now = nowIso();
  await db
    .insertInto('word_layouts')
    .values({ revision_id: revisionId, variant, data: JSON.stringify(numbers), created_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['revision_id', 'variant']).doUpdateSet({ data: JSON.stringify(numbers), updated_at: now }))
    .execute();
}

/**
 * Called in the transaction that makes a revision effective: queues the layout pass for the styles people export
 * most (standard, and official for Chinese documents), to run after the commit (computePendingLayouts).
 */
export async function onRevisionEffective(trx: Kysely<Database>, revisionId: string): Promise<void> {
  const doc = await trx.selectFrom('revisions').innerJoin('documents', 'documents.id', 'revisions.document_id').select('documents.language').where('revisions.id', '=', revisionId).executeTakeFirst();
  if (!doc) return;
  const variants = hasOfficialStyle(doc.language as Language) ? ['standard:installed', 'official:installed'] : ['standard:installed'];
  const now = nowIso();
  await trx
    .insertInto('word_layouts')
    .values(variants.map((variant) => ({ revision_id: revisionId, variant, data: null, created_at: now, updated_at: now })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * Runs the queued layout passes, one at a time in a worker; run by the maintenance schedule after activation.
 * A revision that is no longer effective, or whose content fails, is dropped from the queue.
 */
export async function computePendingLayouts(backend: Backend): Promise<number> {
  const db = backend.store.db;
  const { wordBuildInput } = await import('./word');
  const pending = await db.selectFrom('word_layouts').select(['revision_id', 'variant']).where('data', 'is', null).execute();
  let done = 0;
  for (const { revision_id, variant } of pending) {
    const drop = () => db.deleteFrom('word_layouts').where('revision_id', '=', revision_id).where('variant', '=', variant).where('data', 'is', null).execute();
    try {
      const revision = await getRevisionRow(db, revision_id);
      if (revision.status !== 'effective') {
        await drop();
        continue;
      }
      const [style, fonts] = variant.split(':') as [WordStyle, WordFontChoice];
      const { fileName: _name, ...input } = await wordBuildInput(db, revision, { style, fonts }, null);
      const out = await runInWorker('word.build', { ...input, pageNumbers: { mode: 'layout' } });
      if (out.pageNumbers) await saveLayout(db, revision_id, variant, out.pageNumbers);
      done++;
    } catch (err) {
      console.error('[qms] layout pass failed', revision_id, variant, err);
      await drop();
    }
  }
  return done;
}
