import { createHash, randomBytes } from 'node:crypto';
import { now as clockNow } from '../clock';
import type { Kysely } from 'kysely';
import type { Caller } from '../context';
import type { Database } from '../db/schema';
import type { Role } from '../../../shared/auth/roles';

const HOUR = 3600_000;
const REMEMBERED = 30 * 24 * HOUR;
/** Sliding expiry is written at most this often (and at most a tenth of the idle time), so reads stay reads. */
const TOUCH_EVERY = 5 * 60_000;

export interface SessionOptions {
  remember: boolean;
  /** Without "remember me" the session ends after this long without use (the idle timeout in settings). */
  idleMinutes: number;
  /** An expired password: the session may only change it. */
  mustChangePassword?: boolean;
}

export const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(trx: Kysely<Database>, userId: string, options: SessionOptions) {
  const { remember } = options;
  const token = randomBytes(32).toString('base64url');
  const now = clockNow().getTime();
  // The lifetime is kept as expires_at − last_seen_at, and each use slides both by it.
  const expiresAt = new Date(now + (remember ? REMEMBERED : options.idleMinutes * 60_000)).toISOString();
  await trx
    .insertInto('sessions')
    .values({
      id: tokenId(token),
      user_id: userId,
      remember: remember ? 1 : 0,
      created_at: new Date(now).toISOString(),
      last_seen_at: new Date(now).toISOString(),
      expires_at: expiresAt,
      must_change_password: options.mustChangePassword ? 1 : 0,
    })
    .execute();
  return { token, expiresAt };
}

/**
 * Recently resolved sessions. Every change made through this process clears it (see dispatch), so
 * sign-out, deactivation and role changes apply at once; a change made by another process (the CLI)
 * applies within FRESH_FOR.
 */
const FRESH_FOR = 5_000;
const recent = new Map<string, { caller: Caller; until: number }>();
export const forgetSessions = () => recent.clear();

/** The signed-in person behind a bearer token, or null when it is unknown, expired or the account is off. */
export async function resolveSession(db: Kysely<Database>, token: string): Promise<Caller | null> {
  // Keyed by the token itself (only in memory), so a hit costs no hashing.
  const hit = recent.get(token);
  if (hit && hit.until > clockNow().getTime()) return hit.caller;
  const id = tokenId(token);
  const now = clockNow();
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id as sessionId', 's.remember', 's.last_seen_at', 's.expires_at', 's.must_change_password', 'u.id', 'u.username', 'u.display_name', 'u.role', 'u.active'])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', now.toISOString())
    .executeTakeFirst();
  if (!row || !row.active) return null;
  const lifetime = Date.parse(row.expires_at) - Date.parse(row.last_seen_at);
  if (now.getTime() - Date.parse(row.last_seen_at) > Math.min(TOUCH_EVERY, lifetime / 10)) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString(), expires_at: new Date(now.getTime() + lifetime).toISOString() })
      .where('id', '=', id)
      .execute();
  }
  const caller: Caller = {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    sessionId: row.sessionId,
    ...(row.must_change_password === 1 && { mustChangePassword: true }),
  };
  if (recent.size > 1000) recent.clear();
  recent.set(token, { caller, until: Math.min(now.getTime() + FRESH_FOR, Date.parse(row.expires_at)) });
  return caller;
}
