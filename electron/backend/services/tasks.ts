import type { Kysely } from 'kysely';
import type { Task } from '../../../shared/tasks/contract';
import { nowIso } from '../clock';
import { callerOf, setBeforeCommit, type DomainMethods, type Handlers } from '../context';
import type { Database, TaskRow } from '../db/schema';
import { syncTouched } from './task-providers';

// Every audited write transaction keeps the stored inbox in step with the records it changed.
setBeforeCommit(syncTouched);

const toTask = (r: TaskRow, at: string): Task => ({
  id: r.id,
  kind: r.kind as Task['kind'],
  entityType: r.entity_type as Task['entityType'],
  entityId: r.entity_id,
  parentId: r.parent_id,
  ref: r.ref ?? '',
  title: r.title,
  label: r.label ?? '',
  detail: r.detail,
  meaning: r.kind === 'sign' ? (r.detail as Task['meaning']) : null,
  comment: r.kind === 'revise' ? r.detail : null,
  from: r.from_name,
  since: r.since,
  dueAt: r.due_at,
  overdue: r.due_at !== null && r.due_at < at,
  link: r.link,
});

const SELECT_COLUMNS = [
  'id', 'kind', 'entity_type', 'entity_id', 'assignee_id', 'unit_id', 'from_name', 'parent_id', 'ref', 'title', 'label', 'detail', 'link', 'since', 'due_at', 'created_at', 'closed_at',
] as const;

/** The caller's open tasks, oldest due first: the query the benchmark compares with a raw prepared statement. */
export function myTasksQuery(db: Kysely<Database>, userId: string, filter: { kind?: string; overdueBefore?: string }) {
  let q = db.selectFrom('tasks').where('assignee_id', '=', userId).where('closed_at', 'is', null);
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.overdueBefore) q = q.where('due_at', '<', filter.overdueBefore);
  return q;
}

export const tasksHandlers: Handlers<DomainMethods<'tasks'>> = {
  async 'tasks.mine'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const at = nowIso();
    const filtered = myTasksQuery(db, me.id, { kind: input.kind, overdueBefore: input.overdue ? at : undefined });
    const rows = await filtered
      .select([...SELECT_COLUMNS])
      .orderBy('due_at')
      .orderBy('since')
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute();
    const counts = await myTasksQuery(db, me.id, {})
      .select((eb) => [eb.fn.countAll<number>().as('open'), eb.fn.sum<number>(eb.case().when('due_at', '<', at).then(1).else(0).end()).as('overdue')])
      .executeTakeFirstOrThrow();
    const total =
      input.kind || input.overdue ? (await filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n : counts.open;
    return { items: rows.map((r) => toTask(r, at)), total, open: counts.open, overdue: Number(counts.overdue ?? 0) };
  },

  async 'tasks.overdueByUnit'(_input, ctx) {
    const at = nowIso();
    const rows = await ctx.backend.store.db
      .selectFrom('tasks as t')
      .leftJoin('departments as d', 'd.id', 't.unit_id')
      .where('t.closed_at', 'is', null)
      .select((eb) => [
        't.unit_id as unitId',
        'd.name as unitName',
        eb.fn.countAll<number>().as('open'),
        eb.fn.sum<number>(eb.case().when('t.due_at', '<', at).then(1).else(0).end()).as('overdue'),
      ])
      .groupBy('t.unit_id')
      .orderBy('overdue', 'desc')
      .execute();
    return rows.map((r) => ({ unitId: r.unitId, unitName: r.unitName, open: r.open, overdue: Number(r.overdue ?? 0) }));
  },
};
