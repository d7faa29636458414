// Corrective actions: the register (capa.list with filters, and the overdue count) over 20,000 corrective actions
// with 80,000 actions, through the full dispatch (validation, session, role, Kysely, mapping) against the same
// statements as raw better-sqlite3 prepared statements. Target: dispatch p95 ≤ 2 × raw p95 (context: < 10 ms and < 5 ms).
import { randomUUID } from 'node:crypto';
import { dispatch } from '../../electron/backend/dispatch';
import { nowIso } from '../../electron/backend/clock';
import { openTestBackend } from '../helpers/backend';
import { measure, ms } from './measure';

const ROOT = '00000000-0000-4000-8000-000000000001';
const STATES = ['open', 'analysing', 'acting', 'verifying', 'verified', 'closed', 'closed', 'closed', 'cancelled'];
const SEVERITIES = ['minor', 'major', 'critical'];
const SOURCES = ['inspection', 'complaint', 'external_audit', 'objective', 'other'];

export async function benchCapa(TOTAL: number, RUNS: number): Promise<boolean> {
  const t = openTestBackend();
  t.backend.checkOutputs = false;
  const setup = await dispatch(t.backend, 'auth.setup', { username: 'bench', displayName: '基准', password: 'bench-password' }, { locale: 'zh-CN' });
  if (!setup.ok) throw new Error(setup.error.message);
  const { token } = setup.data as { token: string };
  const sqlite = t.backend.store.sqlite;
  const at = nowIso();
  const units = Array.from({ length: 40 }, () => randomUUID());
  const people = Array.from({ length: 300 }, () => randomUUID());
  const start = Date.now();
  sqlite.transaction(() => {
    const unit = sqlite.prepare("INSERT INTO departments (id, parent_id, kind, name, sort_order, version, created_at, updated_at) VALUES (?, ?, 'department', ?, ?, 1, ?, ?)");
    units.forEach((id, i) => unit.run(id, ROOT, `部门${i}`, i, at, at));
    const person = sqlite.prepare('INSERT INTO people (id, name, version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)');
    people.forEach((id, i) => person.run(id, `员工${i}`, at, at));
    const capa = sqlite.prepare(
      `INSERT INTO capas (id, number, title, source_type, source_ref, unit_id, owner_person_id, severity, problem_what, raised_on, due_date, status, round, created_at, updated_at)
       VALUES (?, ?, ?, ?, '检查', ?, ?, ?, '问题描述', ?, ?, ?, ?, ?, ?)`,
    );
    const action = sqlite.prepare(
      `INSERT INTO actions (id, parent_type, parent_id, kind, description, owner_person_id, unit_id, due_date, status, created_at, updated_at)
       VALUES (?, 'capa', ?, 'corrective', '措施', ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < TOTAL; i++) {
      const id = randomUUID();
      const raised = new Date(Date.UTC(2022, 0, 1) + (i % 1600) * 86_400_000).toISOString().slice(0, 10);
      const due = new Date(Date.parse(raised) + 45 * 86_400_000).toISOString().slice(0, 10);
      const state = STATES[i % STATES.length]!;
      capa.run(id, `CA-${raised.slice(0, 4)}-${String(i).padStart(5, '0')}`, `纠正措施 ${i}`, SOURCES[i % SOURCES.length], units[i % units.length], people[i % people.length], SEVERITIES[i % 3], raised, due, state, 1 + (i % 17 === 0 ? 1 : 0), at, at);
      for (let k = 0; k < 4; k++) action.run(randomUUID(), id, people[(i + k) % people.length], units[i % units.length], due, state === 'closed' || k < 2 ? 'done' : 'open', at, at);
    }
  })();
  console.log(`Generated ${TOTAL.toLocaleString('en')} corrective actions with ${(TOTAL * 4).toLocaleString('en')} actions in ${((Date.now() - start) / 1000).toFixed(1)} s`);

  const WORKING = "('open', 'analysing', 'acting')";
  const page = sqlite.prepare(
    `SELECT c.id, c.number, c.title, c.source_type, c.source_ref, c.unit_id, c.owner_person_id, c.severity, c.status, c.raised_on, c.due_date, c.round,
            d.name AS unit_name, p.name AS owner_name,
            (SELECT count(*) FROM actions a WHERE a.parent_id = c.id AND a.parent_type = 'capa' AND a.status = 'open') AS open_actions
       FROM capas c JOIN departments d ON d.id = c.unit_id JOIN people p ON p.id = c.owner_person_id
      WHERE c.unit_id = ? AND c.status IN ${WORKING} AND c.due_date < ?
      ORDER BY c.raised_on DESC, c.number DESC LIMIT 20 OFFSET ?`,
  );
  const total = sqlite.prepare(`SELECT count(*) AS n FROM capas c WHERE c.unit_id = ? AND c.status IN ${WORKING} AND c.due_date < ?`);
  const counts = sqlite.prepare(`SELECT count(*) AS open, coalesce(sum(due_date < ?), 0) AS overdue FROM capas WHERE status IN ${WORKING}`);
  const today = at.slice(0, 10);

  const viaDispatch = await measure(RUNS, async (i) => {
    const res = await dispatch(t.backend, 'capa.list', { unitId: units[i % units.length], overdue: true, page: 1 + (i % 3) }, { sessionToken: token, locale: 'zh-CN' });
    if (!res.ok) throw new Error(res.error.message);
  });
  const raw = await measure(RUNS, (i) => [page.all(units[i % units.length], today, (i % 3) * 20), total.get(units[i % units.length], today), counts.get(today)]);
  const ratio = viaDispatch.p95 / raw.p95;
  console.log(`capa.list (unit + overdue) p50/p95: dispatch ${ms(viaDispatch.p50)} ${ms(viaDispatch.p95)}   raw ${ms(raw.p50)} ${ms(raw.p95)}   ratio p95 ${ratio.toFixed(2)}× (target ≤ 2×)`);

  const countsDispatch = await measure(RUNS, async () => {
    const res = await dispatch(t.backend, 'capa.counts', {}, { sessionToken: token, locale: 'zh-CN' });
    if (!res.ok) throw new Error(res.error.message);
  });
  const overdueActions = sqlite.prepare("SELECT count(*) AS n FROM actions WHERE status = 'open' AND due_date < ? AND parent_type = 'capa'");
  const alive = sqlite.prepare("SELECT count(*) AS open, sum(round > 1) AS ineffective FROM capas WHERE status IN ('open', 'analysing', 'acting', 'verifying', 'verified')");
  const countsRaw = await measure(RUNS, () => [alive.get(), counts.get(today), overdueActions.get(today)]);
  const ratio2 = countsDispatch.p95 / countsRaw.p95;
  console.log(`capa.counts (overdue count) p50/p95: dispatch ${ms(countsDispatch.p50)} ${ms(countsDispatch.p95)}   raw ${ms(countsRaw.p50)} ${ms(countsRaw.p95)}   ratio p95 ${ratio2.toFixed(2)}× (target ≤ 2×)`);
  await t.close();
  return ratio <= 2 && ratio2 <= 2;
}
