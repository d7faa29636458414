import { uuidv7 } from 'uuidv7';
import type { Kysely } from 'kysely';
import { contentSchema, emptyContent, type Content } from '../../../shared/editor/content';
import type { Language } from '../../../shared/editor/structure';
import { OPEN_STATUSES, PUBLISHED_STATUSES, type RevisionStatus } from '../../../shared/revisions/contract';
import { checkPassword } from '../auth/check';
import { callerOf, inTransaction, nowIso, type Audit, type Caller, type DomainMethods, type Handlers } from '../context';
import type { Database, RevisionRow } from '../db/schema';
import { AppError, notFound } from '../errors';
import { activateDue } from './revision-lifecycle';
import { contentColumns, getRevisionRow, nextLabel, parseContent, summarise } from './revision-rows';
import { reindexDocument } from './search-index';
import { readSettings } from './settings';
import { templateContent } from './templates';

const isReader = (c: Caller) => c.role === 'auditor' || c.role === 'executive';

/** Revisions a reader may also see: those they are named to approve, once submitted. */
const AWAITING_APPROVAL: readonly RevisionStatus[] = ['in_review', 'approved'];

const isNamedApprover = async (db: Kysely<Database>, caller: Caller, documentId: string) =>
  (await db.selectFrom('document_approvers').select('user_id').where('document_id', '=', documentId).where('user_id', '=', caller.id).executeTakeFirst()) !== undefined;

/** Auditors and executives read effective and superseded revisions, and what they are named to approve. */
export async function assertReadable(db: Kysely<Database>, caller: Caller, row: Pick<RevisionRow, 'status' | 'document_id'>) {
  const status = row.status as RevisionStatus;
  if (!isReader(caller) || PUBLISHED_STATUSES.includes(status)) return;
  if (AWAITING_APPROVAL.includes(status) && (await isNamedApprover(db, caller, row.document_id))) return;
  throw new AppError('FORBIDDEN', 'revisions.unpublished');
}

async function documentOf(db: Kysely<Database>, id: string) {
  const doc = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!doc) throw notFound('document', id);
  return doc;
}

/** Reads a revision row for a change: it must exist, be at the version the caller saw, and be in `status`. */
async function forChange(db: Kysely<Database>, id: string, version: number, status: RevisionStatus, wrongStatus: 'revisions.notDraft' | 'revisions.notInReview') {
  const row = await getRevisionRow(db, id);
  if (row.status !== status) throw new AppError('CONFLICT', wrongStatus);
  if (row.version !== version) throw new AppError('CONFLICT', 'revisions.editedElsewhere');
  return row;
}

async function summary(db: Kysely<Database>, id: string) {
  return (await summarise(db, [await getRevisionRow(db, id)]))[0]!;
}

async function mayApprove(db: Kysely<Database>, caller: Caller, documentId: string): Promise<boolean> {
  return caller.role === 'quality_manager' || isNamedApprover(db, caller, documentId);
}

function loadContent(row: RevisionRow): { content: unknown; contentError: string | null } {
  let raw: unknown;
  try {
    raw = JSON.parse(row.content);
  } catch (err) {
    return { content: null, contentError: `JSON: ${(err as Error).message}` };
  }
  const parsed = contentSchema.safeParse(raw);
  if (parsed.success) return { content: parsed.data, contentError: null };
  const first = parsed.error.issues[0]!;
  return { content: raw, contentError: `${first.path.join('.') || '(root)'}: ${first.message}` };
}

/** Opens a new draft revision of a document with the given content; at most one may be open. */
export async function insertDraft(
  trx: Kysely<Database>,
  audit: Audit,
  authorId: string | null,
  documentId: string,
  content: Content,
  options: { label?: string; from: string },
): Promise<string> {
  const doc = await documentOf(trx, documentId);
  if (doc.status === 'obsolete') throw new AppError('CONFLICT', 'documents.obsolete');
  const open = await trx.selectFrom('revisions').select('id').where('document_id', '=', doc.id).where('status', 'in', OPEN_STATUSES).executeTakeFirst();
  if (open) throw new AppError('CONFLICT', 'revisions.openExists');
  const latest = await trx.selectFrom('revisions').select(['revision_no', 'label']).where('document_id', '=', doc.id).orderBy('revision_no', 'desc').limit(1).executeTakeFirst();
  const now = nowIso();
  const row: RevisionRow = {
    id: uuidv7(),
    document_id: doc.id,
    revision_no: (latest?.revision_no ?? 0) + 1,
    // A register entry already in force before document control starts gets the next label, not its own again.
    label: options.label ?? (latest ? nextLabel(latest.label) : doc.status === 'effective' ? nextLabel(doc.version_label) : doc.version_label),
    status: 'draft',
    ...contentColumns(content, doc.language as Language),
    change_reason: null,
    rejection: null,
    effective_date: null,
    author_id: authorId,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto('revisions').values(row).execute();
  await reindexDocument(trx, doc.id);
  await audit({ entity: 'revision', entityId: row.id, action: 'startDraft', after: { documentId: doc.id, label: row.label, from: options.from } });
  return row.id;
}

export const revisionsHandlers: Handlers<DomainMethods<'revisions'>> = {
  async 'revisions.list'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    await documentOf(db, input.documentId);
    let q = db.selectFrom('revisions').selectAll().where('document_id', '=', input.documentId);
    if (isReader(me))
      q = q.where('status', 'in', (await isNamedApprover(db, me, input.documentId)) ? [...PUBLISHED_STATUSES, ...AWAITING_APPROVAL] : PUBLISHED_STATUSES);
    return summarise(db, await q.orderBy('revision_no', 'desc').execute());
  },

  async 'revisions.get'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const row = await getRevisionRow(db, input.id);
    await assertReadable(db, me, row);
    const doc = await documentOf(db, row.document_id);
    return { ...(await summarise(db, [row]))[0]!, ...loadContent(row), language: doc.language as Language };
  },

  async 'revisions.startDraft'(input, ctx) {
    const me = callerOf(ctx);
    const id = await inTransaction(ctx, async (trx, audit) => {
      const doc = await documentOf(trx, input.documentId);
      const effective = await trx.selectFrom('revisions').select('content').where('document_id', '=', doc.id).where('status', '=', 'effective').executeTakeFirst();
      let content: Content;
      if (input.templateId) content = templateContent(input.templateId, doc.language as Language);
      else if (effective) content = parseContent(JSON.parse(effective.content));
      else content = emptyContent();
      return insertDraft(trx, audit, me.id, doc.id, content, { label: input.label, from: input.templateId ?? (effective ? 'effective' : 'empty') });
    });
    return revisionsHandlers['revisions.get']({ id }, ctx);
  },

  async 'revisions.save'(input, ctx) {
    const content = parseContent(input.content);
    return inTransaction(ctx, async (trx, audit) => {
      const row = await forChange(trx, input.id, input.version, 'draft', 'revisions.notDraft');
      const doc = await documentOf(trx, row.document_id);
      const columns = contentColumns(content, doc.language as Language);
      await trx.updateTable('revisions').set({ ...columns, version: row.version + 1, updated_at: nowIso() }).where('id', '=', row.id).execute();
      await reindexDocument(trx, row.document_id);
      // The trail keeps the fingerprint of each saved state, not the whole text of every autosave.
      await audit({ entity: 'revision', entityId: row.id, action: 'save', before: { contentHash: row.content_hash }, after: { contentHash: columns.content_hash } });
      return summary(trx, row.id);
    });
  },

  async 'revisions.submit'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const row = await forChange(trx, input.id, input.version, 'draft', 'revisions.notDraft');
      await trx
        .updateTable('revisions')
        .set({ status: 'in_review', change_reason: input.changeReason, effective_date: input.effectiveDate, rejection: null, version: row.version + 1, updated_at: nowIso() })
        .where('id', '=', row.id)
        .execute();
      await audit({ entity: 'revision', entityId: row.id, action: 'submit', after: { changeReason: input.changeReason, effectiveDate: input.effectiveDate, contentHash: row.content_hash } });
      return summary(trx, row.id);
    });
  },

  async 'revisions.sign'(input, ctx) {
    const me = callerOf(ctx);
    // A wrong password signs nothing, and counts toward the lockout like any other password check.
    await checkPassword(ctx, me.id, input.password, 'sign', 'password');
    return inTransaction(ctx, async (trx, audit) => {
      const row = await forChange(trx, input.id, input.version, 'in_review', 'revisions.notInReview');
      if (!(await mayApprove(trx, me, row.document_id))) throw new AppError('FORBIDDEN', 'revisions.notApprover');
      const { allowSelfApproval } = await readSettings(trx);
      if (input.meaning === 'approved' && row.author_id === me.id && !allowSelfApproval) throw new AppError('FORBIDDEN', 'revisions.selfApproval');
      const now = nowIso();
      const signature = {
        id: uuidv7(),
        revision_id: row.id,
        signer_id: me.id,
        signer_name: me.displayName,
        signer_role: me.role,
        meaning: input.meaning,
        content_hash: row.content_hash,
        comment: input.comment || null,
        signed_at: now,
        created_at: now,
        updated_at: now,
      };
      await trx.insertInto('signatures').values(signature).execute();
      await trx
        .updateTable('revisions')
        .set({ status: input.meaning === 'approved' ? 'approved' : 'in_review', version: row.version + 1, updated_at: now })
        .where('id', '=', row.id)
        .execute();
      await audit({ entity: 'revision', entityId: row.id, action: 'sign', after: { meaning: input.meaning, contentHash: row.content_hash, signatureId: signature.id } });
      if (input.meaning === 'approved') await activateDue(trx, audit);
      return summary(trx, row.id);
    });
  },

  async 'revisions.reject'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const row = await forChange(trx, input.id, input.version, 'in_review', 'revisions.notInReview');
      if (!(await mayApprove(trx, me, row.document_id))) throw new AppError('FORBIDDEN', 'revisions.notApprover');
      await trx
        .updateTable('revisions')
        .set({ status: 'draft', rejection: input.comment, version: row.version + 1, updated_at: nowIso() })
        .where('id', '=', row.id)
        .execute();
      await audit({ entity: 'revision', entityId: row.id, action: 'reject', after: { comment: input.comment } });
      return summary(trx, row.id);
    });
  },

  async 'revisions.discard'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const row = await forChange(trx, input.id, input.version, 'draft', 'revisions.notDraft');
      await trx.deleteFrom('signatures').where('revision_id', '=', row.id).execute();
      await trx.deleteFrom('revisions').where('id', '=', row.id).execute();
      await reindexDocument(trx, row.document_id);
      await audit({ entity: 'revision', entityId: row.id, action: 'discard', before: { label: row.label, contentHash: row.content_hash } });
      return {};
    });
  },
};

