// A bounded schema-driven fuzz of the real web host: every method listed by GET /rpc gets malformed payloads
// (wrong types per field, huge strings, deep nesting, lone surrogates, NUL), and malformed paths are tried.
// Nothing may answer 5xx or INTERNAL, refused input changes nothing, and the trail verifies afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, PASSWORD, snapshot, withAllRoles } from '../helpers/backend';
import { qms } from '../helpers/cli';
import { startTestHost } from '../helpers/web';

let host: Awaited<ReturnType<typeof startTestHost>>;
let base: string;
let session: string;

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
}

const DEEP = '['.repeat(3000) + ']'.repeat(3000);
const deepObject = () => JSON.parse('{"a":'.repeat(500) + '1' + '}'.repeat(500)) as unknown;
const HUGE = 'x'.repeat(200_000);
/** Values that are wrong for most fields, or malformed for every one. */
const BAD_VALUES: unknown[] = [null, 1e20, -1, 1.5, true, 'text', '', 'Ad\ud800min', 'ab\u0000c', '\udfff', HUGE, [], [1, 'a'], {}, { $gt: '' }, deepObject()];
/** Whole bodies that are not the expected object at all. */
const BAD_BODIES = ['[]', '"string"', '42', 'null', DEEP, '{"__proto__":{"admin":true}}', '{"a":"\\ud800"}', '{"a":"\\u0000"}'];

async function post(path: string, body: string) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'x-qms-token': host.host.token, 'x-qms-session': session, 'content-type': 'application/json', 'x-qms-locale': 'en' },
    body,
  });
  const text = await res.text();
  return { status: res.status, text };
}

beforeAll(async () => {
  host = await startTestHost();
  base = `http://127.0.0.1:${host.host.port}`;
  const { quality_manager } = await withAllRoles(host.backend);
  session = quality_manager.token!;
});
afterAll(() => host?.close());

describe('fuzzing the web host', () => {
  it('answers every method given malformed payloads without 5xx or INTERNAL, and refused input changes nothing', async () => {
    const catalog = (await (await fetch(`${base}/rpc`, { headers: { 'x-qms-token': host.host.token } })).json()) as { method: string; input: JsonSchema }[];
    expect(catalog.length).toBeGreaterThan(40);
    const failures: string[] = [];
    let sent = 0;
    // Session-ending methods last, so the rest run signed in.
    const methods = [...catalog].sort((a, b) => Number(a.method === 'auth.signOut') - Number(b.method === 'auth.signOut'));
    for (const { method, input } of methods) {
      const fields = Object.keys(input.properties ?? {});
      const bodies = [...BAD_BODIES, ...fields.flatMap((f) => BAD_VALUES.map((v) => JSON.stringify({ [f]: v })))];
      // Every field wrong at once, with each kind of bad value.
      for (const v of BAD_VALUES) bodies.push(JSON.stringify(Object.fromEntries(fields.map((f) => [f, v]))));
      const before = snapshot(host.backend);
      let accepted = false;
      for (const body of bodies) {
        const r = await post(`/rpc/${method}`, body);
        sent++;
        if (r.status >= 500 || r.text.includes('"INTERNAL"')) failures.push(`${method} ${body.slice(0, 80)} → ${r.status} ${r.text.slice(0, 120)}`);
        if (r.status === 200) accepted = true;
      }
      if (!accepted) expect(snapshot(host.backend), `${method}: refused input changed the database`).toBe(before);
    }
    expect(failures).toEqual([]);
    expect(sent).toBeLessThan(15_000);
  }, 240_000);

  it('answers malformed paths with 4xx', async () => {
    const paths = [
      '/rpc/%', '/rpc/%E0%A4%A', '/rpc/documents.list%', '/rpc/%ff%fe', '/rpc/%00', '/rpc/..%2f..%2fetc', '/rpc/__proto__',
      '/rpc/constructor', '/rpc/toString', `/rpc/${'a'.repeat(5000)}`, '/rpc/documents.list/extra', '/rpc//', '/rpc/%C0%AF',
    ];
    for (const path of paths) {
      const r = await post(path, '{}');
      expect(r.status, path).toBeGreaterThanOrEqual(400);
      expect(r.status, path).toBeLessThan(500);
    }
    for (const path of ['/%', '/%E0%A4%A', '/%00', '/..%2f..%2fpackage.json', '/assets/%ff.js', '/a%']) {
      const res = await fetch(`${base}${path}`, { headers: { 'x-qms-token': host.host.token } });
      expect([200, 400, 404], path).toContain(res.status);
      if (res.status === 200) expect(await res.text()).toContain('<!doctype html'); // the app's client-side routes
    }
  });

  it('leaves the trail intact: qms verify is clean afterwards', async () => {
    const anon = client(host.backend);
    const manager = client(host.backend, (await anon.call('auth.signIn', { username: 'manager', password: PASSWORD })).token);
    expect(await manager.call('audit.verify', {})).toMatchObject({ intact: true });
    expect(await qms('verify', '--db', host.file)).toMatchObject({ code: 0 });
  });
});
