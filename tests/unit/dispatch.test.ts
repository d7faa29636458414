import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { apiErrorSchema } from '../../shared/api/envelope';
import { client, openTestBackend, PASSWORD, snapshot, withAllRoles, type TestBackend } from '../helpers/backend';

let t: TestBackend;
beforeEach(() => {
  t = openTestBackend();
});
afterEach(() => t.close());

describe('dispatch', () => {
  it('answers an unknown method with a typed error', async () => {
    const r = await client(t.backend).raw('documents.drop', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('validates input before anything else and names the bad fields, in both languages', async () => {
    const { quality_manager: qm } = await withAllRoles(t.backend);
    const before = snapshot(t.backend);
    const en = await qm.raw('documents.create', { title: 42, type: 'novel' }, 'en');
    const zh = await qm.raw('documents.create', { title: 42, type: 'novel' }, 'zh-CN');
    expect(en.ok || zh.ok).toBe(false);
    if (en.ok || zh.ok) return;
    expect(en.error.code).toBe('VALIDATION');
    expect(en.error.message).toMatch(/^Invalid input: .*title/);
    expect(zh.error.message).toMatch(/^输入有误：.*title/);
    expect(JSON.stringify(zh.error.details)).toMatch(/[\u4e00-\u9fff]/);
    expect(en.error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: ['title'] }), expect.objectContaining({ path: ['type'] })]),
    );
    expect(apiErrorSchema.safeParse(en.error).success).toBe(true);
    expect(snapshot(t.backend)).toBe(before);
  });

  it.each([
    ['a missing field', {}],
    ['a wrong type', { title: ['x'], type: 'regulation' }],
    ['an oversized string', { title: '长'.repeat(201), type: 'regulation' }],
    ['an unknown enum value', { title: '服务质量管理制度', type: 'regulation', status: 'obsolete' }],
    ['an impossible date', { title: '服务质量管理制度', type: 'regulation', effectiveDate: '2026-02-30' }],
    ['review before effective date', { title: 'x', type: 'form', effectiveDate: '2026-05-01', nextReviewDate: '2026-04-01' }],
    ['too many tags', { title: 'x', type: 'form', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }],
    ['not an object', 'documents'],
  ])('rejects %s and changes nothing', async (_name, input) => {
    const { author } = await withAllRoles(t.backend);
    const before = snapshot(t.backend);
    const r = await author.raw('documents.create', input);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(snapshot(t.backend)).toBe(before);
  });

  it('refuses calls without a session, and with an unknown or signed-out session', async () => {
    const anon = client(t.backend);
    expect(await anon.raw('documents.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await client(t.backend, 'x'.repeat(43)).raw('documents.list', {}, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录。' },
    });
    const { executive } = await withAllRoles(t.backend);
    await executive.call('auth.signOut', {});
    expect(await executive.raw('documents.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a role that may not call the method, naming the roles that may', async () => {
    const { executive } = await withAllRoles(t.backend);
    const r = await executive.raw('documents.create', { title: '服务质量管理制度', type: 'regulation' }, 'zh-CN');
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!r.ok) expect(r.error.message).toContain('质量经理、编写人');
  });

  it('answers unknown ids with NOT_FOUND', async () => {
    const { quality_manager: qm } = await withAllRoles(t.backend);
    const r = await qm.raw('documents.get', { id: '01890a5d-ac96-774b-bcce-b302099a8057' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers a stale version with CONFLICT and keeps the newer data', async () => {
    const { quality_manager: qm, author } = await withAllRoles(t.backend);
    const doc = await author.call('documents.create', { title: '客户投诉处理办法', type: 'regulation' });
    await qm.call('documents.update', { id: doc.id, version: doc.version, title: '客户投诉处理管理办法' });
    const before = snapshot(t.backend);
    const r = await author.raw('documents.update', { id: doc.id, version: doc.version, title: '旧标题' }, 'zh-CN');
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '该记录已被他人修改，请刷新后再试。', details: { reason: 'record.stale' } },
    });
    expect(snapshot(t.backend)).toBe(before);
  });

  it('turns an unexpected failure into INTERNAL without leaking internals', async () => {
    const { quality_manager: qm } = await withAllRoles(t.backend);
    t.backend.store.sqlite.exec('DROP TABLE number_sequences');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const r = await qm.raw('documents.create', { title: '质量手册', type: 'manual' });
      expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: 'Internal error; nothing was changed.' } });
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    expect(await qm.call('documents.list', {})).toMatchObject({ total: 0 });
  });

  it('has an output schema for every method, checked on every answer in these tests', () => {
    expect(t.backend.checkOutputs).toBe(true);
    for (const def of Object.values(contract)) expect(def.output).toBeDefined();
  });

  it('signs in only with the right password', async () => {
    await withAllRoles(t.backend);
    const anon = client(t.backend);
    expect(await anon.raw('auth.signIn', { username: 'author', password: 'wrong password' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await anon.raw('auth.signIn', { username: 'author', password: PASSWORD })).toMatchObject({ ok: true });
  });
});
