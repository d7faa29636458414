import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Matrix } from '../../../shared/matrix/contract';
import { matrixLifecycle, type MatrixState, type MatrixStep } from '../../../shared/matrix/lifecycle';
import { checkStep, openSteps, type Guards } from '../lifecycle/steps';
import { callerOf, inTransaction, nowIso, type Caller, type DomainMethods, type Handlers } from '../context';
import type { Database, MatrixVersionsTable } from '../db/schema';
import { AppError, stale } from '../errors';
import { matrixData, matrixHash, rowLabel, versionRow } from './matrix-data';
import { matrixWord, matrixXlsx } from './matrix-export';
import './matrix-tasks';
import { addSignature, assertSignerPassword, signaturesOf } from './signatures';

const guards: Guards = {
  async oneLeadPerRow(db, id) {
    const d = await matrixData(db, await versionRow(db, id));
    return d.breaks.length ? { key: 'matrix.rowsBreakRule', params: { count: d.breaks.length } } : null;
  },
};

async function full(db: Kysely<Database>, caller: Caller, row: MatrixVersionsTable): Promise<Matrix> {
  const d = await matrixData(db, row);
  const steps = await openSteps(db, caller, matrixLifecycle, { id: row.id, state: row.state as MatrixState });
  return { ...d, steps, signatures: await signaturesOf(db, 'matrix_version', row.id), editable: row.state === 'draft' && caller.role === 'quality_manager' };
}

async function forChange(db: Kysely<Database>, id: string, version: number): Promise<MatrixVersionsTable> {
  const row = await versionRow(db, id);
  if (row.version !== version) throw stale();
  return row;
}

const bump = (trx: Kysely<Database>, row: MatrixVersionsTable, set: Partial<MatrixVersionsTable> = {}) =>
  trx.updateTable('matrix_versions').set({ ...set, version: row.version + 1, updated_at: nowIso() }).where('id', '=', row.id).execute();

/** The version shown first: to a quality manager the one being worked on, to everyone else the one in force. */
async function currentId(db: Kysely<Database>, caller: Caller): Promise<string | null> {
  const open = await db.selectFrom('matrix_versions').select('id').where('state', 'in', ['draft', 'in_approval']).executeTakeFirst();
  const eff = await db.selectFrom('matrix_versions').select('id').where('state', '=', 'effective').executeTakeFirst();
  const first = caller.role === 'quality_manager' ? (open ?? eff) : (eff ?? open);
  return first?.id ?? null;
}

export const matrixHandlers: Handlers<DomainMethods<'matrix'>> = {
  async 'matrix.list'(_input, ctx) {
    const rows = await ctx.backend.store.db.selectFrom('matrix_versions').selectAll().orderBy('number', 'desc').execute();
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      levelKind: r.level_kind as Matrix['levelKind'],
      state: r.state as MatrixState,
      effectiveAt: r.effective_at,
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  },
  async 'matrix.get'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const id = input.id ?? (await currentId(db, me));
    return id ? full(db, me, await versionRow(db, id)) : null;
  },
  async 'matrix.create'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const open = await trx.selectFrom('matrix_versions').select('number').where('state', 'in', ['draft', 'in_approval']).executeTakeFirst();
      if (open) throw new AppError('CONFLICT', 'matrix.openDraft', { number: open.number });
      const last = await trx.selectFrom('matrix_versions').select((eb) => eb.fn.max('number').as('n')).executeTakeFirst();
      const at = nowIso();
      const id = uuidv7();
      await trx
        .insertInto('matrix_versions')
        .values({ id, number: Number(last?.n ?? 0) + 1, level_kind: input.levelKind, state: 'draft', round: 0, created_by: me.id, frozen_json: null, effective_at: null, version: 1, created_at: at, updated_at: at })
        .execute();
      const from = await trx.selectFrom('matrix_versions').select(['id', 'level_kind']).where('state', '=', 'effective').executeTakeFirst();
      if (from && from.level_kind === input.levelKind) {
        const cells = await trx.selectFrom('matrix_cells').select(['row_key', 'unit_id', 'mark']).where('version_id', '=', from.id).execute();
        for (const c of cells) await trx.insertInto('matrix_cells').values({ ...c, version_id: id }).execute();
      }
      const after = await full(trx, me, await versionRow(trx, id));
      await audit({ entity: 'matrix_version', entityId: id, action: 'create', after: { number: after.number, levelKind: after.levelKind, copiedFrom: from?.id ?? null } });
      return after;
    });
  },
  async 'matrix.setCell'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const row = await forChange(trx, input.id, input.version);
      if (row.state !== 'draft') throw new AppError('CONFLICT', 'matrix.notDraft');
      const d = await matrixData(trx, row);
      const r = d.rows.find((x) => x.key === input.row);
      if (!r) throw new AppError('VALIDATION', 'matrix.unknownRow');
      if (!d.columns.some((c) => c.unitId === input.unitId)) throw new AppError('VALIDATION', 'matrix.unknownColumn');
      const before = d.cells.find((c) => c.row === input.row && c.unitId === input.unitId)?.mark ?? null;
      if (input.mark === 'lead') {
        const other = d.cells.find((c) => c.row === input.row && c.mark === 'lead' && c.unitId !== input.unitId);
        if (other) {
          const unit = d.columns.find((c) => c.unitId === other.unitId)!.name;
          throw new AppError('CONFLICT', 'matrix.secondLead', { row: rowLabel(r, ctx.locale), unit });
        }
      }
      const cell = trx.deleteFrom('matrix_cells').where('version_id', '=', row.id).where('row_key', '=', input.row).where('unit_id', '=', input.unitId);
      await cell.execute();
      if (input.mark) await trx.insertInto('matrix_cells').values({ version_id: row.id, row_key: input.row, unit_id: input.unitId, mark: input.mark }).execute();
      await bump(trx, row);
      await audit({
        entity: 'matrix_version',
        entityId: row.id,
        action: 'setCell',
        before: { row: input.row, unitId: input.unitId, mark: before },
        after: { row: input.row, unitId: input.unitId, mark: input.mark },
      });
      return full(trx, me, await versionRow(trx, row.id));
    });
  },
  async 'matrix.step'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const step = input.step as MatrixStep;
    // Refuse a step that cannot be taken before asking for the password, so a wrong state never counts as a bad password.
    const pre = await forChange(db, input.id, input.version);
    await checkStep(db, me, matrixLifecycle, guards, { id: pre.id, state: pre.state as MatrixState }, step, input.comment);
    if (matrixLifecycle.steps[step].signature) {
      if (!input.password) throw new AppError('VALIDATION', 'matrix.passwordNeeded');
      await assertSignerPassword(ctx, me, input.password);
    }
    return inTransaction(ctx, async (trx, audit) => {
      const row = await forChange(trx, input.id, input.version);
      const to = await checkStep(trx, me, matrixLifecycle, guards, { id: row.id, state: row.state as MatrixState }, step, input.comment);
      const at = nowIso();
      if (step === 'submit') {
        const d = await matrixData(trx, row);
        await bump(trx, row, { state: to, round: row.round + 1, frozen_json: JSON.stringify({ rows: d.rows, columns: d.columns }) });
      } else if (step === 'return') {
        await bump(trx, row, { state: to, frozen_json: null });
      } else {
        const d = await matrixData(trx, row);
        const previous = await trx.selectFrom('matrix_versions').selectAll().where('state', '=', 'effective').execute();
        for (const p of previous) {
          await bump(trx, p, { state: 'superseded' });
          await audit({ entity: 'matrix_version', entityId: p.id, action: 'supersede', before: { state: 'effective' }, after: { state: 'superseded', by: row.id } });
        }
        await addSignature(trx, audit, me, { entityType: 'matrix_version', entityId: row.id, round: row.round, step: 1, meaning: 'approved', contentHash: matrixHash(d), comment: input.comment || null });
        await bump(trx, row, { state: to, effective_at: at });
      }
      await audit({ entity: 'matrix_version', entityId: row.id, action: step, before: { state: row.state }, after: { state: to, comment: input.comment || null } });
      return full(trx, me, await versionRow(trx, row.id));
    });
  },
  async 'matrix.exportXlsx'(input, ctx) {
    const db = ctx.backend.store.db;
    const d = await matrixData(db, await versionRow(db, input.id));
    return { name: `responsibility-matrix-v${d.number}.xlsx`, dataBase64: (await matrixXlsx(d, ctx.locale)).toString('base64') };
  },
  async 'matrix.exportWord'(input, ctx) {
    const db = ctx.backend.store.db;
    const d = await matrixData(db, await versionRow(db, input.id));
    return { name: `responsibility-matrix-v${d.number}.docx`, dataBase64: Buffer.from(await matrixWord(db, d, ctx.locale)).toString('base64') };
  },
};
