import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { ContextItem, Risk } from '../../../shared/risks/contract';
import { DEFAULT_MATRIX, riskLevel, type RiskMatrix } from '../../../shared/risks/matrix';
import { holds } from '../auth/rights';
import { declareAssignment } from '../auth/rights';
import { callerOf, inTransaction, nowIso, type Caller, type DomainMethods, type Handlers } from '../context';
import type { Database } from '../db/schema';
import type { RiskTables } from '../db/schema-risks';
import { AppError, notFound, stale } from '../errors';
import { actionRows, assertActivePerson, registerActionParent } from './actions';

/** Context (4.1, 4.2) and the risk and opportunity register (6.1); risks are treated by shared actions. */
const today = () => nowIso().slice(0, 10);
const MATRIX_KEY = 'riskMatrix';

export async function readMatrix(db: Kysely<Database>): Promise<RiskMatrix> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', MATRIX_KEY).executeTakeFirst();
  return row ? (JSON.parse(row.value) as RiskMatrix) : DEFAULT_MATRIX;
}

const toContext = (r: RiskTables['context_items']): ContextItem => ({
  id: r.id, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at, kind: r.kind as ContextItem['kind'], title: r.title, detail: r.detail,
  recordedOn: r.recorded_on, reviewedOn: r.reviewed_on, active: r.active === 1,
});

async function toRisks(db: Kysely<Database>, rows: (RiskTables['risks'] & { owner_name: string })[]): Promise<Risk[]> {
  const m = await readMatrix(db);
  const actions = await actionRows(db, 'risk', rows.map((r) => r.id));
  const t = today();
  const sourceNames = new Map<string, string>();
  for (const r of rows.filter((x) => x.source_id)) {
    const name =
      r.source_kind === 'process'
        ? (await db.selectFrom('processes').select('name').where('id', '=', r.source_id!).executeTakeFirst())?.name
        : r.source_kind === 'unit'
          ? (await db.selectFrom('departments').select('name').where('id', '=', r.source_id!).executeTakeFirst())?.name
          : (await db.selectFrom('context_items').select('title').where('id', '=', r.source_id!).executeTakeFirst())?.title;
    if (name) sourceNames.set(r.id, name);
  }
  return rows.map((r) => ({
    id: r.id, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at, number: r.number, kind: r.kind as Risk['kind'], description: r.description,
    sourceKind: r.source_kind as Risk['sourceKind'], sourceId: r.source_id, sourceName: sourceNames.get(r.id) ?? null, likelihood: r.likelihood, impact: r.impact,
    score: r.likelihood * r.impact, level: riskLevel(m, r.likelihood, r.impact), treatment: r.treatment, ownerPersonId: r.owner_person_id, ownerName: r.owner_name,
    unitId: r.unit_id, status: r.status as Risk['status'], reviewDate: r.review_date, reviewDue: r.status !== 'closed' && r.review_date <= t,
    actions: actions.filter((a) => a.parentId === r.id),
  }));
}
const riskQuery = (db: Kysely<Database>) => db.selectFrom('risks as r').innerJoin('people as p', 'p.id', 'r.owner_person_id').selectAll('r').select('p.name as owner_name');

async function getRisk(db: Kysely<Database>, id: string): Promise<Risk> {
  const row = await riskQuery(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('risk', id);
  return (await toRisks(db, [row]))[0]!;
}

async function assertRiskSource(db: Kysely<Database>, kind: string, id: string | null) {
  if (!id) return;
  const table = kind === 'process' ? 'processes' : kind === 'unit' ? 'departments' : kind === 'issue' ? 'context_items' : null;
  const found = table ? await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst() : undefined;
  if (!found) throw new AppError('VALIDATION', 'risks.unknownSource');
}

const isRiskOwner = async (db: Kysely<Database>, caller: Caller, id: string) => {
  const r = await db.selectFrom('risks as r').innerJoin('people as p', 'p.id', 'r.owner_person_id').select('p.user_id').where('r.id', '=', id).executeTakeFirst();
  return !!r && r.user_id === caller.id;
};
declareAssignment('risk', 'owner', isRiskOwner);
const mayManageRisk = (db: Kysely<Database>, caller: Caller, id: string) => holds(db, caller, { roles: ['quality_manager'], assignments: ['owner'], entity: 'risk', id });

registerActionParent('risk', {
  exists: async (db, id) => !!(await db.selectFrom('risks').select('id').where('id', '=', id).executeTakeFirst()),
  mayManage: mayManageRisk,
  locked: async (db, id) => (await db.selectFrom('risks').select('status').where('id', '=', id).executeTakeFirst())?.status === 'closed',
  describe: async (db, id) => {
    const r = await db.selectFrom('risks').select(['number', 'description', 'unit_id']).where('id', '=', id).executeTakeFirstOrThrow();
    return { ref: r.number, title: r.description.slice(0, 60), link: `/risks?risk=${id}`, unitId: r.unit_id };
  },
});

async function ownerUnit(db: Kysely<Database>, personId: string) {
  const r = await db
    .selectFrom('person_positions as pp')
    .innerJoin('positions as po', 'po.id', 'pp.position_id')
    .select('po.department_id')
    .where('pp.person_id', '=', personId)
    .where('pp.is_primary', '=', 1)
    .executeTakeFirst();
  return r?.department_id ?? null;
}

export const risksHandlers: Handlers<DomainMethods<'context'> | DomainMethods<'risks'>> = {
  async 'context.list'(input, ctx) {
    callerOf(ctx);
    let q = ctx.backend.store.db.selectFrom('context_items').selectAll();
    if (input.kind) q = q.where('kind', '=', input.kind);
    return (await q.orderBy('kind').orderBy('active', 'desc').orderBy('recorded_on').execute()).map(toContext);
  },
  async 'context.save'(input, ctx) {
    callerOf(ctx);
    const db = ctx.backend.store.db;
    const id = input.id ?? uuidv7();
    const before = input.id ? await db.selectFrom('context_items').selectAll().where('id', '=', input.id).executeTakeFirst() : undefined;
    if (input.id && !before) throw notFound('contextItem', input.id);
    if (before && before.version !== input.version) throw stale();
    await inTransaction(ctx, async (trx, audit) => {
      const at = nowIso();
      const fields = { kind: input.kind, title: input.title, detail: input.detail, active: input.active ? 1 : 0 };
      if (before) await trx.updateTable('context_items').set({ ...fields, version: before.version + 1, updated_at: at }).where('id', '=', id).execute();
      else await trx.insertInto('context_items').values({ id, ...fields, recorded_on: at.slice(0, 10), reviewed_on: null, version: 1, created_at: at, updated_at: at }).execute();
      await audit({ entity: 'contextItem', entityId: id, action: before ? 'update' : 'create', before: before && { kind: before.kind, title: before.title, detail: before.detail, active: before.active === 1 }, after: { ...fields, active: input.active } });
    });
    return toContext((await db.selectFrom('context_items').selectAll().where('id', '=', id).executeTakeFirst())!);
  },
  async 'context.review'(input, ctx) {
    callerOf(ctx);
    const db = ctx.backend.store.db;
    const row = await db.selectFrom('context_items').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!row) throw notFound('contextItem', input.id);
    if (row.version !== input.version) throw stale();
    await inTransaction(ctx, async (trx, audit) => {
      await trx.updateTable('context_items').set({ reviewed_on: today(), version: row.version + 1, updated_at: nowIso() }).where('id', '=', row.id).execute();
      await audit({ entity: 'contextItem', entityId: row.id, action: 'review', before: { reviewedOn: row.reviewed_on }, after: { reviewedOn: today() } });
    });
    return toContext((await db.selectFrom('context_items').selectAll().where('id', '=', row.id).executeTakeFirst())!);
  },
  async 'risks.list'(input, ctx) {
    callerOf(ctx);
    const db = ctx.backend.store.db;
    let q = riskQuery(db);
    if (input.status) q = q.where('r.status', '=', input.status);
    let items = await toRisks(db, await q.orderBy('r.number').execute());
    if (input.level) items = items.filter((r) => r.level === input.level);
    return { items, matrix: await readMatrix(db) };
  },
  async 'risks.get'(input, ctx) {
    callerOf(ctx);
    return getRisk(ctx.backend.store.db, input.id);
  },
  async 'risks.create'(input, ctx) {
    callerOf(ctx);
    const db = ctx.backend.store.db;
    await assertActivePerson(db, input.ownerPersonId);
    await assertRiskSource(db, input.sourceKind, input.sourceId);
    const id = uuidv7();
    const unitId = await ownerUnit(db, input.ownerPersonId);
    await inTransaction(ctx, async (trx, audit) => {
      const at = nowIso();
      const n = ((await trx.selectFrom('risks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n as number) + 1;
      const row = {
        id, number: `R-${String(n).padStart(3, '0')}`, kind: input.kind, description: input.description, source_kind: input.sourceKind, source_id: input.sourceId,
        likelihood: input.likelihood, impact: input.impact, treatment: input.treatment, owner_person_id: input.ownerPersonId, unit_id: unitId, status: input.status,
        review_date: input.reviewDate, version: 1, created_at: at, updated_at: at,
      };
      await trx.insertInto('risks').values(row).execute();
      await audit({ entity: 'risk', entityId: id, action: 'create', after: row });
    });
    return getRisk(db, id);
  },
  async 'risks.update'(input, ctx) {
    const caller = callerOf(ctx);
    const db = ctx.backend.store.db;
    const before = await db.selectFrom('risks').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!before) throw notFound('risk', input.id);
    if (!(await mayManageRisk(db, caller, input.id))) throw new AppError('FORBIDDEN', 'risks.notOwner');
    if (before.version !== input.version) throw stale();
    await assertActivePerson(db, input.ownerPersonId);
    await assertRiskSource(db, input.sourceKind, input.sourceId);
    const next = {
      kind: input.kind, description: input.description, source_kind: input.sourceKind, source_id: input.sourceId, likelihood: input.likelihood, impact: input.impact,
      treatment: input.treatment, owner_person_id: input.ownerPersonId, status: input.status, review_date: input.reviewDate,
    };
    await inTransaction(ctx, async (trx, audit) => {
      await trx.updateTable('risks').set({ ...next, version: before.version + 1, updated_at: nowIso() }).where('id', '=', before.id).execute();
      const was = Object.fromEntries(Object.keys(next).map((k) => [k, before[k as keyof typeof before]]));
      await audit({ entity: 'risk', entityId: before.id, action: 'update', before: was, after: next });
    });
    return getRisk(db, before.id);
  },
  async 'risks.matrix'(_input, ctx) {
    callerOf(ctx);
    return readMatrix(ctx.backend.store.db);
  },
  async 'risks.setMatrix'(input, ctx) {
    callerOf(ctx);
    if (input.low >= input.medium) throw new AppError('VALIDATION', 'risks.badMatrix');
    const before = await readMatrix(ctx.backend.store.db);
    await inTransaction(ctx, async (trx, audit) => {
      const value = JSON.stringify({ low: input.low, medium: input.medium });
      await trx.insertInto('settings').values({ key: MATRIX_KEY, value, updated_at: nowIso() }).onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: nowIso() })).execute();
      await audit({ entity: 'settings', entityId: MATRIX_KEY, action: 'update', before, after: input });
    });
    return readMatrix(ctx.backend.store.db);
  },
};
