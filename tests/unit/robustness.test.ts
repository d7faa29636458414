import BetterSqlite3 from 'better-sqlite3';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { loadMigrations } from '../../electron/backend/db/migrations';
import { client, openTestBackend, snapshot, tempDir, withAllRoles, type TestBackend } from '../helpers/backend';
import { qms } from '../helpers/cli';
import { startTestHost } from '../helpers/web';

let t: (TestBackend & { host?: { url: string; port: number; token: string } }) | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** `blockquote` inside `blockquote` … `depth` levels deep. */
function nested(depth: number) {
  let node: Record<string, unknown> = { type: 'paragraph', content: [{ type: 'text', text: 'x' }] };
  for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] };
  return { schemaVersion: 1, doc: { type: 'doc', content: [node] } };
}

describe('bad input found by fuzzing', () => {
  it('refuses content nested thousands of levels deep with VALIDATION, before the content check recurses', async () => {
    t = openTestBackend();
    const { quality_manager: qm } = await withAllRoles(t.backend);
    const doc = await qm.call('documents.create', { title: '深层嵌套', type: 'regulation' });
    const draft = await qm.call('revisions.startDraft', { documentId: doc.id });
    const before = snapshot(t.backend);
    for (const id of [draft.id, '0190a6f5-0000-7000-8000-000000000000']) {
      const r = await qm.raw('revisions.save', { id, version: draft.version, content: nested(2000) });
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    // Deep JSON anywhere in any input is refused the same way.
    expect(await qm.raw('documents.list', { q: JSON.parse('['.repeat(5000) + ']'.repeat(5000)) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(snapshot(t.backend)).toBe(before);
    // Ordinary nesting (lists in lists) still saves.
    const saved = await qm.raw('revisions.save', { id: draft.id, version: draft.version, content: nested(20) });
    expect(saved.ok).toBe(true);
  });

  it('refuses ill-formed Unicode in any text field, so the trail hashes what is stored', async () => {
    const tmp = tempDir();
    onTestFinished(tmp.cleanup);
    t = openTestBackend(join(tmp.dir, 'q.sqlite'));
    const anon = client(t.backend);
    const before = snapshot(t.backend);
    const bad = await anon.raw('auth.setup', { username: 'admin', displayName: 'Ad\ud800min', password: 'correct horse 1' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: ['displayName'] }] } });
    expect(await anon.raw('auth.signIn', { username: 'a\udc00b', password: 'x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await anon.raw('auth.signIn', { ['u\ud800']: 1, username: 'a', password: 'x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(snapshot(t.backend)).toBe(before);
    // Well-formed astral characters (a surrogate pair) are fine.
    expect((await anon.raw('auth.setup', { username: 'admin', displayName: '管理员 𠮷', password: 'correct horse 1' })).ok).toBe(true);
    const file = t.file;
    await t.close();
    t = undefined;
    expect(await qms('verify', '--db', file)).toMatchObject({ code: 0 });
  });

  it('verifies a trail entry that holds a lone surrogate written by an older version (hash of what is stored)', async () => {
    const tmp = tempDir();
    onTestFinished(tmp.cleanup);
    t = openTestBackend(join(tmp.dir, 'q.sqlite'));
    const { quality_manager: qm } = await withAllRoles(t.backend);
    const { appendAudit } = await import('../../electron/backend/audit/trail');
    await t.backend.store.db.transaction().execute((trx) =>
      appendAudit(trx, { id: null, displayName: 'Ad\ud800min' }, { entity: 'user', entityId: 'x', action: 'update', after: { name: 'b\udc00' } }),
    );
    expect((await qm.call('audit.verify', {})).intact).toBe(true);
    const file = t.file;
    await t.close();
    t = undefined;
    expect(await qms('verify', '--db', file)).toMatchObject({ code: 0 });
  });

  it('answers malformed URL paths with 400 or 404, never 500', async () => {
    t = await startTestHost();
    const { port, token } = t.host!;
    const base = `http://127.0.0.1:${port}`;
    for (const [method, path] of [
      ['POST', '/rpc/%'],
      ['POST', '/rpc/%E0%A4%A'],
      ['POST', '/rpc/documents.list%'],
      ['GET', '/%'],
      ['GET', '/%E0%A4%A.js'],
      ['POST', '/rpc/%00'],
    ] as const) {
      const res = await fetch(`${base}${path}`, { method, headers: { 'x-qms-token': token, 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
      expect([400, 404], `${method} ${path}`).toContain(res.status);
    }
  });

  it('qms verify refuses a database from a newer version: clear message, exit 1, file untouched', async () => {
    const tmp = tempDir();
    try {
      const file = join(tmp.dir, 'newer.sqlite');
      const db = new BetterSqlite3(file);
      db.exec('CREATE TABLE future (x)');
      db.pragma(`user_version = ${loadMigrations(join(APP_ROOT, 'migrations')).length + 3}`);
      db.close();
      const bytes = readFileSync(file);
      for (const argv of [['verify', '--db', file], ['backup', '--db', file, '--out', join(tmp.dir, 'b.sqlite')]]) {
        const r = await qms(...argv);
        expect(r.code).toBe(1);
        expect(r.err).toContain('newer version');
        expect(r.out).not.toContain('ok');
      }
      expect(readFileSync(file).equals(bytes)).toBe(true);
      expect(readdirSync(tmp.dir)).toEqual(['newer.sqlite']);
    } finally {
      tmp.cleanup();
    }
  });

  it('keeps department codes unique after upper-casing', async () => {
    t = openTestBackend();
    const { quality_manager: qm } = await withAllRoles(t.backend);
    const qa = await qm.call('departments.create', { name: '质量部', code: 'QA' });
    for (const code of ['qa', 'QA', ' Qa ']) {
      expect(await qm.raw('departments.create', { name: `部门${code}`, code })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', details: { reason: 'departments.codeTaken' } },
      });
    }
    const ops = await qm.call('departments.create', { name: '运营部', code: 'OPS' });
    expect(await qm.raw('departments.update', { id: ops.id, version: ops.version, code: 'qa' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Keeping one's own code, and several departments without a code, are fine.
    expect((await qm.raw('departments.update', { id: qa.id, version: qa.version, code: 'qa' })).ok).toBe(true);
    expect((await qm.raw('departments.create', { name: '甲', code: '' })).ok).toBe(true);
    expect((await qm.raw('departments.create', { name: '乙' })).ok).toBe(true);
  });
});
