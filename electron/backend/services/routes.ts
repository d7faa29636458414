import { STEP_LABELS } from '../../../shared/routes/labels';
import type { Kysely } from 'kysely';
import { isUnitHeadOrDeputy } from './unit-head';
import { uuidv7 } from 'uuidv7';
import type { DocumentType } from '../../../shared/documents/types';
import { DEFAULT_ROUTE, routeStepsSchema, type Assignee, type RouteStep } from '../../../shared/routes/contract';
import type { Signature } from '../../../shared/signatures/contract';
import { declareAssignment } from '../auth/rights';
import { inTransaction, nowIso, type Caller, type DomainMethods, type Handlers } from '../context';
import type { ApprovalRoutesTable, Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import type { Selectable } from 'kysely';

type RouteRow = Selectable<ApprovalRoutesTable>;

const toRoute = (r: RouteRow) => ({
  id: r.id,
  documentType: r.document_type as DocumentType | null,
  documentId: r.document_id,
  steps: JSON.parse(r.steps) as RouteStep[],
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The route a document's next submission follows: its own, else its type's, else the default. */
export async function routeForDocument(db: Kysely<Database>, documentId: string): Promise<{ source: 'document' | 'type' | 'default'; steps: RouteStep[] }> {
  const doc = await db.selectFrom('documents').select(['id', 'type']).where('id', '=', documentId).executeTakeFirst();
  if (!doc) throw notFound('document', documentId);
  const own = await db.selectFrom('approval_routes').select('steps').where('document_id', '=', documentId).executeTakeFirst();
  if (own) return { source: 'document', steps: JSON.parse(own.steps) as RouteStep[] };
  const byType = await db.selectFrom('approval_routes').select('steps').where('document_type', '=', doc.type).executeTakeFirst();
  if (byType) return { source: 'type', steps: JSON.parse(byType.steps) as RouteStep[] };
  return { source: 'default', steps: DEFAULT_ROUTE };
}

/** The steps stored on a revision at submission (a revision in review at migration got the default). */
export const revisionRoute = (route: string | null): RouteStep[] => (route ? (routeStepsSchema.parse(JSON.parse(route)) as RouteStep[]) : DEFAULT_ROUTE);

/** Whether `caller` is one of the people an assignee stands for. */
export async function matchesAssignee(db: Kysely<Database>, caller: Caller, a: Assignee, documentId: string): Promise<boolean> {
  switch (a.kind) {
    case 'user':
      return a.userId === caller.id;
    case 'role':
      return a.role === caller.role;
    case 'documentApprovers':
      if (caller.role === 'quality_manager') return true;
      return (
        (await db.selectFrom('document_approvers').select('user_id').where('document_id', '=', documentId).where('user_id', '=', caller.id).executeTakeFirst()) !==
        undefined
      );
    case 'unitHead':
      return isUnitHeadOrDeputy(db, caller.id, documentId);
  }
}

export interface RouteState {
  /** Route index + 1 of the first step not complete (signatures' `step`), or null when all are signed. */
  current: number | null;
  /** For a countersign step: the user ids still to sign. */
  missing: string[];
}

/** Where a revision stands on its route, from the round's signatures that count. */
export function routeState(steps: RouteStep[], live: Signature[]): RouteState {
  for (const [i, step] of steps.entries()) {
    const signedBy = new Set(live.filter((s) => s.step === i + 1).map((s) => s.signerId));
    if (step.mode === 'any') {
      if (signedBy.size === 0) return { current: i + 1, missing: [] };
    } else {
      const missing = step.assignees.flatMap((a) => (a.kind === 'user' && !signedBy.has(a.userId) ? [a.userId] : []));
      if (missing.length) return { current: i + 1, missing };
    }
  }
  return { current: null, missing: [] };
}

/** Whether caller may sign step `stepNo` (1-based) of this route for the document. */
export async function maySignStep(db: Kysely<Database>, caller: Caller, steps: RouteStep[], stepNo: number, documentId: string): Promise<boolean> {
  const step = steps[stepNo - 1];
  if (!step) return false;
  for (const a of step.assignees) if (await matchesAssignee(db, caller, a, documentId)) return true;
  return false;
}

/** Refuses a route naming a deactivated or unknown person. */
async function assertSigners(db: Kysely<Database>, steps: RouteStep[]) {
  for (const step of steps)
    for (const a of step.assignees) {
      if (a.kind !== 'user') continue;
      const user = await db.selectFrom('users').select(['display_name', 'active']).where('id', '=', a.userId).executeTakeFirst();
      if (!user) throw notFound('user', a.userId);
      if (!user.active) throw new AppError('CONFLICT', 'routes.inactiveSigner', { name: user.display_name });
    }
}

/** Before a submission: every step must have somebody active who could sign it. */
/** Who submits and whether they may sign their own document: a step only they could sign would never complete. */
export interface RouteSubmitter {
  authorId: string;
  documentId: string;
  selfApprovalAllowed: boolean;
  locale: 'zh-CN' | 'en';
}

const activeOther = (db: Kysely<Database>, authorId: string) => db.selectFrom('users').select('id').where('active', '=', 1).where('id', '!=', authorId);

/** Whether someone besides the author could take this step. */
async function someoneButAuthor(db: Kysely<Database>, step: RouteStep, s: RouteSubmitter): Promise<boolean> {
  // A countersign needs every person it names: the author among them blocks it.
  if (step.mode === 'all' && step.assignees.some((a) => a.kind === 'user' && a.userId === s.authorId)) return false;
  for (const a of step.assignees) {
    if (a.kind === 'user' && a.userId !== s.authorId) return true;
    if (a.kind === 'role' && (await activeOther(db, s.authorId).where('role', '=', a.role).executeTakeFirst())) return true;
    if (a.kind === 'documentApprovers') {
      if (await activeOther(db, s.authorId).where('role', '=', 'quality_manager').executeTakeFirst()) return true;
      const approver = await activeOther(db, s.authorId)
        .where('id', 'in', db.selectFrom('document_approvers').select('user_id').where('document_id', '=', s.documentId))
        .executeTakeFirst();
      if (approver) return true;
    }
    if (a.kind === 'unitHead') return true;
  }
  return false;
}

/**
 * Refuses a route a submission could not complete: a step nobody could sign, or — while self-approval is off —
 * a step only the author could sign (it would wait forever).
 */
export async function assertRouteSignable(db: Kysely<Database>, steps: RouteStep[], submitter?: RouteSubmitter) {
  await assertSigners(db, steps);
  for (const [i, step] of steps.entries()) {
    let someone = false;
    for (const a of step.assignees) {
      if (a.kind === 'role') someone ||= !!(await db.selectFrom('users').select('id').where('role', '=', a.role).where('active', '=', 1).executeTakeFirst());
      else someone = true;
    }
    if (!someone) throw new AppError('CONFLICT', 'routes.noSigner', { step: i + 1 });
    if (submitter && !submitter.selfApprovalAllowed && !(await someoneButAuthor(db, step, submitter)))
      throw new AppError('CONFLICT', 'routes.onlyAuthorCanSign', { step: i + 1, name: STEP_LABELS[step.meaning][submitter.locale] });
  }
}

const scopeWhere = (scope: { documentType?: string; documentId?: string }) =>
  scope.documentId !== undefined ? (['document_id', scope.documentId] as const) : (['document_type', scope.documentType!] as const);

// A person named on any step of a revision's route may read it while it is in review, whatever their role.
declareAssignment('revision', 'routeSigner', async (db, caller, revisionId) => {
  const row = await db.selectFrom('revisions').select(['route', 'document_id', 'status']).where('id', '=', revisionId).executeTakeFirst();
  if (!row || !['in_review', 'approved'].includes(row.status)) return false;
  const steps = revisionRoute(row.route);
  for (const step of steps) for (const a of step.assignees) if (await matchesAssignee(db, caller, a, row.document_id)) return true;
  return false;
});

export const routesHandlers: Handlers<DomainMethods<'routes'>> = {
  async 'routes.list'(_input, ctx) {
    const rows = await ctx.backend.store.db.selectFrom('approval_routes').selectAll().orderBy('document_type').orderBy('created_at').execute();
    return rows.map(toRoute);
  },

  'routes.effective': (input, ctx) => routeForDocument(ctx.backend.store.db, input.documentId),

  async 'routes.set'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      if (input.scope.documentId !== undefined && !(await trx.selectFrom('documents').select('id').where('id', '=', input.scope.documentId).executeTakeFirst()))
        throw notFound('document', input.scope.documentId);
      await assertSigners(trx, input.steps);
      const [column, value] = scopeWhere(input.scope);
      const before = await trx.selectFrom('approval_routes').selectAll().where(column, '=', value).executeTakeFirst();
      const now = nowIso();
      const steps = JSON.stringify(input.steps);
      let id: string;
      if (before) {
        id = before.id;
        await trx.updateTable('approval_routes').set({ steps, version: before.version + 1, updated_at: now }).where('id', '=', id).execute();
      } else {
        id = uuidv7();
        await trx
          .insertInto('approval_routes')
          .values({ id, document_type: input.scope.documentType ?? null, document_id: input.scope.documentId ?? null, steps, version: 1, created_at: now, updated_at: now })
          .execute();
      }
      const after = toRoute(await trx.selectFrom('approval_routes').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
      await audit({ entity: 'approvalRoute', entityId: id, action: before ? 'update' : 'create', before: before ? toRoute(before) : null, after });
      return after;
    });
  },

  async 'routes.clear'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const [column, value] = scopeWhere(input.scope);
      const before = await trx.selectFrom('approval_routes').selectAll().where(column, '=', value).executeTakeFirst();
      if (!before) throw notFound('approvalRoute', input.scope);
      await trx.deleteFrom('approval_routes').where('id', '=', before.id).execute();
      await audit({ entity: 'approvalRoute', entityId: before.id, action: 'delete', before: toRoute(before) });
      return {};
    });
  },
};

