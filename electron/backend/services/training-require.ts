import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { nowIso, type Audit } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { syncEntityTasks } from './task-providers';

/** The training topic of a controlled document (one per document), made on first need. */
export async function topicForDocument(trx: Kysely<Database>, documentId: string): Promise<string> {
  const have = await trx.selectFrom('training_topics').select('id').where('document_id', '=', documentId).orderBy('created_at').executeTakeFirst();
  if (have) return have.id;
  const doc = await trx.selectFrom('documents').select(['number', 'title']).where('id', '=', documentId).executeTakeFirst();
  if (!doc) throw notFound('document', documentId);
  const title = `${doc.number} ${doc.title}`.slice(0, 200);
  const named = await trx.selectFrom('training_topics').select(['id', 'document_id']).where('title', '=', title).executeTakeFirst();
  if (named && named.document_id === null) {
    await trx.updateTable('training_topics').set({ document_id: documentId, updated_at: nowIso() }).where('id', '=', named.id).execute();
    return named.id;
  }
  const id = uuidv7();
  const at = nowIso();
  await trx.insertInto('training_topics').values({ id, title: named ? `${title} (${documentId.slice(-4)})` : title, document_id: documentId, validity_months: null, version: 1, created_at: at, updated_at: at }).execute();
  return id;
}

export interface TrainingNeed {
  /** A topic, or a revision (its document's topic, trained on that revision). */
  topicId?: string;
  revisionId?: string;
  /** The people, or everyone holding these positions. */
  personIds?: string[];
  positionIds?: string[];
  /** Why: 'revision', 'corrective_action', … */
  reason: string;
  /** The record it came from (a revision id, a corrective action's number). */
  source?: string | null;
}

/**
 * Requires training of people beyond what their positions require (a revision flagged "needs training", a
 * corrective action's follow-up). The gaps it opens feed the inbox as 'training' tasks. Call it inside the
 * caller's write transaction; with `audit` it writes one trail entry per person.
 */
export async function requireTraining(trx: Kysely<Database>, need: TrainingNeed, audit?: Audit): Promise<{ topicId: string; created: number }> {
  let topicId = need.topicId;
  let revisionId: string | null = null;
  if (need.revisionId) {
    const rev = await trx.selectFrom('revisions').select(['id', 'document_id']).where('id', '=', need.revisionId).executeTakeFirst();
    if (!rev) throw notFound('revision', need.revisionId);
    revisionId = rev.id;
    topicId = await topicForDocument(trx, rev.document_id);
  }
  if (!topicId) throw new AppError('VALIDATION', 'training.topicOrRevision');
  if (!(await trx.selectFrom('training_topics').select('id').where('id', '=', topicId).executeTakeFirst())) throw notFound('training_topic', topicId);
  const people = new Set(need.personIds ?? []);
  if (need.positionIds?.length) {
    const holders = await trx
      .selectFrom('person_positions as pp')
      .innerJoin('people as p', 'p.id', 'pp.person_id')
      .select('pp.person_id')
      .where('pp.position_id', 'in', need.positionIds)
      .where('p.active', '=', 1)
      .execute();
    for (const h of holders) people.add(h.person_id);
  }
  const at = nowIso();
  let created = 0;
  for (const personId of people) {
    let q = trx.selectFrom('training_requirements').select('id').where('topic_id', '=', topicId).where('person_id', '=', personId);
    q = revisionId ? q.where('revision_id', '=', revisionId) : q.where('revision_id', 'is', null);
    if (await q.executeTakeFirst()) continue;
    await trx
      .insertInto('training_requirements')
      .values({ id: uuidv7(), topic_id: topicId, person_id: personId, revision_id: revisionId, reason: need.reason, source: need.source ?? null, created_at: at })
      .execute();
    created++;
    if (audit) await audit({ entity: 'training', entityId: personId, action: 'require', after: { topicId, revisionId, reason: need.reason, source: need.source ?? null } });
    else await syncEntityTasks(trx, 'training', personId);
  }
  return { topicId, created };
}
