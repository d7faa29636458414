// The task inbox: tasks.mine for a person with 500 open tasks among 200,000 stored tasks, through the full
// dispatch (validation, session, role, Kysely, mapping) against the handler's own SQL (taken from it) as a raw
// better-sqlite3 prepared statement, both warmed up alike. Target: dispatch p95 ≤ 1.5 × raw p95 (context: under 10 ms).
import { randomUUID } from 'node:crypto';
import { dispatch } from '../../electron/backend/dispatch';
import { nowIso } from '../../electron/backend/clock';
import { inboxPageStatement } from '../../electron/backend/services/tasks';
import { openTestBackend } from '../helpers/backend';
import { measure, ms } from './measure';

/** Returns whether the target was met. */
export async function benchTasks(TOTAL: number, MINE: number, RUNS: number): Promise<boolean> {
  const t = openTestBackend();
  t.backend.checkOutputs = false;
  const setup = await dispatch(t.backend, 'auth.setup', { username: 'bench', displayName: '基准', password: 'bench-password' }, { locale: 'zh-CN' });
  if (!setup.ok) throw new Error(setup.error.message);
  const { token, user } = setup.data as { token: string; user: { id: string } };
  const sqlite = t.backend.store.sqlite;
  const others = Array.from({ length: 400 }, (_, i) => `bench-user-${i}`);
  const addUser = sqlite.prepare("INSERT INTO users (id, username, display_name, role, password_hash, active, version, created_at, updated_at) VALUES (?, ?, ?, 'author', 'h', 1, 1, 'x', 'x')");
  const add = sqlite.prepare(
    `INSERT INTO tasks (id, kind, entity_type, entity_id, assignee_id, unit_id, from_name, parent_id, ref, title, label, detail, link, since, due_at, created_at, closed_at)
     VALUES (?, ?, 'revision', ?, ?, NULL, '张华', ?, ?, ?, 'A/1', ?, ?, ?, ?, ?, ?)`,
  );
  const start = Date.now();
  sqlite.transaction(() => {
    for (const id of others) addUser.run(id, id, id);
    for (let i = 0; i < TOTAL; i++) {
      const mine = i % Math.floor(TOTAL / MINE) === 0 && i / Math.floor(TOTAL / MINE) < MINE;
      const kind = i % 3 === 0 ? 'revise' : 'sign';
      const since = new Date(Date.UTC(2026, 0, 1) + (i % 20_000) * 3_600_000).toISOString();
      const due = new Date(Date.parse(since) + 5 * 86_400_000).toISOString();
      const doc = randomUUID();
      add.run(randomUUID(), kind, randomUUID(), mine ? user.id : others[i % others.length]!, doc, `QM-P-${i}`, `程序文件 ${i}`, kind === 'sign' ? 'approved' : '请补充', `/documents/${doc}/revisions/x`, since, due, since, !mine && i % 2 === 0 ? since : null);
    }
  })();
  const n = (sqlite.prepare('SELECT COUNT(*) AS n FROM tasks WHERE assignee_id = ? AND closed_at IS NULL').get(user.id) as { n: number }).n;
  console.log(`Generated ${TOTAL.toLocaleString('en')} tasks (${n} open for the caller) in ${((Date.now() - start) / 1000).toFixed(1)} s`);

    // The same SQL the handler runs for an unfiltered page (one statement: the counts left-joined to the page;
  // see pageWithCounts in services/tasks.ts), taken from it and prepared directly on better-sqlite3.
  const statement = inboxPageStatement(t.backend.store.db);
  const page = sqlite.prepare(statement.sql);
  const pages = Math.ceil(n / 20);
  // Both paths are warmed up alike (the JIT settles the longer JavaScript path later than the short one).
  const warmup = Number(process.env.QMS_BENCH_WARMUP ?? Math.max(300, Math.ceil(RUNS / 3)));
  const viaDispatch = await measure(
    RUNS,
    async (i) => {
      const res = await dispatch(t.backend, 'tasks.mine', { page: (i % pages) + 1, pageSize: 20 }, { sessionToken: token, locale: 'zh-CN' });
      if (!res.ok) throw new Error(res.error.message);
    },
    warmup,
  );
  const raw = await measure(RUNS, (i) => page.all(statement.bind({ userId: user.id, kind: '', at: nowIso(), limit: 20, offset: (i % pages) * 20 })), warmup);
  const ratio = viaDispatch.p95 / raw.p95;
  console.log(`tasks.mine p50/p95: dispatch ${ms(viaDispatch.p50)} ${ms(viaDispatch.p95)}   raw ${ms(raw.p50)} ${ms(raw.p95)}   ratio p95 ${ratio.toFixed(2)}× (target ≤ 1.5×)`);
  t.close();
  return ratio <= 1.5;
}
