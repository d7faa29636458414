import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { headFor } from './reading-scope';
import { today } from './revision-lifecycle';
import { registerTaskProvider, type OwedTask } from './task-providers';
import { personGaps, trainingTasksOutOfStep } from './training-gaps';

const DAY = 86_400_000;
/** A gap newly owed is due this many days after it opens (an expired one: on its expiry date). */
export const TRAINING_DUE_DAYS = 30;

/**
 * 'training' tasks, one record per person: each topic the person's positions (or a requirement) need and their
 * records do not show — to the person when they have a login, else to the head of their unit.
 */
export const trainingTasks = {
  entityType: 'training',
  async live(db: Kysely<Database>) {
    return (await trainingTasksOutOfStep(today()).execute(db)).rows.map((r) => r.personId);
  },
  async owed(db: Kysely<Database>, personId: string): Promise<OwedTask[]> {
    const person = await db
      .selectFrom('people as p')
      .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'p.user_id').on('u.active', '=', 1))
      .select(['p.id', 'p.name', 'p.active', 'u.id as userId'])
      .select((eb) =>
        eb
          .selectFrom('person_positions as pp')
          .innerJoin('positions as po', 'po.id', 'pp.position_id')
          .whereRef('pp.person_id', '=', 'p.id')
          .select('po.department_id')
          .orderBy('pp.is_primary', 'desc')
          .limit(1)
          .as('unitId'),
      )
      .where('p.id', '=', personId)
      .executeTakeFirst();
    if (!person || !person.active) return [];
    const gaps = (await personGaps(db, personId, today())).filter((g) => g.status !== 'ok');
    if (gaps.length === 0) return [];
    const assignee = person.userId ?? (await headFor(db, person.unitId))?.userId;
    if (!assignee) return [];
    const since = new Date(Date.parse(`${today()}T00:00:00.000Z`)).toISOString();
    return gaps.map((g) => ({
      kind: 'training',
      assignee_id: assignee,
      unit_id: person.unitId,
      from_name: null,
      parent_id: null,
      ref: person.name,
      title: g.title,
      label: g.status,
      detail: g.topicId,
      link: `/training?person=${encodeURIComponent(personId)}`,
      since,
      due_at: g.status === 'expired' && g.expiresOn ? `${g.expiresOn}T00:00:00.000Z` : new Date(Date.parse(since) + TRAINING_DUE_DAYS * DAY).toISOString(),
    }));
  },
};
registerTaskProvider(trainingTasks);
