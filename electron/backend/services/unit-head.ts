import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Whether `userId` stands for the head of the unit owning a document: the head (departments.head_person_id →
 * people.user_id) while present, or, while the head is marked absent, the deputy of a position the head holds.
 * A task for a position goes to whoever holds it, and to the deputy while the holder is absent.
 */
export async function isUnitHeadOrDeputy(db: Kysely<Database>, userId: string, documentId: string): Promise<boolean> {
  const head = await db
    .selectFrom('documents as d')
    .innerJoin('departments as u', 'u.id', 'd.department_id')
    .innerJoin('people as p', 'p.id', 'u.head_person_id')
    .select(['p.id', 'p.user_id', 'p.absent'])
    .where('d.id', '=', documentId)
    .executeTakeFirst();
  if (!head) return false;
  if (!head.absent) return head.user_id === userId;
  const deputy = await db
    .selectFrom('person_positions as pp')
    .innerJoin('positions as pos', 'pos.id', 'pp.position_id')
    .innerJoin('people as d', 'd.id', 'pos.deputy_person_id')
    .select('d.id')
    .where('pp.person_id', '=', head.id)
    .where('d.user_id', '=', userId)
    .where('d.absent', '=', 0)
    .executeTakeFirst();
  return deputy !== undefined;
}

/** Whether a unit-head step has anyone to sign it: a head with a login, or an absent head's deputy with one. */
export async function unitHeadSignable(db: Kysely<Database>, documentId: string): Promise<boolean> {
  const users = await db.selectFrom('users').select('id').where('active', '=', 1).execute();
  for (const u of users) if (await isUnitHeadOrDeputy(db, u.id, documentId)) return true;
  return false;
}
