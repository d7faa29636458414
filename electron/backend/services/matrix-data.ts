import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ISO_9001_CLAUSES } from '../../../shared/clauses/iso9001';
import type { Mark, Matrix, MatrixCell, MatrixColumn, MatrixRow } from '../../../shared/matrix/contract';
import type { MatrixState } from '../../../shared/matrix/lifecycle';
import type { UnitKind } from '../../../shared/departments/contract';
import type { Database, MatrixVersionsTable } from '../db/schema';
import { notFound } from '../errors';
import { applicableClauses } from './clauses';

/** The grid of one matrix version, without the caller-dependent parts (steps, editable). */
export type MatrixData = Omit<Matrix, 'steps' | 'signatures' | 'editable'>;

/** Rows now: the applicable clauses, then the open processes in their order. */
export async function liveRows(db: Kysely<Database>): Promise<MatrixRow[]> {
  const applicable = new Set<string>(await applicableClauses(db));
  const clauses = ISO_9001_CLAUSES.filter((c) => applicable.has(c.clause)).map((c) => ({
    key: `clause:${c.clause}`,
    kind: 'clause' as const,
    code: c.clause,
    nameZh: c['zh-CN'],
    nameEn: c.en,
  }));
  const processes = await db.selectFrom('processes').select(['id', 'code', 'name']).where('closed_at', 'is', null).orderBy('sort_order').orderBy('code').execute();
  return [...clauses, ...processes.map((p) => ({ key: `process:${p.id}`, kind: 'process' as const, code: p.code, nameZh: p.name, nameEn: p.name }))];
}

/** Columns now: the open units of a level, in the tree's sibling order. */
export async function liveColumns(db: Kysely<Database>, kind: string): Promise<MatrixColumn[]> {
  const units = await db
    .selectFrom('departments')
    .select(['id', 'name', 'code'])
    .where('kind', '=', kind)
    .where('closed_at', 'is', null)
    .orderBy('sort_order')
    .orderBy('name_sort')
    .execute();
  return units.map((u) => ({ unitId: u.id, name: u.name, code: u.code }));
}

export async function versionRow(db: Kysely<Database>, id: string): Promise<MatrixVersionsTable> {
  const row = await db.selectFrom('matrix_versions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('matrix_version', id);
  return row;
}

/** Rows without exactly one ★. */
export function ruleBreaks(rows: MatrixRow[], cells: MatrixCell[]): { row: string; leads: number }[] {
  const leads = new Map<string, number>();
  for (const c of cells) if (c.mark === 'lead') leads.set(c.row, (leads.get(c.row) ?? 0) + 1);
  return rows.filter((r) => (leads.get(r.key) ?? 0) !== 1).map((r) => ({ row: r.key, leads: leads.get(r.key) ?? 0 }));
}

/** A draft shows the scope and units as they are now; once submitted, what was submitted (and signed) stays. */
export async function matrixData(db: Kysely<Database>, row: MatrixVersionsTable): Promise<MatrixData> {
  const frozen = row.frozen_json ? (JSON.parse(row.frozen_json) as { rows: MatrixRow[]; columns: MatrixColumn[] }) : null;
  const rows = frozen?.rows ?? (await liveRows(db));
  const columns = frozen?.columns ?? (await liveColumns(db, row.level_kind));
  const rowKeys = new Set(rows.map((r) => r.key));
  const unitIds = new Set(columns.map((c) => c.unitId));
  const stored = await db.selectFrom('matrix_cells').select(['row_key', 'unit_id', 'mark']).where('version_id', '=', row.id).execute();
  const cells = stored
    .filter((c) => rowKeys.has(c.row_key) && unitIds.has(c.unit_id))
    .map((c) => ({ row: c.row_key, unitId: c.unit_id, mark: c.mark as Mark }));
  return {
    id: row.id,
    number: row.number,
    levelKind: row.level_kind as Exclude<UnitKind, 'organisation'>,
    state: row.state as MatrixState,
    effectiveAt: row.effective_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    rows,
    columns,
    cells,
    breaks: ruleBreaks(rows, cells),
  };
}

/** 内容指纹 of what is signed: rows, columns and marks in a fixed order. */
export function matrixHash(d: Pick<MatrixData, 'rows' | 'columns' | 'cells'>): string {
  const cells = [...d.cells].sort((a, b) => (a.row + a.unitId).localeCompare(b.row + b.unitId));
  return createHash('sha256')
    .update(JSON.stringify({ rows: d.rows.map((r) => [r.key, r.code, r.nameZh]), columns: d.columns.map((c) => [c.unitId, c.name]), cells }))
    .digest('hex');
}

export const rowLabel = (r: MatrixRow, locale: string) => `${r.code} ${locale === 'en' ? r.nameEn : r.nameZh}`;
