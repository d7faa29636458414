import type { Kysely } from 'kysely';
import type { Task } from '../../../shared/tasks/contract';
import { callerOf, type Caller, type DomainMethods, type Handlers } from '../context';
import type { Database } from '../db/schema';
import { mayOn } from './revision-route';
import { revisionRoute, routeState } from './routes';
import { signaturesFor } from './signatures';

/** A source of things awaiting a person; the task inbox is the union of all providers. */
export type TaskProvider = (db: Kysely<Database>, caller: Caller) => Promise<Task[]>;

const revisionsWithDocuments = (db: Kysely<Database>) =>
  db
    .selectFrom('revisions as r')
    .innerJoin('documents as d', 'd.id', 'r.document_id')
    .selectAll('r')
    .select(['d.number as document_number', 'd.title as document_title']);

/** 待我审批: revisions in review whose current route step awaits my signature. */
const toSign: TaskProvider = async (db, caller) => {
  const rows = await revisionsWithDocuments(db).where('r.status', '=', 'in_review').orderBy('r.updated_at').execute();
  const signatures = await signaturesFor(db, 'revision', rows.map((r) => r.id));
  const tasks: Task[] = [];
  for (const r of rows) {
    const steps = revisionRoute(r.route);
    const live = (signatures.get(r.id) ?? []).filter((s) => s.voidedAt === null && s.round === r.round);
    const state = routeState(steps, live);
    if (!(await mayOn(db, caller, r, steps, state, live)).sign) continue;
    tasks.push({
      kind: 'sign',
      entityType: 'revision',
      entityId: r.id,
      documentId: r.document_id,
      documentNumber: r.document_number,
      documentTitle: r.document_title,
      label: r.label,
      meaning: state.current ? steps[state.current - 1]!.meaning : null,
      comment: null,
      since: live.at(-1)?.signedAt ?? r.updated_at,
    });
  }
  return tasks;
};

/** 待我修改: my revisions returned to draft with a comment. */
const toRevise: TaskProvider = async (db, caller) => {
  const rows = await revisionsWithDocuments(db)
    .where('r.status', '=', 'draft')
    .where('r.author_id', '=', caller.id)
    .where('r.rejection', 'is not', null)
    .orderBy('r.updated_at')
    .execute();
  return rows.map((r) => ({
    kind: 'revise' as const,
    entityType: 'revision' as const,
    entityId: r.id,
    documentId: r.document_id,
    documentNumber: r.document_number,
    documentTitle: r.document_title,
    label: r.label,
    meaning: null,
    comment: r.rejection,
    since: r.updated_at,
  }));
};

export const TASK_PROVIDERS: TaskProvider[] = [toSign, toRevise];

export const tasksHandlers: Handlers<DomainMethods<'tasks'>> = {
  async 'tasks.mine'(_input, ctx) {
    const me = callerOf(ctx);
    const lists = await Promise.all(TASK_PROVIDERS.map((p) => p(ctx.backend.store.db, me)));
    return lists.flat();
  },
};
