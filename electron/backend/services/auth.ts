import { uuidv7 } from 'uuidv7';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../auth/password';
import { createSession } from '../auth/sessions';
import { callerOf, inTransaction, nowIso, type DomainMethods, type Handlers } from '../context';
import { AppError } from '../errors';
import { writeSetting } from './settings';
import { getUserRow, insertUser, toUser } from './users';

export const authHandlers: Handlers<DomainMethods<'auth'>> = {
  async 'auth.setup'(input, ctx) {
    const passwordHash = await hashPassword(input.password);
    const id = uuidv7();
    return inTransaction(
      ctx,
      async (trx, audit) => {
        const existing = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
        if (existing) throw new AppError('CONFLICT', 'auth.alreadySetUp');
        const user = toUser(await insertUser(trx, { ...input, id, role: 'quality_manager', departmentId: null, passwordHash }));
        await audit({ entity: 'user', entityId: user.id, action: 'setup', after: user });
        if (input.organisation) await writeSetting(trx, audit, 'organisationName', input.organisation);
        const session = await createSession(trx, user.id, false);
        return { ...session, user };
      },
      { id, displayName: input.displayName },
    );
  },

  async 'auth.signIn'(input, ctx) {
    const db = ctx.backend.store.db;
    const row = await db.selectFrom('users').selectAll().where('username', '=', input.username).executeTakeFirst();
    if (!row || !row.active) {
      await burnPasswordCheck(input.password);
      const anyone = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
      throw new AppError('UNAUTHENTICATED', anyone ? 'auth.badCredentials' : 'auth.notSetUp');
    }
    if (!(await verifyPassword(input.password, row.password_hash))) throw new AppError('UNAUTHENTICATED', 'auth.badCredentials');
    const user = toUser(await getUserRow(db, row.id));
    return inTransaction(
      ctx,
      async (trx, audit) => {
        const session = await createSession(trx, user.id, input.remember);
        await audit({ entity: 'user', entityId: user.id, action: 'signIn', after: { remember: input.remember } });
        return { ...session, user };
      },
      { id: user.id, displayName: user.displayName },
    );
  },

  async 'auth.signOut'(_input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      await trx.deleteFrom('sessions').where('id', '=', me.sessionId).execute();
      await audit({ entity: 'user', entityId: me.id, action: 'signOut' });
      return {};
    });
  },

  async 'auth.me'(_input, ctx) {
    return toUser(await getUserRow(ctx.backend.store.db, callerOf(ctx).id));
  },

  async 'auth.changePassword'(input, ctx) {
    const me = callerOf(ctx);
    const row = await getUserRow(ctx.backend.store.db, me.id);
    if (!(await verifyPassword(input.currentPassword, row.password_hash))) throw new AppError('VALIDATION', 'auth.wrongPassword', {}, [{ path: ['currentPassword'], message: 'wrong password', code: 'custom' }]);
    const passwordHash = await hashPassword(input.newPassword);
    return inTransaction(ctx, async (trx, audit) => {
      await trx
        .updateTable('users')
        .set({ password_hash: passwordHash, version: row.version + 1, updated_at: nowIso() })
        .where('id', '=', me.id)
        .execute();
      // Other sign-ins end: whoever knew the old password is out.
      await trx.deleteFrom('sessions').where('user_id', '=', me.id).where('id', '!=', me.sessionId).execute();
      await audit({ entity: 'user', entityId: me.id, action: 'changePassword' });
      return {};
    });
  },
};
