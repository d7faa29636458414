import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Programme } from '../../../shared/audits/schemas';
import { callerOf, inTransaction, nowIso, type Caller, type DomainMethods, type Handlers } from '../context';
import type { AuditProgrammeRow, Database } from '../db/schema';
import { AppError, notFound, stale } from '../errors';
import { summaries } from './audit-rows';
import { applicableClauses } from './clauses';
import { mayReturnOrSign, programmeState } from './programme-route';
import { coverageOf } from './programme-coverage';

/**
 * 年度内审计划: one live programme a year, holding the year's planned audits (audits.create with its id), the
 * gaps it leaves on purpose with their reasons, and its approval (programme-approval.ts).
 */
export async function programmeRow(db: Kysely<Database>, id: string): Promise<AuditProgrammeRow> {
  const row = await db.selectFrom('audit_programmes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.status === 'withdrawn') throw notFound('audit_programme', id);
  return row;
}

export async function programmeFor(db: Kysely<Database>, caller: Caller, row: AuditProgrammeRow): Promise<Programme> {
  const audits = await db.selectFrom('audits').selectAll().where('programme_id', '=', row.id).orderBy('planned_month').orderBy('seq').execute();
  const gaps = await db
    .selectFrom('audit_programme_gaps as g')
    .leftJoin('departments as d', 'd.id', 'g.unit_id')
    .select(['g.id', 'g.clause', 'g.unit_id', 'd.name', 'g.justification'])
    .where('g.programme_id', '=', row.id)
    .where('g.removed_at', 'is', null)
    .orderBy('g.created_at')
    .execute();
  const state = await programmeState(db, row);
  return {
    id: row.id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    year: row.year,
    title: row.title,
    notes: row.notes,
    status: row.status,
    round: row.round,
    approvedAt: row.approved_at,
    audits: await summaries(db, audits),
    gaps: gaps.map((g) => ({ id: g.id, clause: g.clause as Programme['gaps'][number]['clause'], unitId: g.unit_id, unitName: g.name, justification: g.justification })),
    signatures: state.live.map((s) => ({ meaning: s.meaning, signerName: s.signerName, signedAt: s.signedAt, step: s.step })),
    canSign: row.status === 'in_approval' && (await mayReturnOrSign(db, caller, row)),
    canEdit: row.status === 'draft' && caller.role === 'quality_manager',
  };
}

const STATES = { draft: { 'zh-CN': '草稿', en: 'a draft' }, in_approval: { 'zh-CN': '审批中', en: 'in approval' }, approved: { 'zh-CN': '已批准', en: 'approved' } } as const;
export const notNow = (status: string, locale: 'zh-CN' | 'en') =>
  new AppError('CONFLICT', 'programmes.notDraft', { state: STATES[status as keyof typeof STATES]?.[locale] ?? status });
export function assertDraft(row: Pick<AuditProgrammeRow, 'status'>, locale: 'zh-CN' | 'en') {
  if (row.status !== 'draft') throw notNow(row.status, locale);
}

type M = Exclude<DomainMethods<'programmes'>, 'programmes.submit' | 'programmes.sign' | 'programmes.return' | 'programmes.reopen' | 'programmes.export' | 'programmes.exportStart'>;
const coreHandlers: Handlers<M> = {
  'programmes.get': async (input, ctx) => {
    const db = ctx.backend.store.db;
    const row = await db.selectFrom('audit_programmes').selectAll().where('year', '=', input.year).where('status', '<>', 'withdrawn').executeTakeFirst();
    return row ? programmeFor(db, callerOf(ctx), row) : null;
  },

  'programmes.coverage': async (input, ctx) => coverageOf(ctx.backend.store.db, input.year, ctx.locale),

  'programmes.create': async (input, ctx) => {
    const me = callerOf(ctx);
    const id = await inTransaction(ctx, async (trx, audit) => {
      const taken = await trx.selectFrom('audit_programmes').select('id').where('year', '=', input.year).where('status', '<>', 'withdrawn').executeTakeFirst();
      if (taken) throw new AppError('CONFLICT', 'programmes.yearTaken', { year: input.year });
      const id = uuidv7();
      const at = nowIso();
      const title = input.title ?? (ctx.locale === 'zh-CN' ? `${input.year}年度内部审核计划` : `Internal audit programme ${input.year}`);
      await trx
        .insertInto('audit_programmes')
        .values({ id, year: input.year, title, notes: input.notes, status: 'draft', route: null, round: 0, approved_at: null, created_by: me.id, updated_by: me.id, version: 1, created_at: at, updated_at: at })
        .execute();
      await audit({ entity: 'audit_programme', entityId: id, action: 'create', after: { year: input.year, title } });
      return id;
    });
    return programmeFor(ctx.backend.store.db, me, await programmeRow(ctx.backend.store.db, id));
  },

  'programmes.update': async (input, ctx) => {
    const me = callerOf(ctx);
    await inTransaction(ctx, async (trx, audit) => {
      const row = await programmeRow(trx, input.id);
      assertDraft(row, ctx.locale);
      if (row.version !== input.version) throw stale();
      await trx
        .updateTable('audit_programmes')
        .set({ title: input.title, notes: input.notes, version: row.version + 1, updated_at: nowIso(), updated_by: me.id })
        .where('id', '=', row.id)
        .execute();
      await audit({ entity: 'audit_programme', entityId: row.id, action: 'update', before: { title: row.title, notes: row.notes }, after: { title: input.title, notes: input.notes } });
    });
    return programmeFor(ctx.backend.store.db, me, await programmeRow(ctx.backend.store.db, input.id));
  },

  'programmes.justifyGap': async (input, ctx) => {
    const me = callerOf(ctx);
    await inTransaction(ctx, async (trx, audit) => {
      const row = await programmeRow(trx, input.programmeId);
      assertDraft(row, ctx.locale);
      if (!(await applicableClauses(trx)).includes(input.clause)) throw new AppError('VALIDATION', 'programmes.clauseExcluded', { clause: input.clause });
      if (input.unitId && !(await trx.selectFrom('departments').select('id').where('id', '=', input.unitId).executeTakeFirst())) throw notFound('department', input.unitId);
      const at = nowIso();
      let q = trx.selectFrom('audit_programme_gaps').select(['id', 'version']).where('programme_id', '=', row.id).where('clause', '=', input.clause).where('removed_at', 'is', null);
      q = input.unitId ? q.where('unit_id', '=', input.unitId) : q.where('unit_id', 'is', null);
      const old = await q.executeTakeFirst();
      const id = old?.id ?? uuidv7();
      if (old) await trx.updateTable('audit_programme_gaps').set({ justification: input.justification, version: old.version + 1, updated_at: at }).where('id', '=', old.id).execute();
      else
        await trx
          .insertInto('audit_programme_gaps')
          .values({ id, programme_id: row.id, clause: input.clause, unit_id: input.unitId, justification: input.justification, removed_at: null, version: 1, created_at: at, updated_at: at })
          .execute();
      await trx.updateTable('audit_programmes').set({ version: row.version + 1, updated_at: at, updated_by: me.id }).where('id', '=', row.id).execute();
      await audit({ entity: 'audit_programme', entityId: row.id, action: 'justifyGap', after: { gapId: id, clause: input.clause, unitId: input.unitId, justification: input.justification } });
    });
    return programmeFor(ctx.backend.store.db, me, await programmeRow(ctx.backend.store.db, input.programmeId));
  },

  'programmes.removeGap': async (input, ctx) => {
    const me = callerOf(ctx);
    await inTransaction(ctx, async (trx, audit) => {
      const row = await programmeRow(trx, input.programmeId);
      assertDraft(row, ctx.locale);
      const gap = await trx.selectFrom('audit_programme_gaps').selectAll().where('id', '=', input.gapId).where('programme_id', '=', row.id).where('removed_at', 'is', null).executeTakeFirst();
      if (!gap) throw notFound('audit_programme_gap', input.gapId);
      const at = nowIso();
      await trx.updateTable('audit_programme_gaps').set({ removed_at: at, updated_at: at, version: gap.version + 1 }).where('id', '=', gap.id).execute();
      await trx.updateTable('audit_programmes').set({ version: row.version + 1, updated_at: at, updated_by: me.id }).where('id', '=', row.id).execute();
      await audit({ entity: 'audit_programme', entityId: row.id, action: 'removeGap', before: { gapId: gap.id, clause: gap.clause, unitId: gap.unit_id, justification: gap.justification } });
    });
    return programmeFor(ctx.backend.store.db, me, await programmeRow(ctx.backend.store.db, input.programmeId));
  },
};

export const programmesHandlers = coreHandlers;
