import { sql, type Kysely } from 'kysely';
import { CLAUSE_NUMBERS, ISO_9001_CLAUSES, type Clause } from '../../../shared/clauses/iso9001';
import type { Coverage, CoverageCell } from '../../../shared/audits/schemas';
import type { Database } from '../db/schema';
import { hasTable, unitNamer } from './audit-rows';
import { applicableClauses } from './clauses';

/**
 * The year's coverage: units × ISO 9001 clauses (and the organisation's processes). An audit covers the clauses
 * among its criteria for each unit it audits and for the units below them (auditing 客服部 samples its teams);
 * the organisation itself (top management) covers only itself. A cell is done when a closed audit covers it,
 * planned when a planned, running or reporting one does, otherwise a gap — justified when the programme records a
 * reason for that clause (for the unit or for the whole organisation) — or excluded when the clause does not apply.
 */
export async function coverageOf(db: Kysely<Database>, year: number, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<Coverage> {
  const units = await db.selectFrom('departments').select(['id', 'parent_id', 'name', 'sort_order', 'name_sort']).where('closed_at', 'is', null).execute();
  const children = new Map<string | null, typeof units>();
  for (const u of units) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u]);
  for (const list of children.values()) list.sort((a, b) => a.sort_order - b.sort_order || a.name_sort.localeCompare(b.name_sort));
  const ordered: { unitId: string; name: string; depth: number; parentId: string | null }[] = [];
  const named = await unitNamer(db);
  const walk = (parent: string | null, depth: number) => {
    for (const u of children.get(parent) ?? []) {
      ordered.push({ unitId: u.id, name: named(u.id, u.name), depth, parentId: u.parent_id });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  const index = new Map(ordered.map((u, i) => [u.unitId, i]));

  const applicable = new Set<string>(await applicableClauses(db));
  const processes = await db.selectFrom('processes').select(['id', 'code', 'name']).where('closed_at', 'is', null).orderBy('sort_order').orderBy('code').execute();

  // One query: each live audit's units and clause/process criteria, with its status.
  const audits = await db.selectFrom('audits').select(['id', 'status']).where('year', '=', year).where('status', '<>', 'cancelled').execute();
  const status = new Map(audits.map((a) => [a.id, a.status]));
  const ids = audits.map((a) => a.id);
  const [aUnits, aCrit] = ids.length
    ? await Promise.all([
        db.selectFrom('audit_units').select(['audit_id', 'unit_id']).where('audit_id', 'in', ids).where('removed_at', 'is', null).execute(),
        db.selectFrom('audit_criteria').select(['audit_id', 'kind', 'clause', 'process_id']).where('audit_id', 'in', ids).where('kind', '<>', 'revision').where('removed_at', 'is', null).execute(),
      ])
    : [[], []];

  const prog = await db.selectFrom('audit_programmes').select('id').where('year', '=', year).where('status', '<>', 'withdrawn').executeTakeFirst();
  const gaps = prog ? await db.selectFrom('audit_programme_gaps').select(['clause', 'unit_id']).where('programme_id', '=', prog.id).where('removed_at', 'is', null).execute() : [];
  const justifiedAll = new Set(gaps.filter((g) => g.unit_id === null).map((g) => g.clause));
  const justifiedUnit = new Set(gaps.filter((g) => g.unit_id !== null).map((g) => `${g.unit_id}|${g.clause}`));

  // state[u][c]: 2 done, 1 planned, 0 nothing.
  const clauseIdx = new Map(CLAUSE_NUMBERS.map((c, i) => [c as string, i]));
  const state = ordered.map(() => new Uint8Array(CLAUSE_NUMBERS.length));
  const covered = new Uint8Array(ordered.length);
  const clausesOf = new Map<string, number[]>();
  const processState = new Map<string, number>();
  for (const c of aCrit) {
    const level = status.get(c.audit_id) === 'closed' ? 2 : 1;
    if (c.kind === 'clause' && c.clause !== null && clauseIdx.has(c.clause)) clausesOf.set(c.audit_id, [...(clausesOf.get(c.audit_id) ?? []), clauseIdx.get(c.clause)!]);
    if (c.kind === 'process' && c.process_id) processState.set(c.process_id, Math.max(processState.get(c.process_id) ?? 0, level));
  }
  const below = (i: number): number[] => {
    const out = [i];
    const root = ordered[i]!.parentId === null;
    if (root) return out;
    for (let j = i + 1; j < ordered.length && ordered[j]!.depth > ordered[i]!.depth; j++) out.push(j);
    return out;
  };
  for (const u of aUnits) {
    const i = index.get(u.unit_id);
    if (i === undefined) continue;
    const level = status.get(u.audit_id) === 'closed' ? 2 : 1;
    for (const j of below(i)) {
      covered[j] = 1;
      for (const c of clausesOf.get(u.audit_id) ?? []) if (state[j]![c]! < level) state[j]![c] = level;
    }
  }
  const cellOf = (unitId: string, clause: string, s: number): CoverageCell => {
    if (!applicable.has(clause)) return 'excluded';
    if (s === 2) return 'done';
    if (s === 1) return 'planned';
    return justifiedAll.has(clause) || justifiedUnit.has(`${unitId}|${clause}`) ? 'justified' : 'gap';
  };
  const cells = ordered.map((u, i) => CLAUSE_NUMBERS.map((c, k) => cellOf(u.unitId, c, state[i]![k]!)));
  const anyCover = CLAUSE_NUMBERS.map((_c, k) => state.some((row) => row[k]! > 0));
  const uncoveredClauses = CLAUSE_NUMBERS.filter((c, k) => applicable.has(c) && !anyCover[k] && !justifiedAll.has(c)) as Clause[];

  return {
    year,
    units: ordered.map(({ unitId, name, depth }) => ({ unitId, name, depth })),
    clauses: CLAUSE_NUMBERS.map((c) => ({ clause: c, applicable: applicable.has(c) })),
    processes: processes.map((p) => ({ processId: p.id, code: p.code, name: p.name })),
    cells,
    processCells: processes.map((p) => (['gap', 'planned', 'done'] as const)[processState.get(p.id) ?? 0]!),
    uncoveredClauses,
    uncoveredUnits: ordered.filter((u, i) => u.parentId !== null && !covered[i]).map((u) => ({ unitId: u.unitId, name: u.name })),
    suggestions: await riskSuggestions(db, year, locale),
  };
}

/**
 * Risk-based frequency (9.2.2 a): units and clauses with findings (not withdrawn) last year are suggested for an
 * earlier or more frequent audit, most findings first. Reads the findings tables when they exist.
 */
export async function riskSuggestions(db: Kysely<Database>, year: number, locale: 'zh-CN' | 'en'): Promise<Coverage['suggestions']> {
  if (!(await hasTable(db, 'audit_findings'))) return [];
  const byUnit = await sql<{ unit_id: string; name: string; n: number }>`
    SELECT f.unit_id, d.name, count(*) AS n FROM audit_findings f JOIN departments d ON d.id = f.unit_id
    WHERE f.year = ${year - 1} AND f.status <> 'withdrawn' GROUP BY f.unit_id ORDER BY n DESC, d.name`.execute(db);
  const byClause = (await hasTable(db, 'audit_finding_clauses'))
    ? await sql<{ clause: string; n: number }>`
        SELECT c.clause, count(DISTINCT f.id) AS n FROM audit_finding_clauses c JOIN audit_findings f ON f.id = c.finding_id
        WHERE f.year = ${year - 1} AND f.status <> 'withdrawn' AND c.removed_at IS NULL GROUP BY c.clause ORDER BY n DESC, c.clause`.execute(db)
    : { rows: [] };
  const clauseName = (c: string) => ISO_9001_CLAUSES.find((x) => x.clause === c)?.[locale] ?? '';
  return [
    ...byUnit.rows.map((r) => ({ kind: 'unit' as const, unitId: r.unit_id, clause: null, label: r.name, findings: r.n })),
    ...byClause.rows.map((r) => ({ kind: 'clause' as const, unitId: null, clause: r.clause, label: `${r.clause} ${clauseName(r.clause)}`, findings: r.n })),
  ];
}
