import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { ISO_9001_CLAUSES } from '../../../shared/clauses/iso9001';
import { callerOf, inTransaction, nowIso, type DomainMethods, type Handlers } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { assertAuditOpen, assertMayWork, auditCodeOf, auditRow, citationColumns, lineOf, linesOf } from './checklist-lines';
import { mayWorkOnAudit } from './findings-rights';
import { effectiveArticles, effectiveRegulations } from './regulation-articles';

type NewLine = {
  clause?: string | null;
  citation?: Awaited<ReturnType<typeof citationColumns>>;
  question?: string;
  method?: string | null;
};

async function insertLines(trx: Kysely<Database>, auditId: string, unitId: string | null, userId: string, lines: NewLine[]): Promise<string[]> {
  const last = await trx.selectFrom('checklist_lines').select((eb) => eb.fn.max('position').as('p')).where('audit_id', '=', auditId).executeTakeFirst();
  let position = Number(last?.p ?? 0);
  const at = nowIso();
  const ids: string[] = [];
  for (const l of lines) {
    const id = uuidv7();
    ids.push(id);
    await trx
      .insertInto('checklist_lines')
      .values({
        id,
        audit_id: auditId,
        unit_id: unitId,
        position: ++position,
        clause: l.clause ?? null,
        ...(l.citation ?? (await citationColumns(trx, null))),
        question: l.question ?? '',
        method: l.method ?? null,
        record: '',
        result: null,
        updated_by: userId,
        removed_at: null,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  return ids;
}

const clauseName = (clause: string, locale: 'zh-CN' | 'en') => ISO_9001_CLAUSES.find((c) => c.clause === clause)?.[locale] ?? '';

/** The lines of the last earlier audit with lines for this unit, re-cited against today's effective revisions. */
async function previousLines(db: Kysely<Database>, auditId: string, unitId: string): Promise<NewLine[]> {
  const prev = await db
    .selectFrom('checklist_lines as l')
    .innerJoin('audits as a', 'a.id', 'l.audit_id')
    .select('a.id')
    .where('l.unit_id', '=', unitId)
    .where('l.removed_at', 'is', null)
    .where('a.id', '<>', auditId)
    .where('a.status', '<>', 'cancelled')
    .orderBy((eb) => eb.fn.coalesce('a.start_date', 'a.created_at'), 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!prev) throw new AppError('NOT_FOUND', 'checklists.noPreviousAudit');
  const rows = await db
    .selectFrom('checklist_lines')
    .selectAll()
    .where('audit_id', '=', prev.id)
    .where('unit_id', '=', unitId)
    .where('removed_at', 'is', null)
    .orderBy('position')
    .execute();
  const out: NewLine[] = [];
  for (const r of rows) {
    let citation: NewLine['citation'];
    if (r.revision_id && r.node_id) {
      // The same article (same node id) in the document's revision in force today, if it still has it.
      const now = await db
        .selectFrom('revisions as old')
        .innerJoin('revisions as cur', 'cur.document_id', 'old.document_id')
        .select('cur.id')
        .where('old.id', '=', r.revision_id)
        .where('cur.status', '=', 'effective')
        .executeTakeFirst();
      if (now) {
        const { articles } = await effectiveArticles(db, now.id);
        if (articles.some((a) => a.nodeId === r.node_id)) citation = await citationColumns(db, { revisionId: now.id, nodeId: r.node_id });
      }
    }
    out.push({ clause: r.clause, citation, question: r.question, method: r.method });
  }
  return out;
}

export const checklistsHandlers: Handlers<DomainMethods<'checklists'>> = {
  async 'checklists.get'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const a = await auditRow(db, input.auditId);
    const work = await mayWorkOnAudit(db, me, a.id);
    if (!work && me.role !== 'executive') throw new AppError('FORBIDDEN', 'checklists.notAuditor');
    const units = await db
      .selectFrom('audit_units as u')
      .innerJoin('departments as d', 'd.id', 'u.unit_id')
      .select(['d.id', 'd.name'])
      .where('u.audit_id', '=', a.id)
      .where('u.removed_at', 'is', null)
      .orderBy('d.name_sort')
      .execute();
    const open = a.status !== 'closed' && a.status !== 'cancelled';
    return {
      audit: { id: a.id, code: auditCodeOf(a), title: a.title, status: a.status, units },
      lines: await linesOf(db, { auditId: a.id }),
      may: { edit: work && open, raiseFinding: work && open },
    };
  },

  async 'checklists.regulations'(_input, ctx) {
    callerOf(ctx);
    return effectiveRegulations(ctx.backend.store.db);
  },

  async 'checklists.articles'(input, ctx) {
    callerOf(ctx);
    const { source, articles } = await effectiveArticles(ctx.backend.store.db, input.revisionId);
    return { documentNumber: source.documentNumber, documentTitle: source.documentTitle, revisionLabel: source.revisionLabel, articles };
  },

  async 'checklists.templates'(_input, ctx) {
    callerOf(ctx);
    const rows = await ctx.backend.store.db.selectFrom('checklist_templates').selectAll().where('retired_at', 'is', null).orderBy('name').execute();
    return rows.map((r) => ({ id: r.id, name: r.name, description: r.description, lines: JSON.parse(r.lines) as never }));
  },

  async 'checklists.addLines'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const a = await auditRow(trx, input.auditId);
      await assertMayWork(trx, me, a.id);
      assertAuditOpen(a);
      if (input.unitId) {
        const unit = await trx.selectFrom('departments').select('id').where('id', '=', input.unitId).executeTakeFirst();
        if (!unit) throw notFound('department', input.unitId);
      }
      const src = input.source;
      let lines: NewLine[];
      if (src.kind === 'template') {
        const t = await trx.selectFrom('checklist_templates').selectAll().where('id', '=', src.templateId).where('retired_at', 'is', null).executeTakeFirst();
        if (!t) throw notFound('checklistTemplate', src.templateId);
        lines = JSON.parse(t.lines) as NewLine[];
      } else if (src.kind === 'clauses') {
        const criteria = await trx.selectFrom('audit_criteria').select('clause').where('audit_id', '=', a.id).where('kind', '=', 'clause').where('removed_at', 'is', null).execute();
        const clauses = criteria.map((c) => c.clause!).sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
        lines = clauses.map((clause) => ({ clause, question: clauseName(clause, ctx.locale), method: 'review' }));
      } else if (src.kind === 'articles') {
        const { articles } = await effectiveArticles(trx, src.revisionId);
        const chosen = src.nodeIds ? articles.filter((x) => src.nodeIds!.includes(x.nodeId)) : articles;
        if (src.nodeIds && chosen.length !== new Set(src.nodeIds).size) throw new AppError('NOT_FOUND', 'checklists.articleNotFound', { number: '', label: '' });
        lines = [];
        for (const art of chosen) lines.push({ citation: await citationColumns(trx, { revisionId: src.revisionId, nodeId: art.nodeId }), method: 'review' });
      } else if (src.kind === 'previous') {
        if (!input.unitId) throw new AppError('VALIDATION', 'validation.fields', { fields: 'unitId' });
        lines = await previousLines(trx, a.id, input.unitId);
      } else {
        lines = [{ clause: src.clause ?? null, citation: src.article ? await citationColumns(trx, src.article) : undefined }];
      }
      const ids = await insertLines(trx, a.id, input.unitId, me.id, lines);
      for (const id of ids) await audit({ entity: 'checklistLine', entityId: id, action: 'create', after: { auditId: a.id, source: src.kind } });
      return linesOf(trx, { ids });
    });
  },

  async 'checklists.updateLine'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const row = await trx.selectFrom('checklist_lines').selectAll().where('id', '=', input.id).where('removed_at', 'is', null).executeTakeFirst();
      if (!row) throw notFound('checklistLine', input.id);
      await assertMayWork(trx, me, row.audit_id);
      assertAuditOpen(await auditRow(trx, row.audit_id));
      if (row.version !== input.version) {
        const current = await lineOf(trx, row.id);
        throw new AppError('CONFLICT', 'checklists.stale', { by: current.updatedByName ?? '—', at: current.updatedAt }, { reason: 'checklists.stale', current });
      }
      const p = input.patch;
      const set: Partial<Database['checklist_lines']> = {};
      if (p.unitId !== undefined) {
        if (p.unitId && !(await trx.selectFrom('departments').select('id').where('id', '=', p.unitId).executeTakeFirst())) throw notFound('department', p.unitId);
        set.unit_id = p.unitId;
      }
      if (p.clause !== undefined) set.clause = p.clause;
      if (p.article !== undefined) Object.assign(set, await citationColumns(trx, p.article));
      if (p.question !== undefined) set.question = p.question;
      if (p.method !== undefined) set.method = p.method;
      if (p.record !== undefined) set.record = p.record;
      if (p.result !== undefined) set.result = p.result;
      const before = Object.fromEntries(Object.keys(set).map((k) => [k, row[k as keyof typeof row]]));
      await trx
        .updateTable('checklist_lines')
        .set({ ...set, updated_by: me.id, version: row.version + 1, updated_at: nowIso() })
        .where('id', '=', row.id)
        .execute();
      await audit({ entity: 'checklistLine', entityId: row.id, action: 'update', before, after: set });
      return lineOf(trx, row.id);
    });
  },

  async 'checklists.removeLine'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const row = await trx.selectFrom('checklist_lines').selectAll().where('id', '=', input.id).where('removed_at', 'is', null).executeTakeFirst();
      if (!row) throw notFound('checklistLine', input.id);
      await assertMayWork(trx, me, row.audit_id);
      assertAuditOpen(await auditRow(trx, row.audit_id));
      if (row.version !== input.version) throw new AppError('CONFLICT', 'record.stale');
      const at = nowIso();
      await trx.updateTable('checklist_lines').set({ removed_at: at, updated_by: me.id, version: row.version + 1, updated_at: at }).where('id', '=', row.id).execute();
      await audit({ entity: 'checklistLine', entityId: row.id, action: 'remove', before: { question: row.question, result: row.result } });
      return {};
    });
  },

  async 'checklists.attach'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const row = await trx.selectFrom('checklist_lines').selectAll().where('id', '=', input.lineId).where('removed_at', 'is', null).executeTakeFirst();
      if (!row) throw notFound('checklistLine', input.lineId);
      await assertMayWork(trx, me, row.audit_id);
      assertAuditOpen(await auditRow(trx, row.audit_id));
      const file = await trx.selectFrom('attachments').select(['id', 'name']).where('id', '=', input.attachmentId).executeTakeFirst();
      if (!file) throw notFound('attachment', input.attachmentId);
      const linked = await trx.selectFrom('checklist_line_attachments').select('id').where('line_id', '=', row.id).where('attachment_id', '=', file.id).where('removed_at', 'is', null).executeTakeFirst();
      if (!linked) {
        const at = nowIso();
        await trx.insertInto('checklist_line_attachments').values({ id: uuidv7(), line_id: row.id, attachment_id: file.id, created_by: me.id, removed_at: null, version: 1, created_at: at, updated_at: at }).execute();
        await audit({ entity: 'checklistLine', entityId: row.id, action: 'attach', after: { attachmentId: file.id, name: file.name } });
      }
      return lineOf(trx, row.id);
    });
  },

  async 'checklists.detach'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const row = await trx.selectFrom('checklist_lines').selectAll().where('id', '=', input.lineId).where('removed_at', 'is', null).executeTakeFirst();
      if (!row) throw notFound('checklistLine', input.lineId);
      await assertMayWork(trx, me, row.audit_id);
      assertAuditOpen(await auditRow(trx, row.audit_id));
      const link = await trx.selectFrom('checklist_line_attachments').select('id').where('line_id', '=', row.id).where('attachment_id', '=', input.attachmentId).where('removed_at', 'is', null).executeTakeFirst();
      if (!link) throw notFound('attachment', input.attachmentId);
      const at = nowIso();
      await trx.updateTable('checklist_line_attachments').set({ removed_at: at, updated_at: at, version: 2 }).where('id', '=', link.id).execute();
      await audit({ entity: 'checklistLine', entityId: row.id, action: 'detach', before: { attachmentId: input.attachmentId } });
      return lineOf(trx, row.id);
    });
  },
};
