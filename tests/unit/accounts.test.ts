import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { client, openTestBackend, PASSWORD, snapshotBesidesPasswordChecks, withAllRoles, type TestBackend } from '../helpers/backend';

let t: TestBackend;
beforeEach(() => {
  t = openTestBackend();
});
afterEach(() => t.close());

describe('accounts and sessions', () => {
  it('reports whether set-up is needed, and refuses sign-in before it', async () => {
    const anon = client(t.backend);
    expect(await anon.call('system.status', {})).toMatchObject({ initialized: false });
    expect(await anon.raw('auth.signIn', { username: 'nobody', password: 'y' }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '系统尚未初始化，请先创建质量经理账户。' },
    });
    await anon.call('auth.setup', { username: 'zhanghua', displayName: '张华', password: PASSWORD, organisation: '安和城市服务' });
    expect(await anon.call('system.status', {})).toMatchObject({ initialized: true });
  });

  it('stores passwords only as salted scrypt hashes', async () => {
    await withAllRoles(t.backend);
    const hashes = t.backend.store.sqlite.prepare('SELECT password_hash FROM users').pluck().all() as string[];
    expect(hashes.every((h) => h.startsWith('scrypt$') && !h.includes(PASSWORD))).toBe(true);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('remembers a sign-in for 30 days only when asked', async () => {
    await withAllRoles(t.backend);
    const anon = client(t.backend);
    const short = await anon.call('auth.signIn', { username: 'author', password: PASSWORD });
    const long = await anon.call('auth.signIn', { username: 'author', password: PASSWORD, remember: true });
    const hours = (iso: string) => (Date.parse(iso) - Date.now()) / 3600_000;
    expect(hours(short.expiresAt)).toBeLessThan(13);
    expect(hours(long.expiresAt)).toBeGreaterThan(24 * 29);
  });

  it('changes a password only with the current one, and ends the other sessions', async () => {
    const { author } = await withAllRoles(t.backend);
    const anon = client(t.backend);
    const other = client(t.backend, (await anon.call('auth.signIn', { username: 'author', password: PASSWORD })).token);
    const before = snapshotBesidesPasswordChecks(t.backend);
    expect(await author.raw('auth.changePassword', { currentPassword: 'wrong one', newPassword: 'new password 2' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(snapshotBesidesPasswordChecks(t.backend)).toBe(before);
    await author.call('auth.changePassword', { currentPassword: PASSWORD, newPassword: 'new password 2' });
    expect(await other.raw('auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await author.raw('auth.me', {})).toMatchObject({ ok: true });
    expect(await anon.raw('auth.signIn', { username: 'author', password: 'new password 2' })).toMatchObject({ ok: true });
  });

  it('locks out a deactivated user at once', async () => {
    const { quality_manager: qm, author, ids } = await withAllRoles(t.backend);
    const me = (await qm.call('users.list', { q: 'author' })).items[0]!;
    await qm.call('users.update', { id: ids.author, version: me.version, active: false });
    expect(await author.raw('documents.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await client(t.backend).raw('auth.signIn', { username: 'author', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('keeps at least one active quality manager, and managers cannot demote themselves', async () => {
    const { quality_manager: qm, ids } = await withAllRoles(t.backend);
    const me = await qm.call('auth.me', {});
    expect(await qm.raw('users.update', { id: ids.quality_manager, version: me.version, role: 'author' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const second = await qm.call('users.create', { username: 'deputy', displayName: '副经理', role: 'quality_manager', password: PASSWORD });
    const demoted = await qm.call('users.update', { id: second.id, version: second.version, role: 'author' });
    expect(demoted.role).toBe('author');
  });

  it('refuses a taken user name regardless of case', async () => {
    const { quality_manager: qm } = await withAllRoles(t.backend);
    expect(await qm.raw('users.create', { username: 'AUTHOR', displayName: 'x', role: 'author', password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('resets a password, which ends that user’s sessions', async () => {
    const { quality_manager: qm, auditor, ids } = await withAllRoles(t.backend);
    await qm.call('users.resetPassword', { id: ids.auditor, newPassword: 'temporary pass' });
    expect(await auditor.raw('auth.me', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await client(t.backend).raw('auth.signIn', { username: 'auditor', password: 'temporary pass' })).toMatchObject({ ok: true });
  });

  it('deletes only departments nobody uses', async () => {
    const { quality_manager: qm, author } = await withAllRoles(t.backend);
    const used = await qm.call('departments.create', { name: '客户服务部', code: 'CS' });
    const free = await qm.call('departments.create', { name: '行政部' });
    await author.call('documents.create', { title: '热线规范', type: 'form', departmentId: used.id });
    expect(await qm.raw('departments.delete', { id: used.id, version: used.version }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '该单位仍被 1 条记录（文件、下级单位、岗位）引用，不能删除；可以将其撤销。' },
    });
    expect(await qm.raw('departments.create', { name: '客户服务部' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await qm.call('departments.delete', { id: free.id, version: free.version });
    expect((await qm.call('departments.list', {})).items.map((d) => d.name)).toEqual(['本组织', '客户服务部']);
  });

  it('writes a consistent backup on demand', async () => {
    const { quality_manager: qm } = await withAllRoles(t.backend);
    const { file, sizeBytes } = await qm.call('system.backup', {});
    expect(file).toMatch(/backups[\\/]qms-\d{8}T\d{6}Z\.sqlite$/);
    expect(sizeBytes).toBeGreaterThan(0);
    const info = await qm.call('system.info', {});
    expect(info.backups).toMatchObject({ count: 1, sizeBytes });
    expect(info.sizeBytes).toBeGreaterThan(0);
    expect(info).toMatchObject({ databaseId: expect.stringMatching(/^[0-9a-f-]{36}$/), kit: null });
  });
});
