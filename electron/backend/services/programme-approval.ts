import { callerOf, inTransaction, nowIso, type DomainMethods, type Handlers } from '../context';
import { assertRouteSignable } from './routes';
import { AppError, stale } from '../errors';
import { coverageOf } from './programme-coverage';
import { assertDraft, notNow, programmeFor, programmeRow } from './programmes';
import { activeCallers, mayReturnOrSign, programmeHash, programmeRoute, programmeState } from './programme-route';
import { addSignature, assertSignerPassword, voidSignatures } from './signatures';
import { dueFrom, registerTaskProvider } from './task-providers';

/** Submitting, signing, returning and reopening a year's programme (programme-route.ts has the rules). */
type M = 'programmes.submit' | 'programmes.sign' | 'programmes.return' | 'programmes.reopen';

export const programmeApprovalHandlers: Handlers<Extract<DomainMethods<'programmes'>, M>> = {
  'programmes.submit': async (input, ctx) => {
    const me = callerOf(ctx);
    await assertSignerPassword(ctx, me, input.password);
    await inTransaction(ctx, async (trx, audit) => {
      const row = await programmeRow(trx, input.id);
      assertDraft(row, ctx.locale);
      if (row.version !== input.version) throw stale();
      const live = await trx.selectFrom('audits').select('id').where('programme_id', '=', row.id).where('status', '<>', 'cancelled').executeTakeFirst();
      if (!live) throw new AppError('CONFLICT', 'programmes.noAudits');
      const coverage = await coverageOf(trx, row.year, ctx.locale);
      if (coverage.uncoveredClauses.length) throw new AppError('CONFLICT', 'programmes.uncovered', { clauses: coverage.uncoveredClauses.join(ctx.locale === 'zh-CN' ? '、' : ', ') });
      const route = input.route ?? programmeRoute({ route: null });
      await assertRouteSignable(trx, route);
      const round = row.round + 1;
      const at = nowIso();
      await trx
        .updateTable('audit_programmes')
        .set({ status: 'in_approval', route: JSON.stringify(route), round, version: row.version + 1, updated_at: at, updated_by: me.id })
        .where('id', '=', row.id)
        .execute();
      const next = { ...row, status: 'in_approval' as const, route: JSON.stringify(route), round };
      await addSignature(trx, audit, me, { entityType: 'audit_programme', entityId: row.id, round, step: 0, meaning: 'authored', contentHash: await programmeHash(trx, next) });
      await audit({ entity: 'audit_programme', entityId: row.id, action: 'submit', before: { status: row.status }, after: { status: 'in_approval', round, route } });
    });
    return programmeFor(ctx.backend.store.db, me, await programmeRow(ctx.backend.store.db, input.id));
  },

  'programmes.sign': async (input, ctx) => {
    const me = callerOf(ctx);
    const before = await programmeRow(ctx.backend.store.db, input.id);
    if (!(await mayReturnOrSign(ctx.backend.store.db, me, before))) {
      if (before.status !== 'in_approval') throw notNow(before.status, ctx.locale);
      throw new AppError('FORBIDDEN', 'programmes.notSigner');
    }
    await assertSignerPassword(ctx, me, input.password);
    await inTransaction(ctx, async (trx, audit) => {
      const row = await programmeRow(trx, input.id);
      if (row.version !== input.version) throw stale();
      if (!(await mayReturnOrSign(trx, me, row))) throw new AppError('FORBIDDEN', 'programmes.notSigner');
      const { current } = await programmeState(trx, row);
      const steps = programmeRoute(row);
      const step = steps[current! - 1]!;
      await addSignature(trx, audit, me, { entityType: 'audit_programme', entityId: row.id, round: row.round, step: current, meaning: step.meaning, contentHash: await programmeHash(trx, row), comment: input.comment });
      const after = await programmeState(trx, row);
      const at = nowIso();
      const approved = after.current === null;
      await trx
        .updateTable('audit_programmes')
        .set({ version: row.version + 1, updated_at: at, updated_by: me.id, ...(approved ? { status: 'approved', approved_at: at } : {}) })
        .where('id', '=', row.id)
        .execute();
      if (approved) await audit({ entity: 'audit_programme', entityId: row.id, action: 'approve', before: { status: row.status }, after: { status: 'approved' } });
    });
    return programmeFor(ctx.backend.store.db, me, await programmeRow(ctx.backend.store.db, input.id));
  },

  'programmes.return': async (input, ctx) => {
    const me = callerOf(ctx);
    await inTransaction(ctx, async (trx, audit) => {
      const row = await programmeRow(trx, input.id);
      if (row.status !== 'in_approval') throw notNow(row.status, ctx.locale);
      if (row.version !== input.version) throw stale();
      if (!(await mayReturnOrSign(trx, me, row))) throw new AppError('FORBIDDEN', 'programmes.notSigner');
      await voidSignatures(trx, audit, 'audit_programme', row.id, 'returned');
      await trx.updateTable('audit_programmes').set({ status: 'draft', version: row.version + 1, updated_at: nowIso(), updated_by: me.id }).where('id', '=', row.id).execute();
      await audit({ entity: 'audit_programme', entityId: row.id, action: 'return', before: { status: row.status }, after: { status: 'draft', comment: input.comment } });
    });
    return programmeFor(ctx.backend.store.db, me, await programmeRow(ctx.backend.store.db, input.id));
  },

  'programmes.reopen': async (input, ctx) => {
    const me = callerOf(ctx);
    await inTransaction(ctx, async (trx, audit) => {
      const row = await programmeRow(trx, input.id);
      if (row.version !== input.version) throw stale();
      if (row.status === 'draft') throw notNow(row.status, ctx.locale);
      await voidSignatures(trx, audit, 'audit_programme', row.id, 'withdrawn');
      await trx
        .updateTable('audit_programmes')
        .set({ status: 'draft', approved_at: null, version: row.version + 1, updated_at: nowIso(), updated_by: me.id })
        .where('id', '=', row.id)
        .execute();
      await audit({ entity: 'audit_programme', entityId: row.id, action: 'reopen', before: { status: row.status }, after: { status: 'draft', reason: input.reason } });
    });
    return programmeFor(ctx.backend.store.db, me, await programmeRow(ctx.backend.store.db, input.id));
  },
};

// 待审批内审计划: whoever may sign the step awaiting a signature.
registerTaskProvider({
  entityType: 'audit_programme',
  async live(db) {
    return (await db.selectFrom('audit_programmes').select('id').where('status', '=', 'in_approval').execute()).map((r) => r.id);
  },
  async owed(db, id) {
    const row = await db.selectFrom('audit_programmes').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || row.status !== 'in_approval') return [];
    const { live, current } = await programmeState(db, row);
    if (current === null) return [];
    const since = live.at(-1)?.signedAt ?? row.updated_at;
    const meaning = programmeRoute(row)[current - 1]!.meaning;
    const out = [];
    for (const c of await activeCallers(db))
      if (await mayReturnOrSign(db, c, row))
        out.push({
          kind: 'programmeSign',
          assignee_id: c.id,
          unit_id: null,
          from_name: live[0]?.signerName ?? null,
          parent_id: null,
          ref: String(row.year),
          title: row.title,
          label: null,
          detail: meaning,
          link: `/audits/programme/${row.year}`,
          since,
          due_at: dueFrom(since, 'sign'),
        });
    return out;
  },
});
