// The document register at 100k rows: list (filter, sort, page) and lookup by number,
// through the full dispatch (validation, session, role, Kysely, mapping) against the same SQL as a raw
// better-sqlite3 prepared statement. Target: dispatch p95 ≤ 1.5 × raw p95 and < 5 ms.
import { join } from 'node:path';
import type { Input, MethodName } from '../../shared/api/contract';
import { dispatch } from '../../electron/backend/dispatch';
import { openTestBackend } from '../helpers/backend';
import { generateDocuments } from './generate';
import { measure, ms } from './measure';

/** Returns whether every target was met. */
export async function benchRegister(COUNT: number, RUNS: number): Promise<boolean> {

  const t = openTestBackend();
  t.backend.checkOutputs = false;
  const setup = await dispatch(t.backend, 'auth.setup', { username: 'bench', displayName: '基准', password: 'bench-password' }, { locale: 'zh-CN' });
  if (!setup.ok) throw new Error(setup.error.message);
  const session = (setup.data as { token: string; user: { id: string; displayName: string } });
  console.log(`Generating ${COUNT.toLocaleString('en')} documents and their audit-trail entries in ${join(t.dir, 'qms.sqlite')} …`);
  const genStart = Date.now();
  const { departments } = generateDocuments(t.backend.store.sqlite, COUNT, { id: session.user.id, displayName: session.user.displayName });
  console.log(`  generated in ${((Date.now() - genStart) / 1000).toFixed(1)} s\n`);

  const sqlite = t.backend.store.sqlite;
  const SELECT = `SELECT d.*, dep.name AS department_name, u.display_name AS owner_name,
      (SELECT json_group_array(user_id) FROM document_approvers WHERE document_id = d.id) AS approver_ids,
      EXISTS (SELECT 1 FROM revisions WHERE document_id = d.id) AS controlled,
      (SELECT json_object('revisionId', id, 'label', label, 'effectiveDate', effective_date) FROM revisions
        WHERE document_id = d.id AND status = 'approved' AND effective_date IS NOT NULL) AS pending,
      (d.status = 'draft' AND NOT EXISTS (SELECT 1 FROM revisions WHERE document_id = d.id AND (status != 'draft' OR round > 0))) AS deletable
    FROM documents AS d LEFT JOIN departments AS dep ON dep.id = d.department_id LEFT JOIN users AS u ON u.id = d.owner_id`;
  const dept = departments[3]!.id;
  const numbers = sqlite.prepare('SELECT number FROM documents ORDER BY random() LIMIT 1000').pluck().all() as string[];

  interface Scenario<M extends MethodName> {
    name: string;
    method: M;
    input: (i: number) => Input<M>;
    raw: (i: number) => unknown;
  }

  /** The statements the service runs: a count, then the page (large results read along the sort index). */
  function rawList(where: string, order: string, params: unknown[], limit: number, offset: number) {
    const count = sqlite.prepare(`SELECT count(*) AS n FROM documents AS d WHERE ${where}`);
    const n = (count.get(...params) as { n: number }).n;
    const pageWhere = n > 2000 ? where.replace(/\bd\.(status|type|department_id)\b/g, '+d.$1') : where;
    const page = sqlite.prepare(`${SELECT} WHERE ${pageWhere} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`);
    return () => [count.get(...params), page.all(...params)];
  }

  const scenarios = [
    {
      name: 'list: status=effective, by number, page 10',
      method: 'documents.list',
      input: () => ({ statuses: ['effective'], sort: 'number', dir: 'asc', page: 10, pageSize: 20 }),
      raw: rawList('d.status IN (?)', 'd.number ASC', ['effective'], 20, 180),
    } satisfies Scenario<'documents.list'>,
    {
      name: 'list: type+department, by updated desc',
      method: 'documents.list',
      input: () => ({ types: ['procedure'], departmentId: dept, sort: 'updatedAt', dir: 'desc', pageSize: 20 }),
      raw: rawList('d.type IN (?) AND d.department_id = ?', 'd.updated_at DESC, d.number DESC', ['procedure', dept], 20, 0),
    } satisfies Scenario<'documents.list'>,
    {
      name: 'list: draft+obsolete, by title, page 3',
      method: 'documents.list',
      input: () => ({ statuses: ['draft', 'obsolete'], sort: 'title', dir: 'asc', page: 3, pageSize: 50 }),
      raw: rawList('d.status IN (?, ?)', 'd.title ASC, d.number ASC', ['draft', 'obsolete'], 50, 100),
    } satisfies Scenario<'documents.list'>,
    {
      name: 'lookup by number',
      method: 'documents.get',
      input: (i: number) => ({ number: numbers[i % numbers.length]! }),
      raw: (() => {
        const stmt = sqlite.prepare(`${SELECT} WHERE d.number = ?`);
        return (i: number) => stmt.get(numbers[i % numbers.length]);
      })(),
    } satisfies Scenario<'documents.get'>,
  ];

  console.log(`${'scenario'.padEnd(44)}${'raw p50'.padStart(11)}${'raw p95'.padStart(11)}${'api p50'.padStart(11)}${'api p95'.padStart(11)}   p95 ratio   target`);
  let allMet = true;
  for (const s of scenarios) {
    const raw = await measure(RUNS, (i) => s.raw(i));
    const api = await measure(RUNS, async (i) => {
      const r = await dispatch(t.backend, s.method, s.input(i), { sessionToken: session.token, locale: 'zh-CN' });
      if (!r.ok) throw new Error(r.error.message);
    });
    const ratio = api.p95 / raw.p95;
    const met = ratio <= 1.5 && api.p95 < 5;
    allMet &&= met;
    console.log(`${s.name.padEnd(44)}${ms(raw.p50)}${ms(raw.p95)}${ms(api.p50)}${ms(api.p95)}   ${ratio.toFixed(2).padStart(6)}×    ${met ? 'met' : 'MISSED'}`);
  }
  console.log(`\n${COUNT.toLocaleString('en')} documents; targets (p95 ≤ 1.5× raw and < 5 ms): ${allMet ? 'all met' : 'NOT all met'}`);
  await t.close();
  return allMet;
}
