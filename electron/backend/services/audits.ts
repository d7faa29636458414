import { uuidv7 } from 'uuidv7';
import { auditLifecycle } from '../../../shared/audits/lifecycle';
import { auditCode } from '../../../shared/audits/schemas';
import { callerOf, inTransaction, nowIso, containsPattern, type DomainMethods, type Handlers } from '../context';
import { AppError, notFound, stale } from '../errors';
import { checkStep } from '../lifecycle/steps';
import { assertAuditOpen, assertMayEditPlan, auditFor, auditGuards } from './audit-access';
import { assertIndependent } from './audit-independence';
import { nextAuditSeq } from './audit-numbering';
import { checkPlan, writePlan } from './audit-plan';
import { auditRow, personOfCaller, summaries } from './audit-rows';
import './audit-tasks';
import { auditPlanIssue } from './audit-issue';

/**
 * Internal audits: planned in a year's programme (or on their own), then planned in detail (内审实施计划),
 * issued to the auditees, run through their lifecycle. Checklists and findings hang off an audit by id.
 */
type M = DomainMethods<'audits'>;

export const auditCoreHandlers: Handlers<Extract<M, 'audits.list' | 'audits.get' | 'audits.create' | 'audits.savePlan' | 'audits.issuePlan' | 'audits.step' | 'audits.recordException' | 'audits.removeException'>> = {
  'audits.list': async (input, ctx) => {
    const db = ctx.backend.store.db;
    let q = db.selectFrom('audits').selectAll();
    if (input.year !== undefined) q = q.where('year', '=', input.year);
    if (input.status) q = q.where('status', '=', input.status);
    if (input.unitId)
      q = q.where('id', 'in', db.selectFrom('audit_units').select('audit_id').where('unit_id', '=', input.unitId).where('removed_at', 'is', null));
    if (input.query) {
      const like = containsPattern(input.query);
      q = q.where((eb) => eb.or([eb('title', 'like', like), eb('code', 'like', like), eb('provisional_code', 'like', like)]));
    }
    if (input.mine) {
      const person = await personOfCaller(db, callerOf(ctx));
      if (!person) return [];
      q = q.where('id', 'in', db.selectFrom('audit_team').select('audit_id').where('person_id', '=', person).where('removed_at', 'is', null));
    }
    const rows = await q.orderBy('year', 'desc').orderBy('planned_month').orderBy('seq').limit(2000).execute();
    return summaries(db, rows);
  },

  'audits.get': async (input, ctx) => auditFor(ctx.backend.store.db, callerOf(ctx), input.id),

  'audits.create': async (input, ctx) => {
    const me = callerOf(ctx);
    const id = await inTransaction(ctx, async (trx, audit) => {
      if (input.programmeId) {
        const prog = await trx.selectFrom('audit_programmes').select(['year', 'status']).where('id', '=', input.programmeId).executeTakeFirst();
        if (!prog || prog.status === 'withdrawn') throw notFound('audit_programme', input.programmeId);
        if (prog.year !== input.year) throw new AppError('VALIDATION', 'audits.yearMismatch', { year: prog.year });
        if (prog.status !== 'draft') throw programmeLocked(prog.year, prog.status, ctx.locale);
      }
      const seq = await nextAuditSeq(trx, input.year);
      const id = uuidv7();
      const at = nowIso();
      const code = auditCode(input.year, seq);
      await trx
        .insertInto('audits')
        .values({
          id,
          programme_id: input.programmeId,
          year: input.year,
          seq,
          code,
          provisional_code: null,
          title: input.title,
          planned_month: input.plannedMonth,
          purpose: '',
          scope: '',
          start_date: null,
          end_date: null,
          status: 'planned',
          plan_issued_at: null,
          cancel_reason: null,
          closed_at: null,
          created_by: me.id,
          updated_by: me.id,
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      const row = await auditRow(trx, id);
      const plan = { ...emptyPlan(row), unitIds: input.unitIds, clauses: input.clauses, processIds: input.processIds };
      await checkPlan(trx, row, plan);
      await writePlan(trx, async () => undefined, row, plan, me.id);
      await trx.updateTable('audits').set({ version: 1 }).where('id', '=', id).execute();
      await audit({ entity: 'audit', entityId: id, action: 'create', after: { code, title: input.title, year: input.year, month: input.plannedMonth, units: input.unitIds, clauses: input.clauses } });
      return id;
    });
    return auditFor(ctx.backend.store.db, me, id);
  },

  'audits.savePlan': async (input, ctx) => {
    const me = callerOf(ctx);
    await inTransaction(ctx, async (trx, audit) => {
      const row = await auditRow(trx, input.id);
      await assertMayEditPlan(trx, me, row.id);
      assertAuditOpen(row, ctx.locale);
      if (row.version !== input.version) throw stale();
      await checkPlan(trx, row, input);
      await writePlan(trx, audit, row, input, me.id);
    });
    return auditFor(ctx.backend.store.db, me, input.id);
  },

  'audits.issuePlan': async (input, ctx) => {
    const me = callerOf(ctx);
    await inTransaction(ctx, async (trx, audit) => auditPlanIssue(trx, audit, me, input, ctx.locale));
    return auditFor(ctx.backend.store.db, me, input.id);
  },

  'audits.step': async (input, ctx) => {
    const me = callerOf(ctx);
    await inTransaction(ctx, async (trx, audit) => {
      const row = await auditRow(trx, input.id);
      if (row.version !== input.version) throw stale();
      const to = await checkStep(trx, me, auditLifecycle, auditGuards, { id: row.id, state: row.status }, input.step, input.comment);
      const at = nowIso();
      await trx
        .updateTable('audits')
        .set({
          status: to,
          version: row.version + 1,
          updated_at: at,
          updated_by: me.id,
          ...(to === 'cancelled' ? { cancel_reason: input.comment } : {}),
          ...(to === 'closed' ? { closed_at: at } : {}),
        })
        .where('id', '=', row.id)
        .execute();
      await audit({ entity: 'audit', entityId: row.id, action: input.step, before: { status: row.status }, after: { status: to, comment: input.comment } });
    });
    return auditFor(ctx.backend.store.db, me, input.id);
  },

  'audits.recordException': async (input, ctx) => {
    const me = callerOf(ctx);
    await inTransaction(ctx, async (trx, audit) => {
      const row = await auditRow(trx, input.auditId);
      await assertMayEditPlan(trx, me, row.id);
      assertAuditOpen(row, ctx.locale);
      const person = await trx.selectFrom('people').select('id').where('id', '=', input.personId).executeTakeFirst();
      if (!person) throw notFound('person', input.personId);
      const unit = await trx.selectFrom('departments').select('id').where('id', '=', input.unitId).executeTakeFirst();
      if (!unit) throw notFound('department', input.unitId);
      const at = nowIso();
      const old = await trx
        .selectFrom('audit_independence_exceptions')
        .select(['id', 'version'])
        .where('audit_id', '=', row.id)
        .where('person_id', '=', input.personId)
        .where('unit_id', '=', input.unitId)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
      const id = old?.id ?? uuidv7();
      if (old)
        await trx.updateTable('audit_independence_exceptions').set({ justification: input.justification, recorded_by: me.id, updated_at: at, version: old.version + 1 }).where('id', '=', old.id).execute();
      else
        await trx
          .insertInto('audit_independence_exceptions')
          .values({ id, audit_id: row.id, person_id: input.personId, unit_id: input.unitId, justification: input.justification, recorded_by: me.id, removed_at: null, version: 1, created_at: at, updated_at: at })
          .execute();
      await audit({ entity: 'audit', entityId: row.id, action: 'recordException', after: { exceptionId: id, personId: input.personId, unitId: input.unitId, justification: input.justification } });
    });
    return auditFor(ctx.backend.store.db, me, input.auditId);
  },

  'audits.removeException': async (input, ctx) => {
    const me = callerOf(ctx);
    await inTransaction(ctx, async (trx, audit) => {
      const row = await auditRow(trx, input.auditId);
      await assertMayEditPlan(trx, me, row.id);
      assertAuditOpen(row, ctx.locale);
      const ex = await trx
        .selectFrom('audit_independence_exceptions')
        .selectAll()
        .where('id', '=', input.exceptionId)
        .where('audit_id', '=', row.id)
        .where('removed_at', 'is', null)
        .executeTakeFirst();
      if (!ex) throw notFound('audit_independence_exception', input.exceptionId);
      // Still scheduled on their own unit? Then the exception is what allows it: refuse to remove it.
      const slots = await trx.selectFrom('audit_slots').select(['unit_id', 'auditor_ids']).where('audit_id', '=', row.id).where('removed_at', 'is', null).execute();
      const at = nowIso();
      await trx.updateTable('audit_independence_exceptions').set({ removed_at: at, updated_at: at, version: ex.version + 1 }).where('id', '=', ex.id).execute();
      await assertIndependent(
        trx,
        row.id,
        slots.flatMap((s) => (JSON.parse(s.auditor_ids) as string[]).map((personId) => ({ personId, unitId: s.unit_id }))),
      );
      await audit({ entity: 'audit', entityId: row.id, action: 'removeException', before: { exceptionId: ex.id, personId: ex.person_id, unitId: ex.unit_id } });
    });
    return auditFor(ctx.backend.store.db, me, input.auditId);
  },
};

const PROGRAMME_STATES: Record<string, { 'zh-CN': string; en: string }> = {
  in_approval: { 'zh-CN': '提交审批', en: 'in approval' },
  approved: { 'zh-CN': '批准', en: 'approved' },
};
export const programmeLocked = (year: number, status: string, locale: 'zh-CN' | 'en') =>
  new AppError('CONFLICT', 'audits.programmeLocked', { year, state: PROGRAMME_STATES[status]?.[locale] ?? status });

/** The plan of a freshly created audit: nothing but its title and month. */
function emptyPlan(row: { id: string; version: number; title: string; planned_month: number }) {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    plannedMonth: row.planned_month,
    purpose: '',
    scope: '',
    startDate: null,
    endDate: null,
    leadPersonId: null,
    auditorIds: [],
    unitIds: [] as string[],
    auditees: [],
    clauses: [] as never[],
    processIds: [] as string[],
    revisionIds: [],
    timetable: [],
    meetings: [],
  };
}
