import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { startWebHost, type WebHost } from '../../electron/web/server';
import { openTestBackend, PASSWORD, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let host: WebHost;

beforeAll(async () => {
  t = openTestBackend();
  writeFileSync(join(t.dir, 'index.html'), '<!doctype html><title>Service QMS</title>');
  host = await startWebHost({ backend: t.backend, staticDir: t.dir });
});
afterAll(async () => {
  await host.close();
  await t.close();
});

/** Raw HTTP, so Host and Origin headers can be forged the way a hostile page or DNS rebinding would. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
const auth = () => ({ 'x-qms-token': host.token, 'content-type': 'application/json' });
const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/rpc/${method}`, { method: 'POST', headers: { ...auth(), ...headers }, body: JSON.stringify(body) });

describe('the loopback web host', () => {
  it('listens on 127.0.0.1 and prints its URL with the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
  });

  it('refuses requests without the token or with a wrong one', async () => {
    expect((await send('/rpc')).status).toBe(401);
    expect((await send('/rpc', { headers: { 'x-qms-token': 'guess' } })).status).toBe(401);
    const page = await send('/?token=guess');
    expect(page.status).toBe(401);
    expect(page.body).toContain('启动时打印的地址');
  });

  it('refuses a foreign Host or Origin even with the token', async () => {
    expect((await send('/rpc', { headers: { ...auth(), host: `evil.example:${host.port}` } })).status).toBe(403);
    expect((await post('system.status', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post('system.status', {}, { origin: `http://localhost:${host.port}` })).status).toBe(200);
  });

  it('sets an HttpOnly cookie when the page is opened with the token, and serves the page with a CSP', async () => {
    const page = await send(`/?token=${host.token}`);
    expect(page.status).toBe(200);
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect((await send('/documents', { headers: { cookie } })).body).toContain('Service QMS');
    expect((await send('/../package.json', { headers: { cookie } })).status).toBe(404);
  });

  it('lists every method with its input JSON Schema at GET /rpc', async () => {
    const res = await send('/rpc', { headers: auth() });
    const list = JSON.parse(res.body) as { method: string; input: { type?: string } }[];
    expect(list.map((m) => m.method).sort()).toEqual(Object.keys(contract).sort());
    const create = list.find((m) => m.method === 'documents.create')!;
    expect(create.input).toMatchObject({ type: 'object', required: expect.arrayContaining(['title', 'type']) });
  });

  it('runs methods over POST /rpc/<method> with the session header and maps codes to statuses', async () => {
    const setup = await post('auth.setup', { username: 'zhanghua', displayName: '张华', password: PASSWORD });
    expect(setup.status).toBe(200);
    const token = JSON.parse(setup.body).data.token as string;
    const created = await post('documents.create', { title: '服务质量管理制度', type: 'regulation' }, { 'x-qms-session': token });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, data: { number: 'QM-R-001' } });
    expect((await post('documents.list', {})).status).toBe(401);
    const bad = await post('documents.create', { title: '' }, { 'x-qms-session': token, 'x-qms-locale': 'zh-CN' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/^输入有误/);
    expect((await post('documents.get', { number: 'nope' }, { 'x-qms-session': token })).status).toBe(404);
  });

  it('answers malformed JSON and oversized bodies with an error and stays up', async () => {
    const malformed = await send('/rpc/system.status', { method: 'POST', headers: auth(), body: '{"oops' });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const huge = await send('/rpc/system.status', { method: 'POST', headers: auth(), body: Buffer.alloc(33 * 1024 * 1024, 0x20) });
    expect(huge.status).toBe(413);
    expect((await post('system.status', {})).status).toBe(200);
  });
});
