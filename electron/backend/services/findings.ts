import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { holds } from '../auth/rights';
import { callerOf, inTransaction, nowIso, type Audit, type DomainMethods, type Handlers } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { assertAuditOpen, assertMayWork, auditRow, citationColumns } from './checklist-lines';
import { auditeeCapacity, personOf } from './findings-rights';
import { findingNumber, findingRow, findingsOut, maySee, nextFindingNumber, visibility } from './findings-rows';
import './finding-tasks';
import { registerAuditCloseCheck } from './audit-access';

interface Fields {
  unitId: string;
  facts: string;
  grade: string;
  clauses: string[];
  article: { revisionId: string; nodeId: string } | null;
  attachmentIds: string[];
}

const needsRequirement = (grade: string) => grade === 'major' || grade === 'minor';

/** Checks what a finding says before anything is written: evidence text, a requirement for a nonconformity, the unit, the files. */
async function checkFields(db: Kysely<Database>, f: Fields, citationPresent: boolean) {
  if (!f.facts.trim()) throw new AppError('VALIDATION', 'findings.evidenceRequired', {}, [{ path: ['facts'], message: 'required' }]);
  if (needsRequirement(f.grade) && f.clauses.length === 0 && !citationPresent)
    throw new AppError('VALIDATION', 'findings.requirementRequired', {}, [{ path: ['clauses'], message: 'required' }]);
  if (!(await db.selectFrom('departments').select('id').where('id', '=', f.unitId).executeTakeFirst())) throw notFound('department', f.unitId);
  for (const id of f.attachmentIds) if (!(await db.selectFrom('attachments').select('id').where('id', '=', id).executeTakeFirst())) throw notFound('attachment', id);
}

/** Makes the finding's clause and file links equal to the lists given (tombstoning what left). */
async function syncLinks(trx: Kysely<Database>, findingId: string, userId: string, clauses: string[], attachmentIds: string[]) {
  const at = nowIso();
  const haveClauses = await trx.selectFrom('audit_finding_clauses').select(['id', 'clause']).where('finding_id', '=', findingId).where('removed_at', 'is', null).execute();
  for (const c of haveClauses) if (!clauses.includes(c.clause)) await trx.updateTable('audit_finding_clauses').set({ removed_at: at, updated_at: at, version: 2 }).where('id', '=', c.id).execute();
  for (const clause of new Set(clauses))
    if (!haveClauses.some((c) => c.clause === clause))
      await trx.insertInto('audit_finding_clauses').values({ id: uuidv7(), finding_id: findingId, clause, removed_at: null, version: 1, created_at: at, updated_at: at }).execute();
  const haveFiles = await trx.selectFrom('audit_finding_attachments').select(['id', 'attachment_id']).where('finding_id', '=', findingId).where('removed_at', 'is', null).execute();
  for (const l of haveFiles) if (!attachmentIds.includes(l.attachment_id)) await trx.updateTable('audit_finding_attachments').set({ removed_at: at, updated_at: at, version: 2 }).where('id', '=', l.id).execute();
  for (const id of new Set(attachmentIds))
    if (!haveFiles.some((l) => l.attachment_id === id))
      await trx.insertInto('audit_finding_attachments').values({ id: uuidv7(), finding_id: findingId, attachment_id: id, created_by: userId, removed_at: null, version: 1, created_at: at, updated_at: at }).execute();
}

async function answer(trx: Kysely<Database>, id: string, ctx: Parameters<Handlers<'findings.get'>['findings.get']>[1]) {
  const [out] = await findingsOut(trx, [await findingRow(trx, id)], callerOf(ctx));
  return out!;
}

async function forChange(trx: Kysely<Database>, id: string, version: number) {
  const r = await findingRow(trx, id);
  if (r.status === 'withdrawn') throw new AppError('CONFLICT', 'findings.withdrawn');
  if (r.version !== version) throw new AppError('CONFLICT', 'record.stale');
  return r;
}

const trail = (audit: Audit, id: string, action: string, after: unknown, before?: unknown) => audit({ entity: 'finding', entityId: id, action, before, after });

export const findingsHandlers: Handlers<DomainMethods<'findings'>> = {
  async 'findings.create'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const a = await auditRow(trx, input.auditId);
      await assertMayWork(trx, me, a.id);
      assertAuditOpen(a);
      let clauses: string[] = input.clauses;
      let citation = await citationColumns(trx, input.article);
      if (input.lineId) {
        const line = await trx.selectFrom('checklist_lines').selectAll().where('id', '=', input.lineId).where('removed_at', 'is', null).executeTakeFirst();
        if (!line) throw notFound('checklistLine', input.lineId);
        if (line.audit_id !== a.id) throw new AppError('VALIDATION', 'findings.lineOfOtherAudit');
        // The line's requirement, as it was cited there, unless the auditor named another.
        if (clauses.length === 0 && !input.article) {
          if (line.clause) clauses = [line.clause];
          if (line.revision_id)
            citation = { revision_id: line.revision_id, node_id: line.node_id, cited_document: line.cited_document, cited_revision_label: line.cited_revision_label, cited_label: line.cited_label, cited_text: line.cited_text };
        }
      }
      await checkFields(trx, { ...input, clauses }, citation.revision_id !== null);
      // Numbered in the audit's (programme) year, which the next year's risk-based suggestions read.
      const year = a.year;
      const { seq, number } = await nextFindingNumber(trx, year);
      const person = await personOf(trx, me.id);
      const id = uuidv7();
      const at = nowIso();
      await trx
        .insertInto('audit_findings')
        .values({
          id,
          audit_id: a.id,
          line_id: input.lineId,
          unit_id: input.unitId,
          year,
          seq,
          number,
          provisional_number: null,
          grade: input.grade,
          facts: input.facts.trim(),
          ...citation,
          auditor_person_id: person?.id ?? null,
          auditor_name: person?.name ?? me.displayName,
          status: 'open',
          withdraw_reason: null,
          capa_id: null,
          no_capa_reason: null,
          created_by: me.id,
          updated_by: me.id,
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await syncLinks(trx, id, me.id, clauses, input.attachmentIds);
      await trail(audit, id, 'create', { number, auditId: a.id, unitId: input.unitId, grade: input.grade, clauses, lineId: input.lineId, attachments: input.attachmentIds.length });
      return answer(trx, id, ctx);
    });
  },

  async 'findings.update'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const r = await forChange(trx, input.id, input.version);
      await assertMayWork(trx, me, r.audit_id);
      assertAuditOpen(await auditRow(trx, r.audit_id));
      if (r.status !== 'open') throw new AppError('CONFLICT', 'findings.notEditable');
      // An unchanged citation stays as cited; a new one is taken from the effective revision.
      const same = input.article && input.article.revisionId === r.revision_id && input.article.nodeId === r.node_id;
      const citation = same ? {} : await citationColumns(trx, input.article);
      await checkFields(trx, input, same ? true : input.article !== null);
      await trx
        .updateTable('audit_findings')
        .set({ unit_id: input.unitId, grade: input.grade, facts: input.facts.trim(), ...citation, updated_by: me.id, version: r.version + 1, updated_at: nowIso() })
        .where('id', '=', r.id)
        .execute();
      await syncLinks(trx, r.id, me.id, input.clauses, input.attachmentIds);
      await trail(audit, r.id, 'update', { grade: input.grade, unitId: input.unitId, clauses: input.clauses }, { grade: r.grade, unitId: r.unit_id });
      return answer(trx, r.id, ctx);
    });
  },

  async 'findings.get'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const r = await findingRow(db, input.id);
    if (!(await maySee(db, me, r))) throw new AppError('FORBIDDEN');
    return answer(db, r.id, ctx);
  },

  async 'findings.list'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const seen = await visibility(db, me);
    let q = db.selectFrom('audit_findings as f');
    if (input.auditId) q = q.where('f.audit_id', '=', input.auditId);
    if (input.unitId) q = q.where('f.unit_id', '=', input.unitId);
    if (input.grade) q = q.where('f.grade', '=', input.grade);
    if (input.status) q = q.where('f.status', '=', input.status);
    if (seen)
      q = q.where((eb) =>
        eb.or([
          eb('f.audit_id', 'in', seen.audits.length ? seen.audits : ['']),
          eb('f.unit_id', 'in', seen.units.length ? seen.units : ['']),
          ...seen.pairs.map((p) => eb.and([eb('f.audit_id', '=', p.audit), eb('f.unit_id', '=', p.unit)])),
        ]),
      );
    const total = Number((await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
    const rows = await q
      .selectAll('f')
      .orderBy('f.year', 'desc')
      .orderBy('f.seq', 'desc')
      .orderBy('f.created_at', 'desc')
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute();
    return { items: await findingsOut(db, rows, me), total };
  },

  async 'findings.acknowledge'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const r = await findingRow(trx, input.id);
      if (r.status === 'withdrawn') throw new AppError('CONFLICT', 'findings.withdrawn');
      if (r.status === 'acknowledged') {
        const ack = await trx.selectFrom('audit_finding_acknowledgments').select(['name', 'acknowledged_at']).where('finding_id', '=', r.id).where('removed_at', 'is', null).executeTakeFirst();
        throw new AppError('CONFLICT', 'findings.alreadyAcknowledged', { by: ack?.name ?? '', at: ack?.acknowledged_at.slice(0, 10) ?? '' });
      }
      if (!(await holds(trx, me, { entity: 'finding', id: r.id, assignments: ['auditee'] }))) throw new AppError('FORBIDDEN', 'findings.notAcknowledger');
      if (r.version !== input.version) throw new AppError('CONFLICT', 'record.stale');
      const a = await auditRow(trx, r.audit_id);
      if (a.status === 'cancelled' || a.status === 'closed') assertAuditOpen(a);
      const capacity = (await auditeeCapacity(trx, me.id, r.audit_id, r.unit_id))!;
      const person = await personOf(trx, me.id);
      const at = nowIso();
      await trx
        .insertInto('audit_finding_acknowledgments')
        .values({ id: uuidv7(), finding_id: r.id, user_id: me.id, person_id: person?.id ?? null, name: person?.name ?? me.displayName, capacity, comment: input.comment || null, acknowledged_at: at, removed_at: null, version: 1, created_at: at, updated_at: at })
        .execute();
      await trx.updateTable('audit_findings').set({ status: 'acknowledged', version: r.version + 1, updated_at: at }).where('id', '=', r.id).execute();
      await trail(audit, r.id, 'acknowledge', { number: findingNumber(r), capacity, comment: input.comment || null });
      return answer(trx, r.id, ctx);
    });
  },

  async 'findings.withdraw'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const r = await forChange(trx, input.id, input.version);
      await assertMayWork(trx, me, r.audit_id);
      assertAuditOpen(await auditRow(trx, r.audit_id));
      await trx.updateTable('audit_findings').set({ status: 'withdrawn', withdraw_reason: input.reason, updated_by: me.id, version: r.version + 1, updated_at: nowIso() }).where('id', '=', r.id).execute();
      await trail(audit, r.id, 'withdraw', { reason: input.reason }, { status: r.status });
      return answer(trx, r.id, ctx);
    });
  },
};

/** Before an audit's report closes, every finding (not withdrawn) has been acknowledged by the audited unit. */
registerAuditCloseCheck(async (db, auditId) => {
  const open = await db.selectFrom('audit_findings').select(['number', 'provisional_number']).where('audit_id', '=', auditId).where('status', '=', 'open').orderBy('seq').execute();
  if (open.length === 0) return null;
  return { key: 'findings.unacknowledged', params: { count: open.length, numbers: open.map(findingNumber).join('、') } };
});
