import { sql, type Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { TrainingTopic } from '../../../shared/training/contract';
import { nowIso } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';

export async function listTopics(db: Kysely<Database>, id?: string): Promise<TrainingTopic[]> {
  let q = db
    .selectFrom('training_topics as t')
    .leftJoin('documents as d', 'd.id', 't.document_id')
    .select((eb) => [
      't.id',
      't.title',
      't.document_id',
      'd.number',
      't.validity_months',
      't.version',
      eb.selectFrom('position_topics as pt').whereRef('pt.topic_id', '=', 't.id').select((e) => e.fn.countAll<number>().as('n')).as('positions'),
    ]);
  if (id) q = q.where('t.id', '=', id);
  const rows = await q.orderBy('t.title').execute();
  return rows.map((r) => ({ id: r.id, title: r.title, documentId: r.document_id, documentNumber: r.number, validityMonths: r.validity_months, positions: Number(r.positions ?? 0), version: r.version }));
}

export async function getTopic(db: Kysely<Database>, id: string): Promise<TrainingTopic> {
  const [t] = await listTopics(db, id);
  if (!t) throw notFound('training_topic', id);
  return t;
}

export async function assertTopicTitleFree(db: Kysely<Database>, title: string, except?: string) {
  let q = db.selectFrom('training_topics').select('id').where(sql<boolean>`title = ${title} COLLATE NOCASE`);
  if (except) q = q.where('id', '!=', except);
  if (await q.executeTakeFirst()) throw new AppError('CONFLICT', 'training.topicTaken', { title });
}

/** The topic of this title, made when missing (positions name their topics as text). */
export async function topicByTitle(trx: Kysely<Database>, title: string): Promise<string> {
  const have = await trx.selectFrom('training_topics').select('id').where(sql<boolean>`title = ${title} COLLATE NOCASE`).executeTakeFirst();
  if (have) return have.id;
  const id = uuidv7();
  const at = nowIso();
  await trx.insertInto('training_topics').values({ id, title, document_id: null, validity_months: null, version: 1, created_at: at, updated_at: at }).execute();
  return id;
}

/**
 * Keeps a position's links to topics equal to its training list (the free text the organisation screens edit):
 * called wherever a position's training topics are written.
 */
export async function linkPositionTopics(trx: Kysely<Database>, positionId: string, titles: readonly string[] | undefined): Promise<void> {
  if (titles === undefined) return;
  const ids: string[] = [];
  for (const raw of titles) {
    const title = raw.trim().slice(0, 200);
    if (title) ids.push(await topicByTitle(trx, title));
  }
  await trx.deleteFrom('position_topics').where('position_id', '=', positionId).execute();
  const unique = [...new Set(ids)];
  if (unique.length) await trx.insertInto('position_topics').values(unique.map((topic_id) => ({ position_id: positionId, topic_id }))).execute();
}
