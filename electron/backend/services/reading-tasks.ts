import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { nowIso, type Audit } from '../context';
import type { Database, RevisionRow } from '../db/schema';
import { concernedPeople, headFor } from './reading-scope';
import { registerTaskProvider, syncEntityTasks, type OwedTask } from './task-providers';
import { requireTraining } from './training-require';

export const DEFAULT_READING_DUE_DAYS = 7;

export async function readingDueDays(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'readingDueDays').executeTakeFirst();
  const n = row ? Number(JSON.parse(row.value)) : NaN;
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_READING_DUE_DAYS;
}

export const readingLink = (revisionId: string) => `/reading/${encodeURIComponent(revisionId)}`;

/**
 * 阅知: a revision in force owes each person concerned who has a login a "read and confirm" task, and the head
 * of the unit of each one without a login a "record the paper sign-off" task (one per head and unit).
 */
export const readingTasks = {
  entityType: 'reading',
  async live(db: Kysely<Database>) {
    const rows = await db
      .selectFrom('read_confirmations as c')
      .innerJoin('revisions as r', 'r.id', 'c.revision_id')
      .select('c.revision_id')
      .distinct()
      .where('c.confirmed_at', 'is', null)
      .where('r.status', '=', 'effective')
      .execute();
    return rows.map((r) => r.revision_id);
  },
  async owed(db: Kysely<Database>, revisionId: string): Promise<OwedTask[]> {
    const r = await db
      .selectFrom('revisions as r')
      .innerJoin('documents as d', 'd.id', 'r.document_id')
      .select(['r.id', 'r.status', 'r.label', 'r.document_id', 'd.number', 'd.title', 'd.department_id'])
      .where('r.id', '=', revisionId)
      .executeTakeFirst();
    if (!r || r.status !== 'effective') return [];
    const pending = await db
      .selectFrom('read_confirmations as c')
      .innerJoin('people as p', 'p.id', 'c.person_id')
      .leftJoin('users as u', (j) => j.onRef('u.id', '=', 'p.user_id').on('u.active', '=', 1))
      .leftJoin('departments as dep', 'dep.id', 'c.unit_id')
      .select(['c.person_id', 'c.unit_id', 'c.due_at', 'c.created_at', 'u.id as userId', 'p.absent', 'dep.name as unitName'])
      .where('c.revision_id', '=', revisionId)
      .where('c.confirmed_at', 'is', null)
      .execute();
    const base = { parent_id: r.document_id, ref: r.number, title: r.title, label: r.label, link: readingLink(r.id), from_name: null };
    const owed: OwedTask[] = [];
    const paper = new Map<string, OwedTask>();
    const heads = new Map<string | null, Awaited<ReturnType<typeof headFor>>>();
    for (const p of pending) {
      if (p.userId) {
        owed.push({ ...base, kind: 'read', assignee_id: p.userId, unit_id: p.unit_id, detail: null, since: p.created_at, due_at: p.due_at });
        continue;
      }
      if (!heads.has(p.unit_id)) heads.set(p.unit_id, await headFor(db, p.unit_id));
      const head = heads.get(p.unit_id);
      if (!head) continue;
      const key = `${head.userId}|${p.unit_id ?? ''}`;
      const have = paper.get(key);
      if (have && have.due_at! <= p.due_at) continue;
      paper.set(key, { ...base, kind: 'read_paper', assignee_id: head.userId, unit_id: p.unit_id, detail: p.unitName ?? '', since: p.created_at, due_at: p.due_at });
    }
    return [...owed, ...paper.values()];
  },
};
registerTaskProvider(readingTasks);

/**
 * Called as a revision takes effect (makeEffective): the people its document's scope reaches get a reading
 * task — or, when the revision was flagged as needing training, a training requirement instead. Tasks of the
 * revision it supersedes close.
 */
export async function onRevisionReading(trx: Kysely<Database>, audit: Audit, revision: RevisionRow): Promise<void> {
  const older = await trx
    .selectFrom('read_confirmations')
    .select('revision_id')
    .distinct()
    .where('document_id', '=', revision.document_id)
    .where('revision_id', '!=', revision.id)
    .where('confirmed_at', 'is', null)
    .execute();
  for (const o of older) await syncEntityTasks(trx, 'reading', o.revision_id);
  const people = await concernedPeople(trx, revision.document_id);
  if (people.length === 0) return;
  const flagged = await trx.selectFrom('revision_training').select('revision_id').where('revision_id', '=', revision.id).executeTakeFirst();
  if (flagged) {
    await requireTraining(trx, { revisionId: revision.id, personIds: people.map((p) => p.personId), reason: 'revision', source: revision.id }, audit);
    return;
  }
  const at = nowIso();
  const due = new Date(Date.parse(at) + (await readingDueDays(trx)) * 86_400_000).toISOString();
  for (const p of people)
    await trx
      .insertInto('read_confirmations')
      .values({ id: uuidv7(), revision_id: revision.id, document_id: revision.document_id, person_id: p.personId, unit_id: p.unitId, due_at: due, confirmed_at: null, recorded_by: null, recorded_by_name: null, on_paper: 0, paper_date: null, attachment_id: null, content_hash: null, created_at: at })
      .onConflict((oc) => oc.doNothing())
      .execute();
  await audit({ entity: 'reading', entityId: revision.id, action: 'open', after: { people: people.length, dueAt: due } });
}
