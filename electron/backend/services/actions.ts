import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Action } from '../../../shared/actions/contract';
import { declareAssignment } from '../auth/rights';
import { callerOf, inTransaction, nowIso, type Caller, type DomainMethods, type Handlers } from '../context';
import type { Database } from '../db/schema';
import type { ActionsTable } from '../db/schema-capa';
import { AppError, notFound, stale } from '../errors';
import { registerTaskProvider } from './task-providers';

/**
 * The shared actions piece. A module that owns actions registers its parent type: whether a parent exists, who
 * manages its actions, whether it is locked (ended), and what an action's task says about it.
 */
export interface ActionParent {
  exists(db: Kysely<Database>, id: string): Promise<boolean>;
  /** Who may add, edit, cancel and reopen the parent's actions (and complete any of them). */
  mayManage(db: Kysely<Database>, caller: Caller, id: string): Promise<boolean>;
  /** True when the parent has ended (closed, cancelled): its actions are frozen. */
  locked(db: Kysely<Database>, id: string): Promise<boolean>;
  describe(db: Kysely<Database>, id: string): Promise<{ ref: string; title: string; link: string; unitId: string | null }>;
  /** The earliest due date an action may have (e.g. the day the parent was raised). */
  earliestDue?(db: Kysely<Database>, id: string): Promise<string | null>;
}
const parents = new Map<string, ActionParent>();
export const registerActionParent = (type: string, p: ActionParent) => void parents.set(type, p);

const today = () => nowIso().slice(0, 10);

export async function actionRows(db: Kysely<Database>, parentType: string, parentIds: string[]): Promise<Action[]> {
  if (parentIds.length === 0) return [];
  const rows = await db
    .selectFrom('actions as a')
    .innerJoin('people as p', 'p.id', 'a.owner_person_id')
    .selectAll('a')
    .select('p.name as owner_name')
    .where('a.parent_type', '=', parentType)
    .where('a.parent_id', 'in', parentIds)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
  return withEvidence(db, rows);
}

async function withEvidence(db: Kysely<Database>, rows: (ActionsTable & { owner_name: string })[]): Promise<Action[]> {
  const ev = rows.length
    ? await db.selectFrom('action_evidence').select(['action_id', 'attachment_id']).where('action_id', 'in', rows.map((r) => r.id)).orderBy('created_at').execute()
    : [];
  const t = today();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    parentType: r.parent_type,
    parentId: r.parent_id,
    kind: r.kind as Action['kind'],
    description: r.description,
    ownerPersonId: r.owner_person_id,
    ownerName: r.owner_name,
    unitId: r.unit_id,
    dueDate: r.due_date,
    status: r.status as Action['status'],
    doneOn: r.done_on,
    doneNote: r.done_note,
    cancelReason: r.cancel_reason,
    overdue: r.status === 'open' && r.due_date < t,
    evidenceIds: ev.filter((e) => e.action_id === r.id).map((e) => e.attachment_id),
  }));
}

async function getAction(db: Kysely<Database>, id: string): Promise<Action> {
  const row = await db.selectFrom('actions as a').innerJoin('people as p', 'p.id', 'a.owner_person_id').selectAll('a').select('p.name as owner_name').where('a.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('action', id);
  return (await withEvidence(db, [row]))[0]!;
}

function parentOf(type: string): ActionParent {
  const p = parents.get(type);
  if (!p) throw new AppError('VALIDATION', 'actions.unknownParent', { type });
  return p;
}

export async function assertActivePerson(db: Kysely<Database>, id: string) {
  const p = await db.selectFrom('people').select('active').where('id', '=', id).executeTakeFirst();
  if (!p || !p.active) throw new AppError('VALIDATION', 'capa.unknownPerson', {}, { personId: id });
}

export async function assertAttachments(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return;
  const found = new Set((await db.selectFrom('attachments').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
  const missing = ids.find((i) => !found.has(i));
  if (missing) throw new AppError('VALIDATION', 'capa.unknownAttachment', { id: missing });
}

async function forChange(db: Kysely<Database>, caller: Caller, id: string, version: number, need: 'manage' | 'work') {
  const a = await getAction(db, id);
  const parent = parentOf(a.parentType);
  if (await parent.locked(db, a.parentId)) throw new AppError('CONFLICT', 'actions.parentLocked');
  const manages = await parent.mayManage(db, caller, a.parentId);
  if (!manages) {
    const ownsIt = need === 'work' && (await isActionOwner(db, caller, id));
    if (!ownsIt) throw new AppError('FORBIDDEN', need === 'work' ? 'actions.notWorker' : 'actions.notManager');
  }
  if (a.version !== version) throw stale();
  return { a, parent };
}

export async function isActionOwner(db: Kysely<Database>, caller: Caller, actionId: string): Promise<boolean> {
  const row = await db.selectFrom('actions as a').innerJoin('people as p', 'p.id', 'a.owner_person_id').select('p.user_id').where('a.id', '=', actionId).executeTakeFirst();
  return !!row && row.user_id === caller.id;
}
declareAssignment('action', 'owner', isActionOwner);

const bump = (a: Action) => ({ version: a.version + 1, updated_at: nowIso() });

export const actionsHandlers: Handlers<DomainMethods<'actions'>> = {
  async 'actions.list'(input, ctx) {
    callerOf(ctx);
    return actionRows(ctx.backend.store.db, input.parentType, [input.parentId]);
  },

  async 'actions.add'(input, ctx) {
    const caller = callerOf(ctx);
    const db = ctx.backend.store.db;
    const parent = parentOf(input.parentType);
    if (!(await parent.exists(db, input.parentId))) throw new AppError('NOT_FOUND', 'actions.unknownParent', { type: input.parentType });
    if (await parent.locked(db, input.parentId)) throw new AppError('CONFLICT', 'actions.parentLocked');
    if (!(await parent.mayManage(db, caller, input.parentId))) throw new AppError('FORBIDDEN', 'actions.notManager');
    await assertActivePerson(db, input.ownerPersonId);
    const earliest = (await parent.earliestDue?.(db, input.parentId)) ?? null;
    if (earliest && input.dueDate < earliest) throw new AppError('VALIDATION', 'capa.dueBeforeRaised', { due: input.dueDate, raised: earliest });
    const { unitId } = await parent.describe(db, input.parentId);
    const id = uuidv7();
    await inTransaction(ctx, async (trx, audit) => {
      const at = nowIso();
      await trx
        .insertInto('actions')
        .values({ id, parent_type: input.parentType, parent_id: input.parentId, kind: input.kind, description: input.description, owner_person_id: input.ownerPersonId, unit_id: unitId, due_date: input.dueDate, status: 'open', done_on: null, done_note: null, cancel_reason: null, version: 1, created_at: at, updated_at: at })
        .execute();
      await audit({ entity: 'action', entityId: id, action: 'create', after: { parentType: input.parentType, parentId: input.parentId, kind: input.kind, description: input.description, ownerPersonId: input.ownerPersonId, dueDate: input.dueDate } });
      await audit({ entity: input.parentType as 'capa', entityId: input.parentId, action: 'addAction', after: { actionId: id } });
    });
    return getAction(db, id);
  },

  async 'actions.update'(input, ctx) {
    const caller = callerOf(ctx);
    const db = ctx.backend.store.db;
    const { a, parent } = await forChange(db, caller, input.id, input.version, 'manage');
    if (a.status !== 'open') throw new AppError('CONFLICT', 'actions.notOpen', { status: a.status });
    if (input.ownerPersonId) await assertActivePerson(db, input.ownerPersonId);
    const earliest = (await parent.earliestDue?.(db, a.parentId)) ?? null;
    if (input.dueDate && earliest && input.dueDate < earliest) throw new AppError('VALIDATION', 'capa.dueBeforeRaised', { due: input.dueDate, raised: earliest });
    const next = { description: input.description ?? a.description, owner_person_id: input.ownerPersonId ?? a.ownerPersonId, due_date: input.dueDate ?? a.dueDate, kind: input.kind ?? a.kind };
    await inTransaction(ctx, async (trx, audit) => {
      await trx.updateTable('actions').set({ ...next, ...bump(a) }).where('id', '=', a.id).execute();
      await audit({ entity: 'action', entityId: a.id, action: 'update', before: { description: a.description, ownerPersonId: a.ownerPersonId, dueDate: a.dueDate, kind: a.kind }, after: { description: next.description, ownerPersonId: next.owner_person_id, dueDate: next.due_date, kind: next.kind } });
    });
    return getAction(db, a.id);
  },

  async 'actions.complete'(input, ctx) {
    const caller = callerOf(ctx);
    const db = ctx.backend.store.db;
    const { a } = await forChange(db, caller, input.id, input.version, 'work');
    if (a.status !== 'open') throw new AppError('CONFLICT', 'actions.notOpen', { status: a.status });
    if (input.doneOn > today()) throw new AppError('VALIDATION', 'actions.doneInFuture');
    await assertAttachments(db, input.evidenceIds);
    await inTransaction(ctx, async (trx, audit) => {
      const at = nowIso();
      await trx.updateTable('actions').set({ status: 'done', done_on: input.doneOn, done_note: input.note || null, ...bump(a) }).where('id', '=', a.id).execute();
      for (const e of new Set(input.evidenceIds))
        await trx.insertInto('action_evidence').values({ action_id: a.id, attachment_id: e, created_at: at }).onConflict((oc) => oc.doNothing()).execute();
      await audit({ entity: 'action', entityId: a.id, action: 'complete', after: { doneOn: input.doneOn, note: input.note || null, evidenceIds: input.evidenceIds } });
      await audit({ entity: a.parentType as 'capa', entityId: a.parentId, action: 'actionDone', after: { actionId: a.id } });
    });
    return getAction(db, a.id);
  },

  async 'actions.reopen'(input, ctx) {
    const caller = callerOf(ctx);
    const db = ctx.backend.store.db;
    const { a } = await forChange(db, caller, input.id, input.version, 'manage');
    if (a.status !== 'done') throw new AppError('CONFLICT', 'actions.notDone');
    await inTransaction(ctx, async (trx, audit) => {
      await trx.updateTable('actions').set({ status: 'open', done_on: null, ...bump(a) }).where('id', '=', a.id).execute();
      await audit({ entity: 'action', entityId: a.id, action: 'reopen', before: { doneOn: a.doneOn }, after: { reason: input.reason } });
      await audit({ entity: a.parentType as 'capa', entityId: a.parentId, action: 'actionReopened', after: { actionId: a.id } });
    });
    return getAction(db, a.id);
  },

  async 'actions.cancel'(input, ctx) {
    const caller = callerOf(ctx);
    const db = ctx.backend.store.db;
    const { a } = await forChange(db, caller, input.id, input.version, 'manage');
    if (a.status !== 'open') throw new AppError('CONFLICT', 'actions.notOpen', { status: a.status });
    await inTransaction(ctx, async (trx, audit) => {
      await trx.updateTable('actions').set({ status: 'cancelled', cancel_reason: input.reason, ...bump(a) }).where('id', '=', a.id).execute();
      await audit({ entity: 'action', entityId: a.id, action: 'cancel', after: { reason: input.reason } });
      await audit({ entity: a.parentType as 'capa', entityId: a.parentId, action: 'actionCancelled', after: { actionId: a.id } });
    });
    return getAction(db, a.id);
  },
};

/**
 * Who an action's task goes to: the owner's login, or — for staff who never sign in — the head of the action's
 * unit (their deputy while the head is absent is left to the unit-head rules of routes; here the head).
 */
export async function assigneeOfPerson(db: Kysely<Database>, personId: string, unitId: string | null): Promise<string | null> {
  const p = await db.selectFrom('people as p').leftJoin('users as u', 'u.id', 'p.user_id').select(['u.id as user_id', 'u.active']).where('p.id', '=', personId).executeTakeFirst();
  if (p?.user_id && p.active) return p.user_id;
  if (!unitId) return null;
  const head = await db
    .selectFrom('departments as d')
    .innerJoin('people as h', 'h.id', 'd.head_person_id')
    .innerJoin('users as u', 'u.id', 'h.user_id')
    .select('u.id')
    .where('d.id', '=', unitId)
    .where('u.active', '=', 1)
    .executeTakeFirst();
  return head?.id ?? null;
}

registerTaskProvider({
  entityType: 'action',
  async live(db) {
    return (await db.selectFrom('actions').select('id').where('status', '=', 'open').execute()).map((r) => r.id);
  },
  async owed(db, id) {
    const a = await db.selectFrom('actions as a').innerJoin('people as p', 'p.id', 'a.owner_person_id').selectAll('a').select('p.name as owner_name').where('a.id', '=', id).executeTakeFirst();
    if (!a || a.status !== 'open') return [];
    const parent = parents.get(a.parent_type);
    if (!parent || (await parent.locked(db, a.parent_id))) return [];
    const assignee = await assigneeOfPerson(db, a.owner_person_id, a.unit_id);
    if (!assignee) return [];
    const d = await parent.describe(db, a.parent_id);
    return [
      {
        kind: 'action',
        assignee_id: assignee,
        unit_id: a.unit_id,
        from_name: null,
        parent_id: a.parent_id,
        ref: d.ref,
        title: d.title,
        label: a.owner_name,
        detail: a.description,
        link: d.link,
        since: a.created_at,
        due_at: `${a.due_date}T23:59:59.999Z`,
      },
    ];
  },
});
