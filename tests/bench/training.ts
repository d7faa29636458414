// Competence gaps: 5,000 staff, 200 topics and 50,000 training records. A page of the gap matrix (50 people ×
// all their required topics) and the per-unit gap counts, each through the full dispatch (validation, session,
// role, rights, Kysely, mapping) against the same computation as one raw better-sqlite3 statement.
// The ratio decides (target p95 ≤ 1.5 × raw); context: under 200 ms.
import { uuidv7 } from 'uuidv7';
import { dispatch } from '../../electron/backend/dispatch';
import { today } from '../../electron/backend/services/revision-lifecycle';
import { ROOT_UNIT_ID } from '../../electron/backend/services/departments';
import { matrixPeoplePageQuery, unitCountsQuery, unitPeopleCount } from '../../electron/backend/services/training-gaps';
import { openTestBackend } from '../helpers/backend';
import { measure, ms } from './measure';

export async function benchTraining(STAFF: number, TOPICS: number, RECORDS: number, RUNS: number): Promise<boolean> {
  const t = openTestBackend();
  t.backend.checkOutputs = false;
  const setup = await dispatch(t.backend, 'auth.setup', { username: 'bench', displayName: '基准', password: 'bench-password' }, { locale: 'zh-CN' });
  if (!setup.ok) throw new Error(setup.error.message);
  const { token } = setup.data as { token: string };
  const sqlite = t.backend.store.sqlite;
  const at = new Date().toISOString();
  const start = Date.now();
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648), seed % n);
  const departments: string[] = [];
  const units: string[] = [];
  sqlite.transaction(() => {
    const unit = sqlite.prepare("INSERT INTO departments (id, parent_id, kind, name, sort_order, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)");
    for (let d = 0; d < 10; d++) {
      const id = uuidv7();
      unit.run(id, ROOT_UNIT_ID, 'department', `部门${d}`, d, at, at);
      departments.push(id);
      for (let b = 0; b < 5; b++) {
        const team = uuidv7();
        unit.run(team, id, 'team', `班组${d}-${b}`, b, at, at);
        units.push(team);
      }
    }
    const topic = sqlite.prepare('INSERT INTO training_topics (id, title, document_id, validity_months, version, created_at, updated_at) VALUES (?, ?, NULL, ?, 1, ?, ?)');
    const topics = Array.from({ length: TOPICS }, (_, i) => {
      const id = uuidv7();
      topic.run(id, `培训主题 ${i}`, i % 4 === 0 ? 12 : null, at, at);
      return id;
    });
    const position = sqlite.prepare("INSERT INTO positions (id, department_id, title, version, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)");
    const link = sqlite.prepare('INSERT OR IGNORE INTO position_topics (position_id, topic_id) VALUES (?, ?)');
    const positions = units.flatMap((u, i) =>
      [0, 1].map((k) => {
        const id = uuidv7();
        position.run(id, u, `岗位${i}-${k}`, at, at);
        for (let j = 0; j < 6; j++) link.run(id, topics[rand(TOPICS)]!);
        return id;
      }),
    );
    const person = sqlite.prepare('INSERT INTO people (id, name, version, created_at, updated_at) VALUES (?, ?, 1, ?, ?)');
    const hold = sqlite.prepare('INSERT INTO person_positions (person_id, position_id, is_primary, created_at) VALUES (?, ?, 1, ?)');
    const people = Array.from({ length: STAFF }, (_, i) => {
      const id = uuidv7();
      person.run(id, `员工${String(i).padStart(5, '0')}`, at, at);
      hold.run(id, positions[i % positions.length]!, at);
      return { id, position: positions[i % positions.length]! };
    });
    const required = new Map<string, string[]>();
    for (const p of positions) required.set(p, (sqlite.prepare('SELECT topic_id FROM position_topics WHERE position_id = ?').pluck().all(p) as string[]));
    const session = sqlite.prepare("INSERT INTO training_sessions (id, topic_id, held_on, trainer, hours, method, created_at) VALUES (?, ?, ?, '张华', 2, 'classroom', ?)");
    const attend = sqlite.prepare("INSERT OR IGNORE INTO training_attendance (session_id, person_id, result) VALUES (?, ?, 'passed')");
    let written = 0;
    while (written < RECORDS) {
      const id = uuidv7();
      const topicId = topics[rand(TOPICS)]!;
      session.run(id, topicId, new Date(Date.UTC(2025, 0, 1) + rand(690) * 86_400_000).toISOString().slice(0, 10), at);
      for (let k = 0; k < 10 && written < RECORDS; k++) {
        const p = people[rand(STAFF)]!;
        // Mostly people who need the topic (their own position's topics), some who do not.
        const mine = required.get(p.position)!;
        const s = rand(3) === 0 ? id : null;
        if (s === null && mine.length) {
          const own = uuidv7();
          session.run(own, mine[rand(mine.length)]!, new Date(Date.UTC(2025, 0, 1) + rand(690) * 86_400_000).toISOString().slice(0, 10), at);
          written += attend.run(own, p.id).changes;
        } else written += attend.run(id, p.id).changes;
      }
    }
  })();
  sqlite.exec('ANALYZE');
  console.log(`Generated ${STAFF.toLocaleString('en')} staff, ${TOPICS} topics, ${RECORDS.toLocaleString('en')} training records in ${((Date.now() - start) / 1000).toFixed(1)} s`);

  const db = t.backend.store.db;
  const day = today();
  const unitId = departments[0]!; // a department of about 500 staff in 5 teams
  const people = (await unitPeopleCount(unitId).execute(db)).rows[0]!.n;
  const pages = Math.ceil(people / 50);
  const pageSql = matrixPeoplePageQuery(unitId, day, 50, 0).compile(db).sql;
  const page = sqlite.prepare(pageSql);
  const pageParams = Array.from({ length: pages }, (_, i) => matrixPeoplePageQuery(unitId, day, 50, i * 50).compile(db).parameters as unknown[]);
  const count = unitPeopleCount(unitId).compile(db);
  const countStmt = sqlite.prepare(count.sql);
  const cells = (page.all(...pageParams[0]!) as unknown[]).length;
  const viaDispatch = await measure(RUNS, async (i) => {
    const res = await dispatch(t.backend, 'training.matrix', { unitId, page: (i % pages) + 1, pageSize: 50 }, { sessionToken: token, locale: 'zh-CN' });
    if (!res.ok) throw new Error(res.error.message);
  });
  const raw = await measure(RUNS, (i) => [page.all(...pageParams[i % pages]!), countStmt.get(...(count.parameters as unknown[]))]);
  const ratio = viaDispatch.p95 / raw.p95;
  console.log(`training.matrix (${people} people, 50 a page, ${cells} cells) p50/p95: dispatch ${ms(viaDispatch.p50)} ${ms(viaDispatch.p95)}   raw ${ms(raw.p50)} ${ms(raw.p95)}   ratio p95 ${ratio.toFixed(2)}× (target ≤ 1.5×)`);

  const counts = unitCountsQuery(ROOT_UNIT_ID, day).compile(db);
  const countsStmt = sqlite.prepare(counts.sql);
  const COUNT_RUNS = Math.max(20, Math.floor(RUNS / 20));
  const countsDispatch = await measure(COUNT_RUNS, async () => {
    const res = await dispatch(t.backend, 'training.unitCounts', {}, { sessionToken: token, locale: 'zh-CN' });
    if (!res.ok) throw new Error(res.error.message);
  });
  const countsRaw = await measure(COUNT_RUNS, () => countsStmt.all(...(counts.parameters as unknown[])));
  const countsRatio = countsDispatch.p95 / countsRaw.p95;
  console.log(`training.unitCounts (${STAFF.toLocaleString('en')} staff, 50 units) p50/p95: dispatch ${ms(countsDispatch.p50)} ${ms(countsDispatch.p95)}   raw ${ms(countsRaw.p50)} ${ms(countsRaw.p95)}   ratio p95 ${countsRatio.toFixed(2)}× (target ≤ 1.5×)`);
  await t.close();
  return ratio <= 1.5 && countsRatio <= 1.5;
}

// Run alone: npx tsx tests/bench/training.ts
if (process.argv[1]?.endsWith('training.ts')) await benchTraining(5_000, 200, 50_000, Number(process.env.QMS_BENCH_RUNS ?? 200));
