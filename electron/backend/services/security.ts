import { DEFAULT_POLICY, type SecurityPolicy } from '../../../shared/security/contract';
import { readPolicy } from '../auth/check';
import { inTransaction, nowIso, type DomainMethods, type Handlers } from '../context';
import { getUserRow } from './users';

export const securityHandlers: Handlers<DomainMethods<'security'>> = {
  async 'security.policy'(_input, ctx) {
    return readPolicy(ctx.backend.store.db);
  },

  async 'security.updatePolicy'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const before = await readPolicy(trx);
      const changed = (Object.keys(input) as (keyof SecurityPolicy)[]).filter((k) => input[k] !== undefined && input[k] !== before[k]);
      for (const key of changed) {
        const value = JSON.stringify(input[key]);
        await trx
          .insertInto('settings')
          .values({ key, value, updated_at: nowIso() })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: nowIso() }))
          .execute();
      }
      if (changed.length > 0)
        await audit({
          entity: 'settings',
          entityId: 'security',
          action: 'update',
          before: Object.fromEntries(changed.map((k) => [k, before[k]])),
          after: Object.fromEntries(changed.map((k) => [k, input[k] ?? DEFAULT_POLICY[k]])),
        });
      return readPolicy(trx);
    });
  },

  async 'security.locks'(_input, ctx) {
    const rows = await ctx.backend.store.db
      .selectFrom('account_security as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select(['u.id', 'u.username', 'u.display_name', 'a.failed_attempts', 'a.locked_until'])
      .where((eb) => eb.or([eb('a.failed_attempts', '>', 0), eb('a.locked_until', '>', nowIso())]))
      .orderBy('u.username')
      .execute();
    return rows.map((r) => ({
      userId: r.id,
      username: r.username,
      displayName: r.display_name,
      failedAttempts: r.failed_attempts,
      lockedUntil: r.locked_until && r.locked_until > nowIso() ? r.locked_until : null,
    }));
  },

  async 'security.unlock'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      await getUserRow(trx, input.userId);
      const before = await trx.selectFrom('account_security').select(['failed_attempts', 'locked_until']).where('user_id', '=', input.userId).executeTakeFirst();
      await trx.updateTable('account_security').set({ failed_attempts: 0, locked_until: null }).where('user_id', '=', input.userId).execute();
      await audit({
        entity: 'user',
        entityId: input.userId,
        action: 'unlock',
        before: { failedAttempts: before?.failed_attempts ?? 0, lockedUntil: before?.locked_until ?? null },
      });
      return {};
    });
  },
};
