import { uuidv7 } from 'uuidv7';
import { assertPasswordRules, checkPassword, passwordChanged, readPolicy } from '../auth/check';
import { burnPasswordCheck, hashPassword } from '../auth/password';
import { createSession } from '../auth/sessions';
import { now as clockNow } from '../clock';
import { callerOf, inTransaction, nowIso, type DomainMethods, type Handlers } from '../context';
import { AppError } from '../errors';
import { writeSetting } from './settings';
import { getUserRow, insertUser, toUser } from './users';

export const authHandlers: Handlers<DomainMethods<'auth'>> = {
  async 'auth.setup'(input, ctx) {
    await assertPasswordRules(ctx.backend.store.db, input.password, 'password');
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
        await trx.insertInto('account_security').values({ user_id: user.id, locked_until: null, last_sign_in_at: nowIso(), password_changed_at: nowIso() }).execute();
        const { idleTimeoutMinutes } = await readPolicy(trx);
        const session = await createSession(trx, user.id, { remember: false, idleMinutes: idleTimeoutMinutes });
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
    const previous = await checkPassword(ctx, row.id, input.password, 'signIn');
    const user = toUser(row);
    const policy = await readPolicy(db);
    const remember = input.remember && policy.allowRemember;
    const changed = await db.selectFrom('account_security').select('password_changed_at').where('user_id', '=', row.id).executeTakeFirst();
    const passwordAge = clockNow().getTime() - Date.parse(changed?.password_changed_at ?? row.created_at);
    const mustChangePassword = policy.passwordMaxAgeDays > 0 && passwordAge > policy.passwordMaxAgeDays * 86_400_000;
    return inTransaction(
      ctx,
      async (trx, audit) => {
        const session = await createSession(trx, user.id, { remember, idleMinutes: policy.idleTimeoutMinutes, mustChangePassword });
        await audit({ entity: 'user', entityId: user.id, action: 'signIn', after: { remember, ...(mustChangePassword && { mustChangePassword }) } });
        return {
          ...session,
          user,
          mustChangePassword,
          previousSignIn: { at: previous.lastSignInAt, failedAttempts: previous.failedSinceLastSignIn },
        };
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
    const db = ctx.backend.store.db;
    await checkPassword(ctx, me.id, input.currentPassword, 'changePassword', 'currentPassword');
    await assertPasswordRules(db, input.newPassword, 'newPassword');
    const row = await getUserRow(db, me.id);
    const passwordHash = await hashPassword(input.newPassword);
    return inTransaction(ctx, async (trx, audit) => {
      await trx
        .updateTable('users')
        .set({ password_hash: passwordHash, version: row.version + 1, updated_at: nowIso() })
        .where('id', '=', me.id)
        .execute();
      await passwordChanged(trx, me.id);
      await trx.updateTable('sessions').set({ must_change_password: 0 }).where('id', '=', me.sessionId).execute();
      // Other sign-ins end: whoever knew the old password is out.
      await trx.deleteFrom('sessions').where('user_id', '=', me.id).where('id', '!=', me.sessionId).execute();
      await audit({ entity: 'user', entityId: me.id, action: 'changePassword' });
      return {};
    });
  },
};
