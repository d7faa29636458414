import { sql, type Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Department } from '../../../shared/departments/contract';
import { containsPattern, inTransaction, nowIso, type DomainMethods, type Handlers } from '../context';
import type { Database, DepartmentRow } from '../db/schema';
import { AppError, notFound, stale } from '../errors';
import { sortKey } from '../../../shared/text/sort-key';

const toDepartment = (r: DepartmentRow): Department => ({
  id: r.id,
  name: r.name,
  code: r.code,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

async function getRow(db: Kysely<Database>, id: string) {
  const row = await db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('department', id);
  return row;
}

async function assertNameFree(db: Kysely<Database>, name: string, except?: string) {
  let q = db.selectFrom('departments').select('id').where('name', '=', name);
  if (except) q = q.where('id', '!=', except);
  if (await q.executeTakeFirst()) throw new AppError('CONFLICT', 'departments.nameTaken', { name });
}

async function assertCodeFree(db: Kysely<Database>, code: string | null, except?: string) {
  if (!code) return;
  let q = db.selectFrom('departments').select('name').where('code', '=', code);
  if (except) q = q.where('id', '!=', except);
  const other = await q.executeTakeFirst();
  if (other) throw new AppError('CONFLICT', 'departments.codeTaken', { code, name: other.name });
}

const SORT_COLUMNS = { name: 'name_sort', code: 'code', createdAt: 'created_at' } as const;

export const departmentsHandlers: Handlers<DomainMethods<'departments'>> = {
  async 'departments.list'(input, ctx) {
    let q = ctx.backend.store.db.selectFrom('departments');
    if (input.q) {
      const p = containsPattern(input.q);
      q = q.where((eb) => eb.or([sql<boolean>`name LIKE ${p} ESCAPE '\\'`, sql<boolean>`code LIKE ${p} ESCAPE '\\'`]));
    }
    const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await q
      .selectAll()
      .orderBy(SORT_COLUMNS[input.sort], input.dir)
      .orderBy('id')
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute();
    return { items: rows.map(toDepartment), total: n };
  },

  async 'departments.create'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      await assertNameFree(trx, input.name);
      // zod hands a default over untransformed: no code is '' here, stored as NULL (which never collides).
      const code = input.code || null;
      await assertCodeFree(trx, code);
      const now = nowIso();
      const row: DepartmentRow = { id: uuidv7(), name: input.name, name_sort: sortKey(input.name), code, version: 1, created_at: now, updated_at: now };
      await trx.insertInto('departments').values(row).execute();
      const after = toDepartment(row);
      await audit({ entity: 'department', entityId: row.id, action: 'create', after });
      return after;
    });
  },

  async 'departments.update'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getRow(trx, input.id);
      if (before.version !== input.version) throw stale();
      if (input.name !== undefined) await assertNameFree(trx, input.name, input.id);
      if (input.code !== undefined) await assertCodeFree(trx, input.code, input.id);
      await trx
        .updateTable('departments')
        .set({
          ...(input.name !== undefined && { name: input.name, name_sort: sortKey(input.name) }),
          ...(input.code !== undefined && { code: input.code }),
          version: before.version + 1,
          updated_at: nowIso(),
        })
        .where('id', '=', input.id)
        .execute();
      const after = toDepartment(await getRow(trx, input.id));
      await audit({ entity: 'department', entityId: input.id, action: 'update', before: toDepartment(before), after });
      return after;
    });
  },

  async 'departments.delete'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getRow(trx, input.id);
      if (before.version !== input.version) throw stale();
      const { n } = await trx
        .selectFrom(
          sql<{ id: string }>`(SELECT id FROM documents WHERE department_id = ${input.id} UNION ALL SELECT id FROM users WHERE department_id = ${input.id})`.as('refs'),
        )
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      if (n > 0) throw new AppError('CONFLICT', 'departments.inUse', { count: n });
      await trx.deleteFrom('departments').where('id', '=', input.id).execute();
      await audit({ entity: 'department', entityId: input.id, action: 'delete', before: toDepartment(before) });
      return {};
    });
  },
};
