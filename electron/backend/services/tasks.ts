import { createQueryId, type CompiledQuery, type Kysely, type QueryResult } from 'kysely';
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

/**
 * An inbox read in one statement: the caller's open and overdue counts (and for a filtered list its size)
 * as a one-row subquery, left-joined to the page itself, so an empty page still brings the counts. The page
 * keeps its own ORDER BY … LIMIT so it walks the (assignee, due, since) index and stops after the page.
 */
function pageWithCounts(db: Kysely<Database>, userId: string, filter: { kind?: string; overdueBefore?: string }, at: string, limit: number, offset: number) {
  const mine = myTasksQuery(db, userId, {}).select((eb) => [
    eb.fn.countAll<number>().as('n_open'),
    eb.fn.sum<number>(eb.case().when('due_at', '<', at).then(1).else(0).end()).as('n_overdue'),
  ]);
  const listed = myTasksQuery(db, userId, filter).select((eb) => eb.fn.countAll<number>().as('n_total'));
  const page = myTasksQuery(db, userId, filter).select([...SELECT_COLUMNS]).orderBy('due_at').orderBy('since').limit(limit).offset(offset);
  const filtered = filter.kind !== undefined || filter.overdueBefore !== undefined;
  const head = filtered
    ? db.selectFrom(mine.as('c')).innerJoin(listed.as('l'), (join) => join.onTrue()).select(['c.n_open', 'c.n_overdue', 'l.n_total'])
    : db.selectFrom(mine.as('c')).select(['c.n_open', 'c.n_overdue', 'c.n_open as n_total']);
  return head.leftJoin(page.as('p'), (join) => join.onTrue()).selectAll('p').orderBy('p.due_at').orderBy('p.since');
}

type PageRow = { [K in keyof TaskRow]: TaskRow[K] | null } & { n_open: number; n_total: number; n_overdue: number | null };

// Compiled once per filter shape: the builder and compiler run once, later calls only bind values. The
// statement still runs through Kysely's driver (its connection mutex), like every other query.
const MARK = '\u0000qms-param:';
const compiledPages = new WeakMap<Kysely<Database>, Map<string, { query: CompiledQuery<PageRow>; slots: (keyof PageArgs)[] }>>();
export interface PageArgs {
  userId: string;
  kind: string;
  at: string;
  limit: number;
  offset: number;
}

function compiledPage(db: Kysely<Database>, filtered: { kind: boolean; overdue: boolean }) {
  const shape = `${filtered.kind ? 'k' : ''}${filtered.overdue ? 'o' : ''}`;
  let byShape = compiledPages.get(db);
  if (!byShape) compiledPages.set(db, (byShape = new Map()));
  let compiled = byShape.get(shape);
  if (!compiled) {
    const m = (name: keyof PageArgs) => `${MARK}${name}`;
    const query = pageWithCounts(
      db,
      m('userId'),
      { kind: filtered.kind ? m('kind') : undefined, overdueBefore: filtered.overdue ? m('at') : undefined },
      m('at'),
      m('limit') as unknown as number,
      m('offset') as unknown as number,
    ).compile() as CompiledQuery<PageRow>;
    const slots = query.parameters.map((p) => {
      if (typeof p !== 'string' || !p.startsWith(MARK)) throw new Error(`tasks.mine: unexpected parameter ${String(p)}`);
      return p.slice(MARK.length) as keyof PageArgs;
    });
    byShape.set(shape, (compiled = { query, slots }));
  }
  return compiled;
}

/** The SQL of an unfiltered inbox page and how to bind it: what the benchmark runs as a raw prepared statement. */
export function inboxPageStatement(db: Kysely<Database>) {
  const { query, slots } = compiledPage(db, { kind: false, overdue: false });
  return { sql: query.sql, bind: (args: PageArgs) => slots.map((s) => args[s]) };
}

function runPage(db: Kysely<Database>, args: PageArgs, filtered: { kind: boolean; overdue: boolean }): Promise<QueryResult<PageRow>> {
  const { query, slots } = compiledPage(db, filtered);
  return db.executeQuery<PageRow>({ ...query, queryId: createQueryId(), parameters: slots.map((s) => args[s]) });
}

export const tasksHandlers: Handlers<DomainMethods<'tasks'>> = {
  async 'tasks.mine'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const at = nowIso();
    const filtered = { kind: input.kind !== undefined, overdue: input.overdue === true };
    const args: PageArgs = { userId: me.id, kind: input.kind ?? '', at, limit: input.pageSize, offset: (input.page - 1) * input.pageSize };
    const { rows } = await runPage(db, args, filtered);
    const head = rows[0]!;
    const items = head.id === null ? [] : rows.map((r) => toTask(r as TaskRow, at));
    return { items, total: head.n_total, open: head.n_open, overdue: Number(head.n_overdue ?? 0) };
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
