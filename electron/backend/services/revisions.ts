import { uuidv7 } from 'uuidv7';
import type { Kysely } from 'kysely';
import { contentSchema, emptyContent, type Content } from '../../../shared/editor/content';
import type { Language } from '../../../shared/editor/structure';
import { OPEN_STATUSES, PUBLISHED_STATUSES, type RevisionStatus } from '../../../shared/revisions/contract';
import type { Signature } from '../../../shared/signatures/contract';
import { holds } from '../auth/rights';
import { callerOf, inTransaction, nowIso, type Audit, type Caller, type DomainMethods, type Handlers } from '../context';
import type { Database, RevisionRow } from '../db/schema';
import { AppError, notFound } from '../errors';
import { activateDue, makeEffective, today } from './revision-lifecycle';
import { assertMaySign, mayOn } from './revision-route';
import { readSettings } from './settings';
import { assertRouteSignable, revisionRoute, routeForDocument, routeState } from './routes';
import { addSignature, assertSignerPassword, signaturesOf, voidSignatures } from './signatures';
import { contentColumns, getRevisionRow, nextLabel, parseContent, summarise } from './revision-rows';
import { fileBodyColumns } from './revision-files';
import { reindexDocument } from './search-index';
import { templateContent } from './templates';

const isReader = (c: Caller) => c.role === 'auditor' || c.role === 'executive';

/** Auditors and executives read effective and superseded revisions, and those whose route names them. */
export async function assertReadable(db: Kysely<Database>, caller: Caller, row: Pick<RevisionRow, 'id' | 'status'>) {
  if (!isReader(caller) || PUBLISHED_STATUSES.includes(row.status as RevisionStatus)) return;
  if (await holds(db, caller, { entity: 'revision', id: row.id, assignments: ['routeSigner'] })) return;
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

async function summary(db: Kysely<Database>, id: string, caller: Caller | null = null) {
  return (await summarise(db, [await getRevisionRow(db, id)], caller))[0]!;
}

/** The round's signatures that count, and where the revision stands on its route. */
async function standing(db: Kysely<Database>, row: RevisionRow) {
  const steps = revisionRoute(row.route);
  const live = (await signaturesOf(db, 'revision', row.id)).filter((s) => s.round === row.round);
  return { steps, live, state: routeState(steps, live) };
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
    route: null,
    round: 0,
    origin: 'content',
    attachment_id: null,
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
    const rows = await db.selectFrom('revisions').selectAll().where('document_id', '=', input.documentId).orderBy('revision_no', 'desc').execute();
    const visible: RevisionRow[] = [];
    for (const r of rows) if (!isReader(me) || PUBLISHED_STATUSES.includes(r.status as RevisionStatus) || (await holds(db, me, { entity: 'revision', id: r.id, assignments: ['routeSigner'] }))) visible.push(r);
    return summarise(db, visible, me);
  },

  async 'revisions.get'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const row = await getRevisionRow(db, input.id);
    await assertReadable(db, me, row);
    const doc = await documentOf(db, row.document_id);
    return { ...(await summarise(db, [row], me))[0]!, ...loadContent(row), language: doc.language as Language };
  },

  async 'revisions.startDraft'(input, ctx) {
    const me = callerOf(ctx);
    const id = await inTransaction(ctx, async (trx, audit) => {
      const doc = await documentOf(trx, input.documentId);
      const effective = await trx
        .selectFrom('revisions')
        .select(['content', 'attachment_id', 'body_text'])
        .where('document_id', '=', doc.id)
        .where('status', '=', 'effective')
        .executeTakeFirst();
      let content: Content;
      if (input.templateId) content = templateContent(input.templateId, doc.language as Language);
      else if (effective) content = parseContent(JSON.parse(effective.content));
      else content = emptyContent();
      const id = await insertDraft(trx, audit, me.id, doc.id, content, { label: input.label, from: input.templateId ?? (effective ? 'effective' : 'empty') });
      // A file body carries over to the next revision until another file replaces it.
      if (!input.templateId && effective?.attachment_id)
        await trx.updateTable('revisions').set({ attachment_id: effective.attachment_id, body_text: effective.body_text }).where('id', '=', id).execute();
      return id;
    });
    return revisionsHandlers['revisions.get']({ id }, ctx);
  },

  async 'revisions.save'(input, ctx) {
    callerOf(ctx);
    const content = parseContent(input.content);
    return inTransaction(ctx, async (trx, audit) => {
      const row = await forChange(trx, input.id, input.version, 'draft', 'revisions.notDraft');
      if (row.attachment_id) throw new AppError('CONFLICT', 'revisions.fileBody');
      const doc = await documentOf(trx, row.document_id);
      const columns = contentColumns(content, doc.language as Language);
      await trx.updateTable('revisions').set({ ...columns, version: row.version + 1, updated_at: nowIso() }).where('id', '=', row.id).execute();
      await reindexDocument(trx, row.document_id);
      // The trail keeps the fingerprint of each saved state, not the whole text of every autosave.
      await audit({ entity: 'revision', entityId: row.id, action: 'save', before: { contentHash: row.content_hash }, after: { contentHash: columns.content_hash } });
      return summary(trx, row.id, ctx.caller);
    });
  },

  async 'revisions.submit'(input, ctx) {
    const me = callerOf(ctx);
    await assertSignerPassword(ctx, me, input.password);
    return inTransaction(ctx, async (trx, audit) => {
      const row = await forChange(trx, input.id, input.version, 'draft', 'revisions.notDraft');
      const route = await routeForDocument(trx, row.document_id);
      const selfApprovalAllowed = (await readSettings(trx)).allowSelfApproval;
      await assertRouteSignable(trx, route.steps, row.author_id === null ? undefined : { authorId: row.author_id, documentId: row.document_id, selfApprovalAllowed, locale: ctx.locale });
      const round = row.round + 1;
      await trx
        .updateTable('revisions')
        .set({
          status: 'in_review',
          change_reason: input.changeReason,
          effective_date: input.effectiveDate,
          rejection: null,
          route: JSON.stringify(route.steps),
          round,
          version: row.version + 1,
          updated_at: nowIso(),
        })
        .where('id', '=', row.id)
        .execute();
      await audit({
        entity: 'revision',
        entityId: row.id,
        action: 'submit',
        after: { changeReason: input.changeReason, effectiveDate: input.effectiveDate, contentHash: row.content_hash, round, route: route.steps },
      });
      // 编制: the author's own signature on what they submit.
      await addSignature(trx, audit, me, { entityType: 'revision', entityId: row.id, round, step: 0, meaning: 'authored', contentHash: row.content_hash });
      return summary(trx, row.id, me);
    });
  },

  async 'revisions.sign'(input, ctx) {
    const me = callerOf(ctx);
    await assertSignerPassword(ctx, me, input.password);
    return inTransaction(ctx, async (trx, audit) => {
      const row = await forChange(trx, input.id, input.version, 'in_review', 'revisions.notInReview');
      const { steps, live, state } = await standing(trx, row);
      await assertMaySign(trx, me, row, steps, state, live, input, ctx.locale);
      const step = steps[state.current! - 1]!;
      await addSignature(trx, audit, me, {
        entityType: 'revision',
        entityId: row.id,
        round: row.round,
        step: state.current,
        meaning: step.meaning,
        contentHash: row.content_hash,
        comment: input.comment,
      });
      const after = routeState(steps, [...live, { step: state.current, signerId: me.id } as Signature]);
      const approved = after.current === null;
      await trx
        .updateTable('revisions')
        .set({ status: approved ? 'approved' : 'in_review', version: row.version + 1, updated_at: nowIso() })
        .where('id', '=', row.id)
        .execute();
      if (approved) {
        await audit({ entity: 'revision', entityId: row.id, action: 'approve', after: { contentHash: row.content_hash, effectiveDate: row.effective_date } });
        await activateDue(trx, audit);
      }
      return summary(trx, row.id, me);
    });
  },

  /** 退回: at any step, back to draft with the comment; the round's signatures become void. */
  async 'revisions.reject'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const row = await forChange(trx, input.id, input.version, 'in_review', 'revisions.notInReview');
      const { steps, live, state } = await standing(trx, row);
      if (!(await mayOn(trx, me, row, steps, state, live)).return) throw new AppError('FORBIDDEN', 'revisions.notApprover');
      await trx
        .updateTable('revisions')
        .set({ status: 'draft', rejection: input.comment, version: row.version + 1, updated_at: nowIso() })
        .where('id', '=', row.id)
        .execute();
      await audit({ entity: 'revision', entityId: row.id, action: 'reject', after: { comment: input.comment, step: state.current } });
      await voidSignatures(trx, audit, 'revision', row.id, 'returned');
      return summary(trx, row.id, me);
    });
  },

  async 'revisions.attachFile'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const row = await forChange(trx, input.id, input.version, 'draft', 'revisions.notDraft');
      const doc = await documentOf(trx, row.document_id);
      const columns = input.attachmentId
        ? await fileBodyColumns(trx, input.attachmentId, doc.language as Language)
        : { ...contentColumns(emptyContent(), doc.language as Language), attachment_id: null };
      await trx.updateTable('revisions').set({ ...columns, version: row.version + 1, updated_at: nowIso() }).where('id', '=', row.id).execute();
      await reindexDocument(trx, row.document_id);
      await audit({
        entity: 'revision',
        entityId: row.id,
        action: 'attachFile',
        before: { attachmentId: row.attachment_id, contentHash: row.content_hash },
        after: { attachmentId: columns.attachment_id, contentHash: columns.content_hash },
      });
      return summary(trx, row.id, me);
    });
  },

  async 'revisions.withdraw'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const row = await forChange(trx, input.id, input.version, 'in_review', 'revisions.notInReview');
      if (row.author_id !== me.id) throw new AppError('FORBIDDEN', 'signatures.notAuthor');
      const { live } = await standing(trx, row);
      if (live.some((s) => s.step !== 0)) throw new AppError('CONFLICT', 'signatures.alreadySigned');
      await trx.updateTable('revisions').set({ status: 'draft', version: row.version + 1, updated_at: nowIso() }).where('id', '=', row.id).execute();
      await audit({ entity: 'revision', entityId: row.id, action: 'withdraw', after: { round: row.round } });
      await voidSignatures(trx, audit, 'revision', row.id, 'withdrawn');
      return summary(trx, row.id, me);
    });
  },

  async 'revisions.register'(input, ctx) {
    const me = callerOf(ctx);
    await assertSignerPassword(ctx, me, input.password);
    if (input.effectiveDate > today())
      throw new AppError('VALIDATION', 'validation.fields', { fields: 'effectiveDate' }, [{ path: ['effectiveDate'], message: 'a version in force took effect on or before today' }]);
    return inTransaction(ctx, async (trx, audit) => {
      const doc = await documentOf(trx, input.documentId);
      if (doc.status === 'obsolete') throw new AppError('CONFLICT', 'documents.obsolete');
      const existing = await trx.selectFrom('revisions').select('id').where('document_id', '=', doc.id).where('status', 'in', [...OPEN_STATUSES, 'effective']).executeTakeFirst();
      if (existing) throw new AppError('CONFLICT', 'revisions.registerOnlyNew');
      const id = await insertDraft(trx, audit, me.id, doc.id, emptyContent(), { label: input.label, from: 'registered' });
      const file = input.attachmentId ? await fileBodyColumns(trx, input.attachmentId, doc.language as Language) : {};
      await trx.updateTable('revisions').set({ ...file, origin: 'registered', round: 1, change_reason: input.comment || null }).where('id', '=', id).execute();
      const row = await getRevisionRow(trx, id);
      await addSignature(trx, audit, me, { entityType: 'revision', entityId: id, round: 1, step: null, meaning: 'registered', contentHash: row.content_hash, comment: input.comment });
      await makeEffective(trx, audit, row, input.effectiveDate);
      return summary(trx, id, me);
    });
  },

  async 'revisions.discard'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const row = await forChange(trx, input.id, input.version, 'draft', 'revisions.notDraft');
      // Signatures of earlier rounds stay, void, as the record of what happened; the draft itself goes.
      await voidSignatures(trx, audit, 'revision', row.id, 'discarded');
      await trx.deleteFrom('revisions').where('id', '=', row.id).execute();
      await reindexDocument(trx, row.document_id);
      await audit({ entity: 'revision', entityId: row.id, action: 'discard', before: { label: row.label, contentHash: row.content_hash } });
      return {};
    });
  },
};
