import { sql, type CompiledQuery, type Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { ParsedInput } from '../../../shared/api/contract';
import type { QmsDocument } from '../../../shared/documents/contract';
import type { DocumentStatus, DocumentType } from '../../../shared/documents/types';
import type { Language } from '../../../shared/editor/structure';
import { callerOf, containsPattern, inTransaction, nowIso, type Audit, type DomainMethods, type Handlers } from '../context';
import type { Database, DocumentRow } from '../db/schema';
import { AppError, notFound, stale } from '../errors';
import { declareAssignment, requireRight } from '../auth/rights';
import { MANAGERS } from '../../../shared/auth/roles';
import { numberTaken, previewNumber, takeNumber } from './documents-numbering';
import { dropFromIndex, reindexDocument } from './search-index';
import { sortKey } from '../../../shared/text/sort-key';

type Row = DocumentRow & { department_name: string | null; owner_name: string | null; approver_ids: string; controlled: number; pending: string | null; deletable: number };

const toDocument = (r: Row): QmsDocument => ({
  id: r.id,
  number: r.number,
  title: r.title,
  type: r.type as DocumentType,
  departmentId: r.department_id,
  departmentName: r.department_name,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  status: r.status as DocumentStatus,
  versionLabel: r.version_label,
  effectiveDate: r.effective_date,
  // A withdrawn document is not reviewed any more.
  nextReviewDate: r.status === 'obsolete' ? null : r.next_review_date,
  tags: JSON.parse(r.tags) as string[],
  obsoleteReason: r.obsolete_reason,
  reviewIntervalMonths: r.review_interval_months,
  language: r.language as Language,
  approverIds: JSON.parse(r.approver_ids) as string[],
  controlled: r.controlled === 1,
  pending: r.pending ? (JSON.parse(r.pending) as QmsDocument['pending']) : null,
  deletable: r.deletable === 1,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const fromDocuments = (db: Kysely<Database>) => db.selectFrom('documents as d');

function withNames(q: ReturnType<typeof fromDocuments>) {
  return q
    .leftJoin('departments as dep', 'dep.id', 'd.department_id')
    .leftJoin('users as u', 'u.id', 'd.owner_id')
    .selectAll('d')
    .select([
      'dep.name as department_name',
      'u.display_name as owner_name',
      sql<string>`(SELECT json_group_array(user_id) FROM document_approvers WHERE document_id = d.id)`.as('approver_ids'),
      sql<number>`EXISTS (SELECT 1 FROM revisions WHERE document_id = d.id)`.as('controlled'),
      sql<string | null>`(SELECT json_object('revisionId', id, 'label', label, 'effectiveDate', effective_date) FROM revisions
        WHERE document_id = d.id AND status = 'approved' AND effective_date IS NOT NULL)`.as('pending'),
      sql<number>`(d.status = 'draft' AND NOT EXISTS (SELECT 1 FROM revisions WHERE document_id = d.id AND (status != 'draft' OR round > 0)))`.as('deletable'),
    ]);
}

/** Lookups run on every page view: their SQL is built once and only the value is bound per call. */
const lookups = new Map<'id' | 'number', CompiledQuery<Row>>();

async function getDocument(db: Kysely<Database>, by: { id: string } | { number: string }): Promise<QmsDocument> {
  const key = 'id' in by ? 'id' : 'number';
  let compiled = lookups.get(key);
  if (!compiled) {
    compiled = withNames(fromDocuments(db).where(`d.${key}`, '=', '')).compile();
    lookups.set(key, compiled);
  }
  const value = 'id' in by ? by.id : by.number;
  const row = (await db.executeQuery<Row>({ ...compiled, parameters: [value] })).rows[0];
  if (!row) throw notFound('document', by);
  return toDocument(row);
}

async function assertRefs(db: Kysely<Database>, departmentId?: string | null, ownerId?: string | null, approverIds: string[] = []) {
  for (const id of approverIds)
    if (!(await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst())) throw notFound('user', id);
  if (departmentId && !(await db.selectFrom('departments').select('id').where('id', '=', departmentId).executeTakeFirst()))
    throw notFound('department', departmentId);
  if (ownerId && !(await db.selectFrom('users').select('id').where('id', '=', ownerId).executeTakeFirst()))
    throw notFound('user', ownerId);
}

type ListInput = ParsedInput<'documents.list'>;

const sameSet = (a: string[], b: string[]) => new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

// The owner (负责人) of a document may change its register entry whatever their role allows elsewhere.
declareAssignment('document', 'owner', async (db, caller, id) =>
  (await db.selectFrom('documents').select('id').where('id', '=', id).where('owner_id', '=', caller.id).executeTakeFirst()) !== undefined,
);

async function setApprovers(trx: Kysely<Database>, documentId: string, userIds: string[]) {
  await trx.deleteFrom('document_approvers').where('document_id', '=', documentId).execute();
  const unique = [...new Set(userIds)];
  if (unique.length) await trx.insertInto('document_approvers').values(unique.map((user_id) => ({ document_id: documentId, user_id }))).execute();
}

/**
 * `walkSortIndex` writes the indexed filters as +column, which keeps SQLite from using their indexes:
 * for a large result, walking the sort column's index and stopping after one page beats gathering
 * and sorting every match.
 */
function filtered(db: Kysely<Database>, input: ListInput, walkSortIndex = false) {
  const col = (name: 'status' | 'type' | 'department_id') => (walkSortIndex ? sql.raw(`+d.${name}`) : sql.ref(`d.${name}`));
  const oneOf = (name: 'status' | 'type', values: readonly string[]) =>
    sql<boolean>`${col(name)} IN (${sql.join(values)})`;
  let q = fromDocuments(db);
  if (input.q) {
    const p = containsPattern(input.q);
    q = q.where((eb) => eb.or([sql<boolean>`d.number LIKE ${p} ESCAPE '\\'`, sql<boolean>`d.title LIKE ${p} ESCAPE '\\'`]));
  }
  if (input.types?.length) q = q.where(oneOf('type', input.types));
  if (input.statuses?.length) q = q.where(oneOf('status', input.statuses));
  if (input.departmentId) q = q.where(sql<boolean>`${col('department_id')} = ${input.departmentId}`);
  if (input.ownerId) q = q.where('d.owner_id', '=', input.ownerId);
  if (input.tag) q = q.where(sql<boolean>`EXISTS (SELECT 1 FROM json_each(d.tags) WHERE value = ${input.tag})`);
  if (input.reviewDueBy) q = q.where('d.next_review_date', '<=', input.reviewDueBy).where('d.status', '!=', 'obsolete');
  return q;
}

/** Above this many matches the page is read along the sort index (see `filtered`). */
const WALK_SORT_INDEX_ABOVE = 2000;

const SORT_COLUMNS = {
  number: 'd.number',
  title: 'd.title_sort',
  type: 'd.type',
  status: 'd.status',
  effectiveDate: 'd.effective_date',
  nextReviewDate: 'd.next_review_date',
  updatedAt: 'd.updated_at',
} as const;

export async function listDocuments(db: Kysely<Database>, input: ListInput) {
  const { n } = await filtered(db, input)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  let page = withNames(filtered(db, input, n > WALK_SORT_INDEX_ABOVE)).orderBy(SORT_COLUMNS[input.sort], input.dir);
  // The tie-breaker runs the same way, so (column, number) indexes serve both directions.
  if (input.sort !== 'number') page = page.orderBy('d.number', input.dir);
  // Literal (validated) limits let SQLite's sorter keep only one page: measurably faster than bound ones.
  const rows = await page
    .limit(sql.lit(input.pageSize))
    .offset(sql.lit((input.page - 1) * input.pageSize))
    .execute();
  return { items: rows.map(toDocument), total: n };
}

/** Creates a register entry inside the caller's transaction (documents.create, Word import). */
export async function insertDocument(trx: Kysely<Database>, audit: Audit, userId: string | null, input: ParsedInput<'documents.create'>): Promise<QmsDocument> {
  const ownerId = input.ownerId === undefined ? userId : input.ownerId;
  await assertRefs(trx, input.departmentId, ownerId, input.approverIds);
  let number = input.number;
  if (number) {
    if (await numberTaken(trx, number)) throw new AppError('CONFLICT', 'documents.numberTaken', { number });
  } else number = await takeNumber(trx, input.type, input.departmentId);
  const now = nowIso();
  const id = uuidv7();
  await trx
    .insertInto('documents')
    .values({
      id,
      number,
      title: input.title,
      title_sort: sortKey(input.title),
      type: input.type,
      department_id: input.departmentId,
      owner_id: ownerId,
      // A new entry is a draft until a revision is approved or a version in force is registered.
      status: 'draft',
      version_label: 'A/0',
      effective_date: null,
      next_review_date: input.nextReviewDate,
      tags: JSON.stringify([...new Set(input.tags)]),
      obsolete_reason: null,
      review_interval_months: input.reviewIntervalMonths,
      language: input.language,
      version: 1,
      created_at: now,
      updated_at: now,
      created_by: userId,
      updated_by: userId,
    })
    .execute();
  await setApprovers(trx, id, input.approverIds);
  await reindexDocument(trx, id);
  const after = await getDocument(trx, { id });
  await audit({ entity: 'document', entityId: id, action: 'create', after });
  return after;
}

export const documentsHandlers: Handlers<DomainMethods<'documents'>> = {
  'documents.list': (input, ctx) => listDocuments(ctx.backend.store.db, input),

  'documents.get': (input, ctx) => getDocument(ctx.backend.store.db, input.id !== undefined ? { id: input.id } : { number: input.number! }),

  async 'documents.nextNumber'(input, ctx) {
    return { number: await previewNumber(ctx.backend.store.db, input.type, input.departmentId) };
  },

  async 'documents.create'(input, ctx) {
    const me = callerOf(ctx);
    if (input.approverIds.length && me.role !== 'quality_manager') throw new AppError('FORBIDDEN', 'documents.approversByManager');
    return inTransaction(ctx, (trx, audit) => insertDocument(trx, audit, me.id, input));
  },

  async 'documents.update'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getDocument(trx, { id: input.id });
      if (before.version !== input.version) throw stale();
      if (before.status === 'obsolete') throw new AppError('CONFLICT', 'documents.obsolete');
      await requireRight(trx, me, { roles: MANAGERS, entity: 'document', id: input.id, assignments: ['owner'] }, 'documents.notOwner');
      if (input.approverIds !== undefined && me.role !== 'quality_manager' && !sameSet(input.approverIds, before.approverIds))
        throw new AppError('FORBIDDEN', 'documents.approversByManager');
      if (input.number !== undefined && (await numberTaken(trx, input.number, input.id)))
        throw new AppError('CONFLICT', 'documents.numberTaken', { number: input.number });
      await assertRefs(trx, input.departmentId, input.ownerId, input.approverIds);
      const effective = before.effectiveDate;
      const review = input.nextReviewDate !== undefined ? input.nextReviewDate : before.nextReviewDate;
      if (effective && review && review < effective)
        throw new AppError('VALIDATION', 'validation.fields', { fields: 'nextReviewDate' }, [
          { path: ['nextReviewDate'], message: 'nextReviewDate must not be before effectiveDate' },
        ]);
      await trx
        .updateTable('documents')
        .set({
          ...(input.number !== undefined && { number: input.number }),
          ...(input.title !== undefined && { title: input.title, title_sort: sortKey(input.title) }),
          ...(input.type !== undefined && { type: input.type }),
          ...(input.departmentId !== undefined && { department_id: input.departmentId }),
          ...(input.ownerId !== undefined && { owner_id: input.ownerId }),
          ...(input.nextReviewDate !== undefined && { next_review_date: input.nextReviewDate }),
          ...(input.tags !== undefined && { tags: JSON.stringify([...new Set(input.tags)]) }),
          ...(input.reviewIntervalMonths !== undefined && { review_interval_months: input.reviewIntervalMonths }),
          ...(input.language !== undefined && { language: input.language }),
          version: before.version + 1,
          updated_at: nowIso(),
          updated_by: me.id,
        })
        .where('id', '=', input.id)
        .execute();
      if (input.approverIds !== undefined) await setApprovers(trx, input.id, input.approverIds);
      await reindexDocument(trx, input.id);
      const after = await getDocument(trx, { id: input.id });
      await audit({ entity: 'document', entityId: input.id, action: 'update', before, after });
      return after;
    });
  },

  async 'documents.markObsolete'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getDocument(trx, { id: input.id });
      if (before.version !== input.version) throw stale();
      if (before.status === 'obsolete') throw new AppError('CONFLICT', 'documents.obsolete');
      await trx
        .updateTable('documents')
        .set({ status: 'obsolete', obsolete_reason: input.reason, next_review_date: null, version: before.version + 1, updated_at: nowIso(), updated_by: me.id })
        .where('id', '=', input.id)
        .execute();
      // Every revision still in use or in progress is withdrawn with the document.
      await trx
        .updateTable('revisions')
        .set((eb) => ({ status: 'obsolete', version: eb('version', '+', 1), updated_at: nowIso() }))
        .where('document_id', '=', input.id)
        .where('status', 'in', ['draft', 'in_review', 'approved', 'effective'])
        .execute();
      const after = await getDocument(trx, { id: input.id });
      await audit({ entity: 'document', entityId: input.id, action: 'markObsolete', before, after });
      return after;
    });
  },

  async 'documents.delete'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getDocument(trx, { id: input.id });
      if (before.version !== input.version) throw stale();
      await requireRight(trx, me, { roles: MANAGERS, entity: 'document', id: input.id, assignments: ['owner'] }, 'documents.notOwner');
      if (!before.deletable) throw new AppError('CONFLICT', 'documents.notDeletable');
      const drafts = await trx.selectFrom('revisions').select(['id', 'label', 'content_hash']).where('document_id', '=', input.id).execute();
      for (const r of drafts) await audit({ entity: 'revision', entityId: r.id, action: 'discard', before: { label: r.label, contentHash: r.content_hash } });
      await trx.deleteFrom('revisions').where('document_id', '=', input.id).execute();
      await trx.deleteFrom('document_approvers').where('document_id', '=', input.id).execute();
      await trx.deleteFrom('approval_routes').where('document_id', '=', input.id).execute();
      await dropFromIndex(trx, input.id);
      await trx.deleteFrom('documents').where('id', '=', input.id).execute();
      await audit({ entity: 'document', entityId: input.id, action: 'delete', before });
      return {};
    });
  },

  async 'documents.summary'(input, ctx) {
    const db = ctx.backend.store.db;
    const counts = await db.selectFrom('documents').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
    const byStatus: Record<DocumentStatus, number> = { draft: 0, effective: 0, obsolete: 0 };
    for (const c of counts) if (c.status in byStatus) byStatus[c.status as DocumentStatus] = c.n;
    const revs = await db.selectFrom('revisions').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).where('status', 'in', ['in_review', 'approved']).groupBy('status').execute();
    const inReview = revs.find((r) => r.status === 'in_review')?.n ?? 0;
    const pending = revs.find((r) => r.status === 'approved')?.n ?? 0;
    const dueBy = new Date(Date.parse(input.today) + input.withinDays * 86_400_000).toISOString().slice(0, 10);
    const due = await listDocuments(db, {
      reviewDueBy: dueBy,
      sort: 'nextReviewDate',
      dir: 'asc',
      page: 1,
      pageSize: 10,
    });
    return { byStatus, total: Object.values(byStatus).reduce((a, b) => a + b, 0), inReview, pending, reviewDue: due.items, reviewDueTotal: due.total };
  },
};
