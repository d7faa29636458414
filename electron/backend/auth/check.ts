import type { Kysely } from 'kysely';
import { DEFAULT_POLICY, passwordProblems, securityPolicySchema, type SecurityPolicy } from '../../../shared/security/contract';
import { now as clockNow, nowIso } from '../clock';
import { inTransaction, type ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { burnPasswordCheck, verifyPassword } from './password';

const POLICY_KEYS = Object.keys(DEFAULT_POLICY) as (keyof SecurityPolicy)[];

/** The account-security settings, defaults where none was saved. */
export async function readPolicy(db: Kysely<Database>): Promise<SecurityPolicy> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', POLICY_KEYS).execute();
  const saved = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const parsed = securityPolicySchema.safeParse({ ...DEFAULT_POLICY, ...saved });
  return parsed.success ? parsed.data : DEFAULT_POLICY;
}

/** Refuses a new password that breaks the rules in settings (VALIDATION on `field`). */
export async function assertPasswordRules(db: Kysely<Database>, password: string, field: string): Promise<void> {
  const policy = await readPolicy(db);
  if (passwordProblems(password, policy).length === 0) return;
  throw new AppError('VALIDATION', 'auth.passwordRules', { length: policy.passwordMinLength, classes: policy.passwordClasses }, [
    { path: [field], message: 'password rules', code: 'custom' },
  ]);
}

export type PasswordPurpose = 'signIn' | 'sign' | 'changePassword';

export interface PasswordCheckResult {
  /** The previous successful sign-in, and wrong passwords since (sign-in only reports them). */
  lastSignInAt: string | null;
  failedSinceLastSignIn: number;
}

const lockedError = (until: string) => new AppError('UNAUTHENTICATED', 'auth.locked', { until: until.replace('T', ' ').slice(0, 16) + ' UTC' }, { reason: 'auth.locked', lockedUntil: until });

/**
 * THE password check: sign-in, `qms call --password`, change-password and the password re-entered to sign
 * all go through it, so each counts toward the lockout and none is a guessing oracle.
 *
 * Call it BEFORE opening the transaction of the change it guards: it commits the count of a wrong password
 * in its own transaction, so the count survives the refusal. It throws
 * - UNAUTHENTICATED `auth.locked` while the account is locked (and when this wrong password locks it; the
 *   account's sessions end then),
 * - for a wrong password: UNAUTHENTICATED `auth.badCredentials` at sign-in, otherwise VALIDATION
 *   `auth.wrongPasswordLeft` on `field` (how many attempts are left).
 * A right password resets the count; at sign-in it also records the time and reports the previous one.
 */
export async function checkPassword(
  ctx: ServiceContext,
  userId: string,
  password: string,
  purpose: PasswordPurpose,
  field = 'password',
): Promise<PasswordCheckResult> {
  const db = ctx.backend.store.db;
  const user = await db.selectFrom('users').select(['id', 'display_name', 'password_hash']).where('id', '=', userId).executeTakeFirst();
  if (!user) {
    await burnPasswordCheck(password);
    throw new AppError('UNAUTHENTICATED', 'auth.badCredentials');
  }
  const state = await db.selectFrom('account_security').selectAll().where('user_id', '=', userId).executeTakeFirst();
  const now = clockNow();
  if (state?.locked_until && Date.parse(state.locked_until) > now.getTime()) {
    await burnPasswordCheck(password);
    throw lockedError(state.locked_until);
  }
  const right = await verifyPassword(password, user.password_hash);
  const policy = await readPolicy(db);
  const actor = { id: user.id, displayName: user.display_name };
  const result = await inTransaction(
    ctx,
    async (trx, audit) => {
      const current = await trx.selectFrom('account_security').selectAll().where('user_id', '=', userId).executeTakeFirst();
      if (!current) await trx.insertInto('account_security').values({ user_id: userId, locked_until: null, last_sign_in_at: null, password_changed_at: null }).execute();
      if (right) {
        const report = { lastSignInAt: current?.last_sign_in_at ?? null, failedSinceLastSignIn: current?.failed_since_sign_in ?? 0 };
        await trx
          .updateTable('account_security')
          .set({
            failed_attempts: 0,
            locked_until: null,
            ...(purpose === 'signIn' && { last_sign_in_at: now.toISOString(), failed_since_sign_in: 0 }),
          })
          .where('user_id', '=', userId)
          .execute();
        return { ok: true as const, report };
      }
      // An expired lock starts a fresh count.
      const expired = current?.locked_until != null;
      const failed = (expired ? 0 : (current?.failed_attempts ?? 0)) + 1;
      const lock = failed >= policy.lockoutAttempts ? new Date(now.getTime() + policy.lockoutMinutes * 60_000).toISOString() : null;
      await trx
        .updateTable('account_security')
        .set({ failed_attempts: lock ? 0 : failed, locked_until: lock, failed_since_sign_in: (current?.failed_since_sign_in ?? 0) + 1 })
        .where('user_id', '=', userId)
        .execute();
      await audit({ entity: 'user', entityId: userId, action: 'passwordFailed', after: { purpose, failedAttempts: failed } });
      if (lock) {
        await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
        await audit({ entity: 'user', entityId: userId, action: 'locked', after: { lockedUntil: lock, minutes: policy.lockoutMinutes } });
      }
      return { ok: false as const, lock, left: policy.lockoutAttempts - failed };
    },
    actor,
  );
  if (result.ok) return result.report;
  if (result.lock) throw lockedError(result.lock);
  if (purpose === 'signIn') throw new AppError('UNAUTHENTICATED', 'auth.badCredentials');
  throw new AppError('VALIDATION', 'auth.wrongPasswordLeft', { left: result.left, minutes: policy.lockoutMinutes }, [
    { path: [field], message: 'wrong password', code: 'custom' },
  ]);
}

/** Records when an account's password was set (for the optional expiry). */
export async function passwordChanged(trx: Kysely<Database>, userId: string) {
  await trx
    .insertInto('account_security')
    .values({ user_id: userId, locked_until: null, last_sign_in_at: null, password_changed_at: nowIso() })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ password_changed_at: nowIso() }))
    .execute();
}
