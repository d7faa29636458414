import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../../electron/backend/clock';
import { client, openTestBackend, PASSWORD, snapshotBesidesPasswordChecks, tempDir, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { qms } from '../helpers/cli';
import { join } from 'node:path';

let t: TestBackend;
let qm: Client;
let author: Client;
let ids: Record<'quality_manager' | 'author' | 'auditor' | 'executive', string>;
let now = Date.parse('2026-11-23T08:00:00Z');
let restoreClock: () => void;
const anon = () => client(t.backend);
const signIn = (username: string, password: string, remember = false) => anon().raw('auth.signIn', { username, password, remember });

beforeEach(async () => {
  now = Date.parse('2026-11-23T08:00:00Z');
  restoreClock = setClock(() => now);
  t = openTestBackend();
  ({ quality_manager: qm, author, ids } = await withAllRoles(t.backend));
});
afterEach(async () => {
  restoreClock();
  await t.close();
});

describe('lockout after wrong passwords (等保 2.0)', () => {
  it('locks after 5 wrong passwords for 15 minutes, says so plainly, and counts only consecutive failures', async () => {
    for (let i = 0; i < 4; i++) expect(await signIn('author', 'wrong password')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', details: { reason: 'auth.badCredentials' } } });
    const fifth = await signIn('author', 'wrong password');
    expect(fifth).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', details: { reason: 'auth.locked', lockedUntil: '2026-11-23T08:15:00.000Z' } } });
    if (!fifth.ok) expect(fifth.error.message).toContain('locked until 2026-11-23 08:15');
    // Even the right password is refused while locked, and the author's open session has ended.
    expect(await signIn('author', PASSWORD)).toMatchObject({ ok: false, error: { details: { reason: 'auth.locked' } } });
    expect(await author.raw('auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await qm.call('security.locks', {})).toEqual([
      expect.objectContaining({ userId: ids.author, username: 'author', lockedUntil: '2026-11-23T08:15:00.000Z' }),
    ]);
    now += 15 * 60_000 + 1;
    const again = await signIn('author', PASSWORD);
    expect(again).toMatchObject({ ok: true, data: { previousSignIn: { failedAttempts: 5 } } });
    // A right password resets the count: four more wrong ones do not lock.
    for (let i = 0; i < 4; i++) await signIn('author', 'wrong password');
    expect((await signIn('author', PASSWORD)).ok).toBe(true);
  });

  it('a quality manager unlocks; the settings change the limits; all of it is in the trail', async () => {
    await qm.call('security.updatePolicy', { lockoutAttempts: 3, lockoutMinutes: 60 });
    for (let i = 0; i < 3; i++) await signIn('author', 'nope nope');
    expect(await signIn('author', PASSWORD)).toMatchObject({ ok: false, error: { details: { reason: 'auth.locked', lockedUntil: '2026-11-23T09:00:00.000Z' } } });
    expect(await author.raw('security.unlock', { userId: ids.author })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await qm.call('security.unlock', { userId: ids.author });
    expect((await signIn('author', PASSWORD)).ok).toBe(true);
    const history = await qm.call('audit.history', { entity: 'user', entityId: ids.author, pageSize: 50 });
    const actions = history.items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['passwordFailed', 'locked', 'unlock', 'signIn']));
  });

  it('the password re-entered to sign counts too, so signing is no guessing oracle', async () => {
    const doc = await qm.call('documents.create', { title: '投诉处理制度', type: 'regulation' });
    const draft = await author.call('revisions.startDraft', { documentId: doc.id });
    const revision = await author.call('revisions.submit', { id: draft.id, version: draft.version, changeReason: '首次发布', password: PASSWORD });
    const before = snapshotBesidesPasswordChecks(t.backend);
    const first = await qm.raw('revisions.sign', { id: revision.id, version: revision.version, password: 'guess 1', meaning: 'approved' });
    expect(first).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: ['password'] }] } });
    if (!first.ok) expect(first.error.message).toContain('4 more wrong attempts');
    for (let i = 2; i <= 4; i++) await qm.raw('revisions.sign', { id: revision.id, version: revision.version, password: `guess ${i}`, meaning: 'approved' });
    expect(await qm.raw('revisions.sign', { id: revision.id, version: revision.version, password: 'guess 5', meaning: 'approved' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', details: { reason: 'auth.locked' } },
    });
    expect(snapshotBesidesPasswordChecks(t.backend)).not.toBe(before); // the manager's sessions ended
    expect(await signIn('manager', PASSWORD)).toMatchObject({ ok: false, error: { details: { reason: 'auth.locked' } } });
  });

  it('change-password counts wrong current passwords', async () => {
    for (let i = 0; i < 4; i++) await author.raw('auth.changePassword', { currentPassword: 'wrong one', newPassword: 'new password 2' });
    expect(await author.raw('auth.changePassword', { currentPassword: 'wrong one', newPassword: 'new password 2' })).toMatchObject({
      ok: false,
      error: { details: { reason: 'auth.locked' } },
    });
  });

  it('qms call --password counts toward the lockout', async () => {
    const tmp = tempDir();
    try {
      const file = join(tmp.dir, 'q.sqlite');
      const t2 = openTestBackend(file);
      await withAllRoles(t2.backend);
      await t2.close();
      for (let i = 0; i < 4; i++) expect((await qms('call', 'auth.me', '--db', file, '--user', 'author', '--password', 'wrong password')).code).toBe(1);
      const locked = await qms('call', 'auth.me', '--db', file, '--user', 'author', '--password', 'wrong password');
      expect(locked.out).toContain('auth.locked');
      expect((await qms('call', 'auth.me', '--db', file, '--user', 'author', '--password', PASSWORD)).out).toContain('locked until');
    } finally {
      tmp.cleanup();
    }
  });
});

describe('password rules, expiry, sessions', () => {
  it('refuses passwords that break the rules in settings, wherever a password is set', async () => {
    await qm.call('security.updatePolicy', { passwordMinLength: 10, passwordClasses: 3 });
    const weak = 'abcdefghij1';
    for (const [c, method, input] of [
      [qm, 'users.create', { username: 'newbie', displayName: '新人', role: 'author', password: weak }],
      [qm, 'users.resetPassword', { id: ids.author, newPassword: weak }],
      [author, 'auth.changePassword', { currentPassword: PASSWORD, newPassword: weak }],
    ] as const) {
      expect(await c.raw(method, input)).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: [expect.stringMatching(/password/i)] }] } });
    }
    expect((await author.raw('auth.changePassword', { currentPassword: PASSWORD, newPassword: 'Abcdefghij1' })).ok).toBe(true);
  });

  it('an expired password must be changed at sign-in before anything else', async () => {
    await qm.call('security.updatePolicy', { passwordMaxAgeDays: 90 });
    now += 91 * 86_400_000;
    const s = await anon().call('auth.signIn', { username: 'author', password: PASSWORD });
    expect(s.mustChangePassword).toBe(true);
    const c = client(t.backend, s.token);
    expect(await c.raw('documents.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { reason: 'auth.mustChangePassword' } } });
    expect((await c.raw('auth.me', {})).ok).toBe(true);
    await c.call('auth.changePassword', { currentPassword: PASSWORD, newPassword: 'fresh password 3' });
    expect((await c.raw('documents.list', {})).ok).toBe(true);
    expect((await anon().call('auth.signIn', { username: 'author', password: 'fresh password 3' })).mustChangePassword).toBe(false);
  });

  it('ends sessions without "remember me" after the idle timeout; a setting turns "remember me" off', async () => {
    const s = await anon().call('auth.signIn', { username: 'author', password: PASSWORD });
    const c = client(t.backend, s.token);
    now += 20 * 60_000;
    expect((await c.raw('auth.me', {})).ok).toBe(true); // use slides the timeout
    now += 20 * 60_000;
    expect((await c.raw('auth.me', {})).ok).toBe(true);
    now += 31 * 60_000;
    expect(await c.raw('auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const remembered = await anon().call('auth.signIn', { username: 'author', password: PASSWORD, remember: true });
    expect(Date.parse(remembered.expiresAt) - now).toBe(30 * 86_400_000);
    const manager = client(t.backend, (await anon().call('auth.signIn', { username: 'manager', password: PASSWORD })).token);
    await manager.call('security.updatePolicy', { allowRemember: false, idleTimeoutMinutes: 10 });
    const refused = await anon().call('auth.signIn', { username: 'author', password: PASSWORD, remember: true });
    expect(Date.parse(refused.expiresAt) - now).toBe(10 * 60_000);
  });

  it('tells at sign-in when the last sign-in was and how many wrong passwords came since', async () => {
    const first = await anon().call('auth.signIn', { username: 'author', password: PASSWORD });
    const at = first.previousSignIn!.at;
    expect(at).not.toBeNull();
    now += 3600_000;
    await signIn('author', 'wrong password');
    await signIn('author', 'wrong password');
    const next = await anon().call('auth.signIn', { username: 'author', password: PASSWORD });
    expect(next.previousSignIn).toEqual({ at: '2026-11-23T08:00:00.000Z', failedAttempts: 2 });
    expect(await qm.call('security.policy', {})).toMatchObject({ lockoutAttempts: 5, lockoutMinutes: 15, passwordMinLength: 8, passwordClasses: 2, allowRemember: true });
  });
});
