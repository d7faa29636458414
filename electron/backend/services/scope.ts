import { sql, type Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { ISO_9001_CLAUSES } from '../../../shared/clauses/iso9001';
import type { Process, Scope, ScopeClause } from '../../../shared/scope/contract';
import { callerOf, inTransaction, nowIso, type Audit, type DomainMethods, type Handlers } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound, stale } from '../errors';

/** Every clause with this organisation's applicability (a clause without a row applies). */
export async function scopeClauses(db: Kysely<Database>): Promise<ScopeClause[]> {
  const rows = new Map((await db.selectFrom('clause_scope').selectAll().execute()).map((r) => [r.clause, r]));
  return ISO_9001_CLAUSES.map((c) => {
    const r = rows.get(c.clause);
    return { clause: c.clause, nameZh: c['zh-CN'], nameEn: c.en, applicable: r ? r.applicable === 1 : true, justification: r?.justification ?? null, version: r?.version ?? 0 };
  });
}

export async function listProcesses(db: Kysely<Database>, id?: string): Promise<Process[]> {
  let q = db
    .selectFrom('processes as p')
    .leftJoin('departments as d', 'd.id', 'p.owner_unit_id')
    .selectAll('p')
    .select('d.name as unit_name')
    .select(sql<number>`exists(select 1 from matrix_cells c where c.row_key = 'process:' || p.id)`.as('referenced'))
    .orderBy('p.closed_at', 'asc')
    .orderBy('p.sort_order')
    .orderBy('p.code');
  if (id) q = q.where('p.id', '=', id);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    ownerUnitId: r.owner_unit_id,
    ownerUnitName: r.unit_name,
    order: r.sort_order,
    closed: r.closed_at !== null,
    referenced: Boolean(r.referenced),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

async function getProcess(db: Kysely<Database>, id: string): Promise<Process> {
  const [p] = await listProcesses(db, id);
  if (!p) throw notFound('process', id);
  return p;
}

export const getScope = async (db: Kysely<Database>): Promise<Scope> => ({ clauses: await scopeClauses(db), processes: await listProcesses(db) });

async function assertCodeFree(db: Kysely<Database>, code: string, except?: string) {
  let q = db.selectFrom('processes').select('id').where((eb) => eb(eb.fn('upper', ['code']), '=', code.toUpperCase()));
  if (except) q = q.where('id', '!=', except);
  if (await q.executeTakeFirst()) throw new AppError('CONFLICT', 'processes.codeTaken', { code });
}

async function assertOpenUnit(db: Kysely<Database>, unitId: string | null) {
  if (!unitId) return;
  const u = await db.selectFrom('departments').select(['name', 'closed_at']).where('id', '=', unitId).executeTakeFirst();
  if (!u) throw notFound('department', unitId);
  if (u.closed_at) throw new AppError('CONFLICT', 'processes.unitClosed', { name: u.name });
}

async function writeClause(trx: Kysely<Database>, audit: Audit, userId: string, input: { clause: string; version: number; applicable: boolean; justification: string }) {
  const before = (await scopeClauses(trx)).find((c) => c.clause === input.clause)!;
  if (before.version !== input.version) throw stale();
  const at = nowIso();
  const values = { applicable: input.applicable ? 1 : 0, justification: input.applicable ? null : input.justification, updated_by: userId, updated_at: at };
  if (before.version === 0) await trx.insertInto('clause_scope').values({ clause: input.clause, ...values, version: 1, created_at: at }).execute();
  else await trx.updateTable('clause_scope').set({ ...values, version: before.version + 1 }).where('clause', '=', input.clause).execute();
  const after = (await scopeClauses(trx)).find((c) => c.clause === input.clause)!;
  await audit({ entity: 'clause_scope', entityId: input.clause, action: 'update', before, after });
}

export const scopeHandlers: Handlers<DomainMethods<'scope'> | DomainMethods<'processes'>> = {
  async 'scope.get'(_input, ctx) {
    return getScope(ctx.backend.store.db);
  },
  async 'scope.setClause'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      await writeClause(trx, audit, me.id, input);
      return getScope(trx);
    });
  },
  async 'processes.create'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      await assertCodeFree(trx, input.code);
      await assertOpenUnit(trx, input.ownerUnitId);
      const at = nowIso();
      const id = uuidv7();
      const last = await trx.selectFrom('processes').select((eb) => eb.fn.max('sort_order').as('m')).executeTakeFirst();
      const order = input.order ?? Number(last?.m ?? 0) + 10;
      await trx
        .insertInto('processes')
        .values({ id, code: input.code.toUpperCase(), name: input.name, owner_unit_id: input.ownerUnitId, sort_order: order, closed_at: null, version: 1, created_at: at, updated_at: at })
        .execute();
      const after = await getProcess(trx, id);
      await audit({ entity: 'process', entityId: id, action: 'create', after });
      return after;
    });
  },
  async 'processes.update'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getProcess(trx, input.id);
      if (before.version !== input.version) throw stale();
      if (input.code !== undefined) await assertCodeFree(trx, input.code, input.id);
      if (input.ownerUnitId !== undefined && input.ownerUnitId !== before.ownerUnitId) await assertOpenUnit(trx, input.ownerUnitId);
      const at = nowIso();
      await trx
        .updateTable('processes')
        .set({
          ...(input.code !== undefined && { code: input.code.toUpperCase() }),
          ...(input.name !== undefined && { name: input.name }),
          ...(input.ownerUnitId !== undefined && { owner_unit_id: input.ownerUnitId }),
          ...(input.order !== undefined && { sort_order: input.order }),
          ...(input.closed !== undefined && { closed_at: input.closed ? (before.closed ? undefined : at) : null }),
          version: before.version + 1,
          updated_at: at,
        })
        .where('id', '=', input.id)
        .execute();
      const after = await getProcess(trx, input.id);
      const action = input.closed === true && !before.closed ? 'close' : input.closed === false && before.closed ? 'reopen' : 'update';
      await audit({ entity: 'process', entityId: input.id, action, before, after });
      return after;
    });
  },
  async 'processes.delete'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getProcess(trx, input.id);
      if (before.version !== input.version) throw stale();
      if (before.referenced) throw new AppError('CONFLICT', 'processes.inUse');
      await trx.deleteFrom('processes').where('id', '=', input.id).execute();
      await audit({ entity: 'process', entityId: input.id, action: 'delete', before });
      return {};
    });
  },
};
