import type { Kysely } from 'kysely';
import type { User } from '../../../shared/users/contract';
import type { Role } from '../../../shared/auth/roles';
import { assertPasswordRules, passwordChanged } from '../auth/check';
import { hashPassword } from '../auth/password';
import { callerOf, containsPattern, inTransaction, nowIso, type DomainMethods, type Handlers } from '../context';
import type { Database, UserRow } from '../db/schema';
import { AppError, notFound, stale } from '../errors';
import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { sortKey } from '../../../shared/text/sort-key';

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    departmentId: row.department_id,
    active: row.active === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getUserRow(db: Kysely<Database>, id: string): Promise<UserRow> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('user', id);
  return row;
}

async function assertNameFree(db: Kysely<Database>, username: string) {
  const taken = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (taken) throw new AppError('CONFLICT', 'users.nameTaken', { username });
}

async function assertDepartment(db: Kysely<Database>, id: string | null | undefined) {
  if (!id) return;
  const found = await db.selectFrom('departments').select('id').where('id', '=', id).executeTakeFirst();
  if (!found) throw notFound('department', id);
}

export async function insertUser(
  trx: Kysely<Database>,
  fields: { id?: string; username: string; displayName: string; role: Role; departmentId: string | null; passwordHash: string },
): Promise<UserRow> {
  await assertNameFree(trx, fields.username);
  await assertDepartment(trx, fields.departmentId);
  const now = nowIso();
  const row: UserRow = {
    id: fields.id ?? uuidv7(),
    username: fields.username,
    display_name: fields.displayName,
    name_sort: sortKey(fields.displayName),
    role: fields.role,
    department_id: fields.departmentId,
    password_hash: fields.passwordHash,
    active: 1,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await trx.insertInto('users').values(row).execute();
  return row;
}

const SORT_COLUMNS = { username: 'username', displayName: 'name_sort', role: 'role', createdAt: 'created_at' } as const;

export const usersHandlers: Handlers<DomainMethods<'users'>> = {
  async 'users.directory'(_input, ctx) {
    const rows = await ctx.backend.store.db.selectFrom('users').selectAll().orderBy('name_sort').orderBy('display_name').execute();
    return rows.map(toUser).map(({ id, username, displayName, role, departmentId, active }) => ({
      id, username, displayName, role, departmentId, active,
    }));
  },

  async 'users.list'(input, ctx) {
    const db = ctx.backend.store.db;
    let q = db.selectFrom('users');
    if (input.q) {
      const p = containsPattern(input.q);
      q = q.where((eb) => eb.or([sql<boolean>`username LIKE ${p} ESCAPE '\\'`, sql<boolean>`display_name LIKE ${p} ESCAPE '\\'`]));
    }
    if (input.role) q = q.where('role', '=', input.role);
    if (input.active !== undefined) q = q.where('active', '=', input.active ? 1 : 0);
    const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await q
      .selectAll()
      .orderBy(SORT_COLUMNS[input.sort], input.dir)
      .orderBy('id')
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute();
    return { items: rows.map(toUser), total: n };
  },

  async 'users.create'(input, ctx) {
    await assertPasswordRules(ctx.backend.store.db, input.password, 'password');
    const passwordHash = await hashPassword(input.password);
    return inTransaction(ctx, async (trx, audit) => {
      const row = await insertUser(trx, { ...input, passwordHash });
      await passwordChanged(trx, row.id);
      const user = toUser(row);
      await audit({ entity: 'user', entityId: user.id, action: 'create', after: user });
      return user;
    });
  },

  async 'users.update'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getUserRow(trx, input.id);
      if (before.version !== input.version) throw stale();
      const demotes = (input.role !== undefined && input.role !== 'quality_manager') || input.active === false;
      if (demotes && input.id === me.id) throw new AppError('CONFLICT', 'users.self');
      await assertDepartment(trx, input.departmentId);
      await trx
        .updateTable('users')
        .set({
          ...(input.displayName !== undefined && { display_name: input.displayName, name_sort: sortKey(input.displayName) }),
          ...(input.role !== undefined && { role: input.role }),
          ...(input.departmentId !== undefined && { department_id: input.departmentId }),
          ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
          version: before.version + 1,
          updated_at: nowIso(),
        })
        .where('id', '=', input.id)
        .execute();
      const { n } = await trx
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('role', '=', 'quality_manager')
        .where('active', '=', 1)
        .executeTakeFirstOrThrow();
      if (n === 0) throw new AppError('CONFLICT', 'users.lastManager');
      if (input.active === false) await trx.deleteFrom('sessions').where('user_id', '=', input.id).execute();
      const after = toUser(await getUserRow(trx, input.id));
      await audit({ entity: 'user', entityId: input.id, action: 'update', before: toUser(before), after });
      return after;
    });
  },

  async 'users.resetPassword'(input, ctx) {
    await assertPasswordRules(ctx.backend.store.db, input.newPassword, 'newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getUserRow(trx, input.id);
      await passwordChanged(trx, input.id);
      await trx
        .updateTable('users')
        .set({ password_hash: passwordHash, version: before.version + 1, updated_at: nowIso() })
        .where('id', '=', input.id)
        .execute();
      await trx.deleteFrom('sessions').where('user_id', '=', input.id).execute();
      await audit({ entity: 'user', entityId: input.id, action: 'resetPassword' });
      return {};
    });
  },
};
