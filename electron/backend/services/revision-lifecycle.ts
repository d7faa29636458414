import dayjs from 'dayjs';
import type { Kysely } from 'kysely';
import type { Audit } from '../context';
import { now, nowIso } from '../context';
import type { Database, RevisionRow } from '../db/schema';
import { reindexDocument } from './search-index';
import { onRevisionEffective } from './word-layouts';
import { onRevisionReading } from './reading-tasks';

export const today = () => dayjs(now()).format('YYYY-MM-DD');

/**
 * An approved revision takes effect: the one before it is superseded, and the register entry takes its
 * version, dates and status. The next periodic review falls one review interval after it.
 */
export async function makeEffective(trx: Kysely<Database>, audit: Audit, revision: RevisionRow, date: string): Promise<void> {
  const now = nowIso();
  const previous = await trx
    .selectFrom('revisions')
    .select(['id', 'label'])
    .where('document_id', '=', revision.document_id)
    .where('status', '=', 'effective')
    .execute();
  for (const p of previous) {
    await trx.updateTable('revisions').set((eb) => ({ status: 'superseded', version: eb('version', '+', 1), updated_at: now })).where('id', '=', p.id).execute();
    await audit({ entity: 'revision', entityId: p.id, action: 'supersede', after: { supersededBy: revision.label } });
  }
  await trx
    .updateTable('revisions')
    .set((eb) => ({ status: 'effective', effective_date: date, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', revision.id)
    .execute();
  const doc = await trx
    .selectFrom('documents')
    .select(['review_interval_months', 'version', 'status', 'version_label', 'effective_date', 'next_review_date'])
    .where('id', '=', revision.document_id)
    .executeTakeFirstOrThrow();
  const nextReview = dayjs(date).add(doc.review_interval_months, 'month').format('YYYY-MM-DD');
  await trx
    .updateTable('documents')
    .set({ status: 'effective', version_label: revision.label, effective_date: date, next_review_date: nextReview, version: doc.version + 1, updated_at: now })
    .where('id', '=', revision.document_id)
    .execute();
  await audit({
    entity: 'document',
    entityId: revision.document_id,
    action: 'takeEffect',
    before: { status: doc.status, versionLabel: doc.version_label, effectiveDate: doc.effective_date, nextReviewDate: doc.next_review_date },
    after: { status: 'effective', versionLabel: revision.label, effectiveDate: date, nextReviewDate: nextReview },
  });
  await audit({ entity: 'revision', entityId: revision.id, action: 'takeEffect', after: { label: revision.label, effectiveDate: date, nextReviewDate: nextReview } });
  await reindexDocument(trx, revision.document_id);
  await onRevisionEffective(trx, revision.id);
  await onRevisionReading(trx, audit, revision);
}

/** Approved revisions whose effective date has come; run at start-up, hourly, and after each approval. */
export async function activateDue(trx: Kysely<Database>, audit: Audit, date = today()): Promise<number> {
  const due = await trx
    .selectFrom('revisions')
    .selectAll()
    .where('status', '=', 'approved')
    .where((eb) => eb.or([eb('effective_date', 'is', null), eb('effective_date', '<=', date)]))
    .execute();
  for (const r of due) await makeEffective(trx, audit, r, r.effective_date ?? date);
  return due.length;
}
