import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { ApiResult, Locale } from '../../shared/api/envelope';
import type { Role } from '../../shared/auth/roles';
import { APP_ROOT } from '../../electron/backend/app-root';
import { createBackend } from '../../electron/backend/backend';
import type { Backend } from '../../electron/backend/context';
import { dispatch } from '../../electron/backend/dispatch';

export function tempDir(prefix = 'qms-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestBackend {
  backend: Backend;
  file: string;
  dir: string;
  close(): Promise<void>;
}

/** A real backend on a real SQLite file in a temp folder; every answer is checked against its schema. */
export function openTestBackend(file?: string): TestBackend {
  const tmp = file ? null : tempDir();
  const path = file ?? join(tmp!.dir, 'qms.sqlite');
  const backend = createBackend({ file: path, host: 'cli', appRoot: APP_ROOT, checkOutputs: true });
  return {
    backend,
    file: path,
    dir: tmp?.dir ?? '',
    close: async () => {
      await backend.store.close();
      tmp?.cleanup();
    },
  };
}

export interface Client {
  token: string | null;
  raw(method: string, input: unknown, locale?: Locale): Promise<ApiResult<unknown>>;
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
}

export function client(backend: Backend, token: string | null = null): Client {
  const c: Client = {
    token,
    raw: (method, input, locale = 'en') => dispatch(backend, method, input, { sessionToken: c.token, locale }),
    async call(method, input) {
      const r = await c.raw(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
      return r.data as Output<typeof method>;
    },
  };
  return c;
}

export const PASSWORD = 'correct horse 1';

/** Sets up the first quality manager and one account of every other role; returns a signed-in client each. */
export async function withAllRoles(backend: Backend): Promise<Record<Role, Client> & { ids: Record<Role, string> }> {
  const anon = client(backend);
  const setup = await anon.call('auth.setup', { username: 'manager', displayName: '质量经理', password: PASSWORD });
  const qm = client(backend, setup.token);
  const clients = { quality_manager: qm } as Record<Role, Client>;
  const ids = { quality_manager: setup.user.id } as Record<Role, string>;
  for (const role of ['author', 'auditor', 'executive'] as const) {
    const user = await qm.call('users.create', { username: role, displayName: role, role, password: PASSWORD });
    ids[role] = user.id;
    const session = await anon.call('auth.signIn', { username: role, password: PASSWORD });
    clients[role] = client(backend, session.token);
  }
  return { ...clients, ids };
}

/** Every row of every table, to prove a refused call changed nothing. */
export function snapshot(backend: Backend): string {
  const { sqlite } = backend.store;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  const rows = (t: string) => {
    try {
      return sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all();
    } catch {
      return sqlite.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all(); // WITHOUT ROWID (FTS5 shadow tables)
    }
  };
  return JSON.stringify(tables.map((t) => [t, rows(t)]));
}

/**
 * Every row except the account-security counters and the trail: a refused password check changes nothing
 * else, but it does count (and the count is in the trail).
 */
export function snapshotBesidesPasswordChecks(backend: Backend): string {
  return JSON.stringify(
    (JSON.parse(snapshot(backend)) as [string, unknown][]).filter(([t]) => !['account_security', 'audit_log', 'audit_head'].includes(t)),
  );
}
