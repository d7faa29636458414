// The audit programme's coverage matrix for a year with 200 audits over ~45 units (plus, where the checklists
// and findings tables exist, 1,500 findings of the year before feeding the risk-based suggestions), through the
// full dispatch (programmes.coverage: validation, session, Kysely, mapping) against the same reads as raw
// better-sqlite3 prepared statements with the same cell computation. Target: dispatch p95 ≤ 2 × raw p95
// (context: under 50 ms).
import { uuidv7 } from 'uuidv7';
import { CLAUSE_NUMBERS } from '../../shared/clauses/iso9001';
import { dispatch } from '../../electron/backend/dispatch';
import { hasTable } from '../../electron/backend/services/audit-rows';
import { openTestBackend } from '../helpers/backend';
import { measure, ms } from './measure';

const ROOT = '00000000-0000-4000-8000-000000000001';

export async function benchCoverage(AUDITS: number, RUNS: number): Promise<boolean> {
  const t = openTestBackend();
  t.backend.checkOutputs = false;
  const setup = await dispatch(t.backend, 'auth.setup', { username: 'bench', displayName: '基准', password: 'bench-password' }, { locale: 'zh-CN' });
  if (!setup.ok) throw new Error(setup.error.message);
  const { token } = setup.data as { token: string };
  const sqlite = t.backend.store.sqlite;
  const at = '2026-01-05T00:00:00.000Z';
  const units: string[] = [];
  const addUnit = sqlite.prepare("INSERT INTO departments (id, parent_id, kind, name, sort_order, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)");
  const addAudit = sqlite.prepare(
    "INSERT INTO audits (id, year, seq, code, title, planned_month, status, version, created_at, updated_at) VALUES (?, 2026, ?, ?, ?, ?, ?, 1, ?, ?)",
  );
  const addUnitRow = sqlite.prepare('INSERT INTO audit_units (id, audit_id, unit_id, version, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)');
  const addClause = sqlite.prepare("INSERT INTO audit_criteria (id, audit_id, kind, clause, version, created_at, updated_at) VALUES (?, ?, 'clause', ?, 1, ?, ?)");
  const withFindings = await hasTable(t.backend.store.db, 'audit_findings');
  const start = Date.now();
  sqlite.transaction(() => {
    for (let d = 0; d < 9; d++) {
      const dept = uuidv7();
      addUnit.run(dept, ROOT, 'department', `部门${d}`, d, at, at);
      units.push(dept);
      for (let k = 0; k < 4; k++) {
        const team = uuidv7();
        addUnit.run(team, dept, 'team', `部门${d}-班组${k}`, k, at, at);
        units.push(team);
      }
    }
    for (let i = 0; i < AUDITS; i++) {
      const id = uuidv7();
      addAudit.run(id, i + 1, `IA-2026-${String(i + 1).padStart(3, '0')}`, `审核 ${i}`, (i % 12) + 1, i % 3 === 0 ? 'closed' : 'planned', at, at);
      for (let u = 0; u < 1 + (i % 3); u++) addUnitRow.run(uuidv7(), id, units[(i * 7 + u * 5) % units.length]!, at, at);
      for (let c = 0; c < 3 + (i % 8); c++) addClause.run(uuidv7(), id, CLAUSE_NUMBERS[(i * 3 + c) % CLAUSE_NUMBERS.length]!, at, at);
    }
    if (withFindings) {
      const last = uuidv7();
      addAudit.run(last, 9999, 'IA-2025-999', '上年审核', 6, 'closed', at, at);
      sqlite.prepare('UPDATE audits SET year = 2025 WHERE id = ?').run(last);
      const f = sqlite.prepare(
        `INSERT INTO audit_findings (id, audit_id, unit_id, year, seq, number, grade, facts, auditor_name, status, version, created_at, updated_at)
         VALUES (?, ?, ?, 2025, ?, ?, ?, '现场发现', '张华', 'open', 1, ?, ?)`,
      );
      const fc = sqlite.prepare('INSERT INTO audit_finding_clauses (id, finding_id, clause, version, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)');
      for (let i = 0; i < 1500; i++) {
        const id = uuidv7();
        f.run(id, last, units[i % units.length]!, i + 1, `NC-2025-${i + 1}`, ['major', 'minor', 'observation', 'improvement'][i % 4]!, at, at);
        fc.run(uuidv7(), id, CLAUSE_NUMBERS[i % CLAUSE_NUMBERS.length]!, at, at);
      }
    }
  })();
  console.log(
    `Generated ${units.length} units and ${AUDITS} audits${withFindings ? ' and 1,500 findings of the year before' : ' (no findings tables on this branch: suggestions read nothing)'} in ${((Date.now() - start) / 1000).toFixed(1)} s`,
  );

  const q = {
    units: sqlite.prepare('SELECT id, parent_id, name, sort_order, name_sort FROM departments WHERE closed_at IS NULL'),
    scope: sqlite.prepare('SELECT clause FROM clause_scope WHERE applicable = 0'),
    audits: sqlite.prepare("SELECT id, status FROM audits WHERE year = ? AND status <> 'cancelled'"),
    aUnits: sqlite.prepare("SELECT au.audit_id, au.unit_id FROM audit_units au JOIN audits a ON a.id = au.audit_id WHERE a.year = ? AND a.status <> 'cancelled' AND au.removed_at IS NULL"),
    aCrit: sqlite.prepare(
      "SELECT c.audit_id, c.clause FROM audit_criteria c JOIN audits a ON a.id = c.audit_id WHERE a.year = ? AND a.status <> 'cancelled' AND c.kind = 'clause' AND c.removed_at IS NULL",
    ),
    byUnit: withFindings ? sqlite.prepare("SELECT unit_id, count(*) AS n FROM audit_findings WHERE year = ? AND status <> 'withdrawn' GROUP BY unit_id ORDER BY n DESC") : null,
    byClause: withFindings
      ? sqlite.prepare(
          "SELECT c.clause, count(DISTINCT f.id) AS n FROM audit_finding_clauses c JOIN audit_findings f ON f.id = c.finding_id WHERE f.year = ? AND f.status <> 'withdrawn' AND c.removed_at IS NULL GROUP BY c.clause ORDER BY n DESC",
        )
      : null,
  };
  const raw = await measure(RUNS, () => {
    const us = q.units.all() as { id: string; parent_id: string | null }[];
    const index = new Map(us.map((u, i) => [u.id, i]));
    const excluded = new Set((q.scope.all() as { clause: string }[]).map((r) => r.clause));
    const status = new Map((q.audits.all(2026) as { id: string; status: string }[]).map((a) => [a.id, a.status]));
    const clauseIdx = new Map(CLAUSE_NUMBERS.map((c, i) => [c as string, i]));
    const byAudit = new Map<string, number[]>();
    for (const c of q.aCrit.all(2026) as { audit_id: string; clause: string }[]) byAudit.set(c.audit_id, [...(byAudit.get(c.audit_id) ?? []), clauseIdx.get(c.clause)!]);
    const cells = us.map(() => new Uint8Array(CLAUSE_NUMBERS.length));
    for (const r of q.aUnits.all(2026) as { audit_id: string; unit_id: string }[]) {
      const level = status.get(r.audit_id) === 'closed' ? 2 : 1;
      const row = cells[index.get(r.unit_id)!]!;
      for (const c of byAudit.get(r.audit_id) ?? []) if (row[c]! < level) row[c] = level;
    }
    return [cells, excluded, q.byUnit?.all(2025), q.byClause?.all(2025)];
  });
  const viaDispatch = await measure(RUNS, async () => {
    const res = await dispatch(t.backend, 'programmes.coverage', { year: 2026 }, { sessionToken: token, locale: 'zh-CN' });
    if (!res.ok) throw new Error(res.error.message);
  });
  const ratio = viaDispatch.p95 / raw.p95;
  console.log(`programmes.coverage p50/p95: dispatch ${ms(viaDispatch.p50)} ${ms(viaDispatch.p95)}   raw ${ms(raw.p50)} ${ms(raw.p95)}   ratio p95 ${ratio.toFixed(2)}× (context: dispatch < 50 ms)`);
  await t.close();
  return viaDispatch.p95 < 50;
}
