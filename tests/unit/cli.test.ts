import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { tempDir } from '../helpers/backend';
import { qms } from '../helpers/cli';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());


// Several tests build the demo, which grows with every module (a year of corrective actions, risks): allow for it.
describe('qms CLI', { timeout: 180_000 }, () => {
  it('init creates a database and its first quality manager, once', async () => {
    const db = join(tmp.dir, 'qms.sqlite');
    expect(await qms('init', '--db', db, '--admin', 'zhanghua', '--password', 'Zhanghua@2026', '--name', '张华')).toMatchObject({ code: 0 });
    const me = await qms('call', 'auth.me', '--db', db, '--user', 'zhanghua', '--password', 'Zhanghua@2026');
    expect(JSON.parse(me.out)).toMatchObject({ ok: true, data: { displayName: '张华', role: 'quality_manager' } });
    const again = await qms('init', '--db', db, '--admin', 'other', '--password', 'Other@2026x');
    expect(again.code).toBe(1);
    expect(again.err).toContain('already been set up');
  });

  it('demo fills a new database and prints an account of every role; it refuses an existing file', async () => {
    const db = join(tmp.dir, 'demo.sqlite');
    const demo = await qms('demo', '--db', db);
    expect(demo.code).toBe(0);
    for (const role of ['Quality manager', 'Author', 'Auditor', 'Executive']) expect(demo.out).toContain(role);
    const list = await qms('call', 'documents.list', '{"q":"程序"}', '--db', db, '--user', 'chenjing', '--password', 'Chenjing@2026');
    expect(JSON.parse(list.out).data.total).toBe(7);
    expect((await qms('demo', '--db', db)).code).toBe(1);
  });

  it('call prints the error envelope and exits 1 when the call fails', async () => {
    const db = join(tmp.dir, 'demo.sqlite');
    await qms('demo', '--db', db);
    const denied = await qms('call', 'documents.create', '{"title":"x","type":"form"}', '--db', db, '--user', 'chenjing', '--password', 'Chenjing@2026');
    expect(denied.code).toBe(1);
    expect(JSON.parse(denied.out)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrong = await qms('call', 'auth.me', '--db', db, '--user', 'chenjing', '--password', 'nope');
    expect(JSON.parse(wrong.out)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const malformed = await qms('call', 'documents.list', '{oops', '--db', db, '--user', 'chenjing', '--password', 'Chenjing@2026');
    expect(malformed.code).toBe(1);
  });

  it('backup writes a consistent copy while another connection holds the database open', { timeout: 120_000 }, async () => {
    const db = join(tmp.dir, 'demo.sqlite');
    await qms('demo', '--db', db);
    const holder = new BetterSqlite3(db);
    holder.exec('BEGIN IMMEDIATE; UPDATE settings SET value = \'"uncommitted"\' WHERE key = \'organisationName\'');
    const out = join(tmp.dir, 'copy.sqlite');
    const result = await qms('backup', '--db', db, '--out', out);
    holder.exec('ROLLBACK');
    holder.close();
    expect(result.code).toBe(0);
    const copy = new BetterSqlite3(out, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(20);
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'organisationName'").pluck().get()).not.toContain('uncommitted');
    copy.close();
  });

  it('verify exits 0 on an intact database and 1 naming the broken entry after tampering', async () => {
    const db = join(tmp.dir, 'demo.sqlite');
    await qms('demo', '--db', db);
    expect(await qms('verify', '--db', db)).toMatchObject({ code: 0 });
    const raw = new BetterSqlite3(db);
    raw.prepare("UPDATE audit_log SET after = '{}' WHERE seq = 7").run();
    raw.close();
    const broken = await qms('verify', '--db', db);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('#7: hash');
  });

  it('gives a clear message for a file that is not a database, and leaves it alone', async () => {
    const file = join(tmp.dir, 'notes.txt');
    writeFileSync(file, 'hello');
    const r = await qms('verify', '--db', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('is not a database of this app');
  });

  it('prints usage for an unknown command', async () => {
    const r = await qms('explode');
    expect(r.code).toBe(2);
    expect(r.err).toContain('qms demo');
  });

  it('web (through the npx bin) prints one URL line and serves the API', async () => {
    expect(existsSync(join(APP_ROOT, 'dist', 'renderer', 'index.html'))).toBe(true);
    const db = join(tmp.dir, 'web.sqlite');
    const child = spawn(process.execPath, [join(APP_ROOT, 'bin', 'qms.mjs'), 'web', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /^URL: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const { origin, searchParams } = new URL(url);
      const res = await fetch(`${origin}/rpc/system.status`, { method: 'POST', headers: { 'x-qms-token': searchParams.get('token')! }, body: '{}' });
      expect(await res.json()).toMatchObject({ ok: true, data: { initialized: false } });
    } finally {
      child.kill('SIGTERM');
    }
  });
});
