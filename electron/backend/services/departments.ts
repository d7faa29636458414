import { sql, type Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { sortKey } from '../../../shared/text/sort-key';
import type { Department, UnitKind, UnitNode } from '../../../shared/departments/contract';
import { containsPattern, inTransaction, nowIso, type Audit, type DomainMethods, type Handlers } from '../context';
import type { Database, DepartmentRow } from '../db/schema';
import { AppError, notFound, stale } from '../errors';

/** The organisation itself, made by the migration; its displayed name is the organisationName setting. */
export const ROOT_UNIT_ID = '00000000-0000-4000-8000-000000000001';

type Row = DepartmentRow & { head_name: string | null };

export async function organisationName(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'organisationName').executeTakeFirst();
  const name = row ? (JSON.parse(row.value) as unknown) : null;
  return typeof name === 'string' && name.trim() ? name : null;
}

export const toDepartment = (r: Row, orgName: string | null): Department => ({
  id: r.id,
  name: r.parent_id === null && orgName ? orgName : r.name,
  code: r.code,
  parentId: r.parent_id,
  kind: r.kind as UnitKind,
  headPersonId: r.head_person_id,
  headName: r.head_name,
  order: r.sort_order,
  closedAt: r.closed_at,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const withHead = (db: Kysely<Database>) =>
  db
    .selectFrom('departments as d')
    .leftJoin('people as h', 'h.id', 'd.head_person_id')
    .selectAll('d')
    .select('h.name as head_name');

export async function getUnitRow(db: Kysely<Database>, id: string): Promise<Row> {
  const row = await withHead(db).where('d.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('department', id);
  return row;
}

async function getUnit(db: Kysely<Database>, id: string): Promise<Department> {
  return toDepartment(await getUnitRow(db, id), await organisationName(db));
}

/** Refuses a unit that is closed (or under a closed unit): it takes no new records. */
export async function assertUnitOpen(db: Kysely<Database>, id: string): Promise<DepartmentRow> {
  const row = await getUnitRow(db, id);
  if (row.closed_at) throw new AppError('CONFLICT', 'departments.closed', { name: row.name });
  return row;
}

async function assertNameFree(db: Kysely<Database>, parentId: string, name: string, except?: string) {
  let q = db.selectFrom('departments').select('id').where('parent_id', '=', parentId).where(sql<boolean>`name = ${name} COLLATE NOCASE`);
  if (except) q = q.where('id', '!=', except);
  if (await q.executeTakeFirst()) throw new AppError('CONFLICT', 'departments.nameTaken', { name });
}

export async function assertCodeFree(db: Kysely<Database>, code: string | null, except?: string) {
  if (!code) return;
  let q = db.selectFrom('departments').select(['id', 'name']).where(sql<boolean>`upper(code) = upper(${code})`);
  if (except) q = q.where('id', '!=', except);
  const other = await q.executeTakeFirst();
  if (other) throw new AppError('CONFLICT', 'departments.codeTaken', { code, name: other.name });
}

async function assertPerson(db: Kysely<Database>, id: string | null | undefined) {
  if (id && !(await db.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst())) throw notFound('person', id);
}

/** The ids of a unit and everything under it. */
export async function subtreeIds(db: Kysely<Database>, id: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    WITH RECURSIVE sub(id) AS (SELECT ${id} UNION ALL SELECT d.id FROM departments d JOIN sub ON d.parent_id = sub.id)
    SELECT id FROM sub`.execute(db);
  return rows.rows.map((r) => r.id);
}

async function nextOrder(db: Kysely<Database>, parentId: string): Promise<number> {
  const r = await db
    .selectFrom('departments')
    .select((eb) => eb.fn.max<number | null>('sort_order').as('m'))
    .where('parent_id', '=', parentId)
    .executeTakeFirst();
  return (r?.m ?? 0) + 1;
}

/** Root first, then depth-first in sibling order, with the positions and people of each unit. */
export async function unitTree(db: Kysely<Database>, includeClosed = true): Promise<UnitNode[]> {
  const orgName = await organisationName(db);
  const rows = await withHead(db).execute();
  const counts = await sql<{ id: string; positions: number; people: number }>`
    SELECT po.department_id AS id, COUNT(DISTINCT po.id) AS positions, COUNT(DISTINCT pp.person_id) AS people
    FROM positions po LEFT JOIN person_positions pp ON pp.position_id = po.id GROUP BY po.department_id`.execute(db);
  const countOf = new Map(counts.rows.map((c) => [c.id, c]));
  const children = new Map<string | null, Row[]>();
  for (const r of rows) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
  for (const list of children.values()) list.sort((a, b) => a.sort_order - b.sort_order || a.name.localeCompare(b.name, 'zh-CN'));
  const out: UnitNode[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      if (!includeClosed && r.closed_at) continue;
      const c = countOf.get(r.id);
      out.push({ ...toDepartment(r, orgName), depth, positions: c?.positions ?? 0, people: c?.people ?? 0 });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export interface NewUnit {
  name: string;
  code: string | null;
  parentId: string;
  kind: UnitKind;
  headPersonId: string | null;
  order?: number;
}

/** Creates a unit under an open parent (used by the API and the Excel import). */
export async function insertUnit(trx: Kysely<Database>, audit: Audit, u: NewUnit, orgName: string | null): Promise<Department> {
  const parent = await getUnitRow(trx, u.parentId);
  if (parent.closed_at) throw new AppError('CONFLICT', 'departments.parentClosed', { name: parent.name });
  await assertNameFree(trx, u.parentId, u.name);
  u = { ...u, code: u.code || null };
  await assertCodeFree(trx, u.code);
  await assertPerson(trx, u.headPersonId);
  const now = nowIso();
  const row: DepartmentRow = {
    id: uuidv7(),
    parent_id: u.parentId,
    kind: u.kind,
    name: u.name,
    name_sort: sortKey(u.name),
    code: u.code,
    head_person_id: u.headPersonId,
    sort_order: u.order ?? (await nextOrder(trx, u.parentId)),
    closed_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto('departments').values(row).execute();
  const after = toDepartment({ ...row, head_name: null }, orgName);
  await audit({ entity: 'department', entityId: row.id, action: 'create', after });
  return after;
}

async function change(
  trx: Kysely<Database>,
  audit: Audit,
  id: string,
  version: number,
  set: Partial<Pick<DepartmentRow, 'name' | 'code' | 'kind' | 'head_person_id' | 'sort_order' | 'parent_id' | 'closed_at'>>,
  action: string,
): Promise<Department> {
  const before = await getUnit(trx, id);
  if (before.version !== version) throw stale();
  await trx.updateTable('departments').set({ ...set, version: before.version + 1, updated_at: nowIso() }).where('id', '=', id).execute();
  const after = await getUnit(trx, id);
  await audit({ entity: 'department', entityId: id, action, before, after });
  return after;
}

const SORT_COLUMNS = { name: 'name_sort', code: 'code', createdAt: 'created_at' } as const;

export const departmentsHandlers: Handlers<DomainMethods<'departments'>> = {
  async 'departments.list'(input, ctx) {
    const db = ctx.backend.store.db;
    let q = db.selectFrom('departments as d');
    if (input.q) {
      const p = containsPattern(input.q);
      q = q.where((eb) => eb.or([sql<boolean>`d.name LIKE ${p} ESCAPE '\\'`, sql<boolean>`d.code LIKE ${p} ESCAPE '\\'`]));
    }
    if (input.openOnly) q = q.where('d.closed_at', 'is', null);
    const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await q
      .leftJoin('people as h', 'h.id', 'd.head_person_id')
      .selectAll('d')
      .select('h.name as head_name')
      .orderBy(`d.${SORT_COLUMNS[input.sort]}`, input.dir)
      .orderBy('d.id')
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute();
    const orgName = await organisationName(db);
    return { items: rows.map((r) => toDepartment(r, orgName)), total: n };
  },

  async 'departments.tree'(input, ctx) {
    return unitTree(ctx.backend.store.db, input.includeClosed);
  },

  async 'departments.create'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) =>
      insertUnit(trx, audit, { ...input, parentId: input.parentId ?? ROOT_UNIT_ID }, await organisationName(trx)),
    );
  },

  async 'departments.update'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const row = await getUnitRow(trx, input.id);
      if (row.parent_id === null && (input.name !== undefined || input.kind !== undefined))
        throw new AppError('VALIDATION', 'departments.rootFixed');
      if (input.name !== undefined) await assertNameFree(trx, row.parent_id!, input.name, input.id);
      if (input.code !== undefined) await assertCodeFree(trx, input.code, input.id);
      if (input.headPersonId) await assertPerson(trx, input.headPersonId);
      return change(
        trx,
        audit,
        input.id,
        input.version,
        {
          ...(input.name !== undefined && { name: input.name, name_sort: sortKey(input.name) }),
          ...(input.code !== undefined && { code: input.code }),
          ...(input.kind !== undefined && { kind: input.kind }),
          ...(input.headPersonId !== undefined && { head_person_id: input.headPersonId }),
          ...(input.order !== undefined && { sort_order: input.order }),
        },
        'update',
      );
    });
  },

  async 'departments.move'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const row = await getUnitRow(trx, input.id);
      if (row.parent_id === null) throw new AppError('VALIDATION', 'departments.rootFixed');
      if ((await subtreeIds(trx, input.id)).includes(input.parentId))
        throw new AppError('VALIDATION', 'departments.moveIntoOwnSubtree', { name: row.name });
      const parent = await getUnitRow(trx, input.parentId);
      if (parent.closed_at && !row.closed_at) throw new AppError('CONFLICT', 'departments.parentClosed', { name: parent.name });
      if (input.parentId !== row.parent_id) await assertNameFree(trx, input.parentId, row.name, input.id);
      const order = input.order ?? (input.parentId === row.parent_id ? row.sort_order : await nextOrder(trx, input.parentId));
      return change(trx, audit, input.id, input.version, { parent_id: input.parentId, sort_order: order }, 'move');
    });
  },

  async 'departments.close'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const row = await getUnitRow(trx, input.id);
      if (row.parent_id === null) throw new AppError('VALIDATION', 'departments.rootFixed');
      if (row.closed_at) {
        if (row.version !== input.version) throw stale();
        return toDepartment(row, null);
      }
      const now = nowIso();
      for (const id of (await subtreeIds(trx, input.id)).filter((x) => x !== input.id)) {
        const child = await getUnit(trx, id);
        if (child.closedAt) continue;
        await trx.updateTable('departments').set({ closed_at: now, version: child.version + 1, updated_at: now }).where('id', '=', id).execute();
        await audit({ entity: 'department', entityId: id, action: 'close', before: child, after: await getUnit(trx, id) });
      }
      return change(trx, audit, input.id, input.version, { closed_at: now }, 'close');
    });
  },

  async 'departments.reopen'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const row = await getUnitRow(trx, input.id);
      const parent = row.parent_id ? await getUnitRow(trx, row.parent_id) : null;
      if (parent?.closed_at) throw new AppError('CONFLICT', 'departments.parentClosed', { name: parent.name });
      return change(trx, audit, input.id, input.version, { closed_at: null }, 'reopen');
    });
  },

  async 'departments.delete'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getUnit(trx, input.id);
      if (before.parentId === null) throw new AppError('VALIDATION', 'departments.rootFixed');
      if (before.version !== input.version) throw stale();
      const { n } = await trx
        .selectFrom(
          sql<{ id: string }>`(SELECT id FROM documents WHERE department_id = ${input.id}
            UNION ALL SELECT id FROM users WHERE department_id = ${input.id}
            UNION ALL SELECT id FROM departments WHERE parent_id = ${input.id}
            UNION ALL SELECT id FROM positions WHERE department_id = ${input.id})`.as('refs'),
        )
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      if (n > 0) throw new AppError('CONFLICT', 'departments.inUse', { count: n });
      await trx.deleteFrom('departments').where('id', '=', input.id).execute();
      await audit({ entity: 'department', entityId: input.id, action: 'delete', before });
      return {};
    });
  },
};
