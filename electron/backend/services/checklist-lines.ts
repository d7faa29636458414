import type { Kysely } from 'kysely';
import type { Attachment } from '../../../shared/attachments/contract';
import type { ChecklistLine } from '../../../shared/audits/checklists';
import { AUDIT_OPEN_STATES } from '../../../shared/audits/lifecycle';
import type { Caller } from '../context';
import type { Database } from '../db/schema';
import type { ChecklistLinesTable } from '../db/schema-checklists';
import { AppError, notFound } from '../errors';
import { citeArticle } from './regulation-articles';
import { mayWorkOnAudit } from './findings-rights';

/** Reading and checking checklist lines and their audit; the handlers are in ./checklists. */

export const auditCodeOf = (a: { code: string | null; provisional_code: string | null }) => a.code ?? a.provisional_code ?? '';

export async function auditRow(db: Kysely<Database>, auditId: string) {
  const a = await db.selectFrom('audits').selectAll().where('id', '=', auditId).executeTakeFirst();
  if (!a) throw notFound('audit', auditId);
  return a;
}

const STATE_NAMES: Record<string, string> = { closed: '关闭 / closed', cancelled: '取消 / cancelled' };

/** The audit still takes work (results, findings): not closed, not cancelled. */
export function assertAuditOpen(a: { status: string }) {
  if (!(AUDIT_OPEN_STATES as readonly string[]).includes(a.status)) throw new AppError('CONFLICT', 'checklists.auditClosed', { state: STATE_NAMES[a.status] ?? a.status });
}

export async function assertMayWork(db: Kysely<Database>, caller: Caller, auditId: string) {
  if (!(await mayWorkOnAudit(db, caller, auditId))) throw new AppError('FORBIDDEN', 'checklists.notAuditor');
}

/** The citation columns for an article of an effective revision (refused for any other revision). */
export async function citationColumns(db: Kysely<Database>, ref: { revisionId: string; nodeId: string } | null): Promise<CitationRow> {
  if (!ref) return { revision_id: null, node_id: null, cited_document: null, cited_revision_label: null, cited_label: null, cited_text: null };
  const { source, article } = await citeArticle(db, ref.revisionId, ref.nodeId);
  return {
    revision_id: source.revisionId,
    node_id: article.nodeId,
    cited_document: `${source.documentNumber}\u0001${source.documentTitle}`,
    cited_revision_label: source.revisionLabel,
    cited_label: article.label,
    cited_text: article.text,
  };
}

export type CitationRow = Pick<ChecklistLinesTable, 'revision_id' | 'node_id' | 'cited_document' | 'cited_revision_label' | 'cited_label' | 'cited_text'>;

export function citationOf(r: CitationRow) {
  if (!r.revision_id || !r.node_id) return null;
  const [documentNumber = '', documentTitle = ''] = (r.cited_document ?? '').split('\u0001');
  return { revisionId: r.revision_id, nodeId: r.node_id, documentNumber, documentTitle, revisionLabel: r.cited_revision_label ?? '', label: r.cited_label ?? '', text: r.cited_text ?? '' };
}

interface LinkedFile {
  owner: string;
  id: string;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  created_at: string;
  has_thumbnail: number;
}

function grouped(rows: LinkedFile[]): Map<string, Attachment[]> {
  const out = new Map<string, Attachment[]>();
  for (const r of rows) {
    const list = out.get(r.owner) ?? [];
    list.push({ id: r.id, name: r.name, mediaType: r.media_type, size: r.size, sha256: r.sha256, width: r.width, height: r.height, hasThumbnail: r.has_thumbnail === 1, createdAt: r.created_at });
    out.set(r.owner, list);
  }
  return out;
}

const FILE_COLUMNS = ['a.id', 'a.name', 'a.media_type', 'a.size', 'a.sha256', 'a.width', 'a.height', 'a.created_at'] as const;

/** The files linked (and not unlinked) to each checklist line. */
export async function lineAttachments(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return new Map<string, Attachment[]>();
  const rows = await db
    .selectFrom('checklist_line_attachments as l')
    .innerJoin('attachments as a', 'a.id', 'l.attachment_id')
    .select(['l.line_id as owner', ...FILE_COLUMNS])
    .select((eb) => eb.case().when('a.thumbnail', 'is not', null).then(1).else(0).end().as('has_thumbnail'))
    .where('l.line_id', 'in', ids)
    .where('l.removed_at', 'is', null)
    .orderBy('l.created_at')
    .execute();
  return grouped(rows);
}

/** The evidence files linked to each finding. */
export async function findingAttachments(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return new Map<string, Attachment[]>();
  const rows = await db
    .selectFrom('audit_finding_attachments as l')
    .innerJoin('attachments as a', 'a.id', 'l.attachment_id')
    .select(['l.finding_id as owner', ...FILE_COLUMNS])
    .select((eb) => eb.case().when('a.thumbnail', 'is not', null).then(1).else(0).end().as('has_thumbnail'))
    .where('l.finding_id', 'in', ids)
    .where('l.removed_at', 'is', null)
    .orderBy('l.created_at')
    .execute();
  return grouped(rows);
}

export async function linesOf(db: Kysely<Database>, where: { auditId?: string; ids?: string[] }): Promise<ChecklistLine[]> {
  let q = db
    .selectFrom('checklist_lines as l')
    .leftJoin('departments as d', 'd.id', 'l.unit_id')
    .leftJoin('users as u', 'u.id', 'l.updated_by')
    .selectAll('l')
    .select(['d.name as unit_name', 'u.display_name as updated_by_name'])
    .where('l.removed_at', 'is', null);
  if (where.auditId) q = q.where('l.audit_id', '=', where.auditId);
  if (where.ids) q = q.where('l.id', 'in', where.ids.length ? where.ids : ['']);
  const rows = await q.orderBy('l.position').execute();
  const ids = rows.map((r) => r.id);
  const files = await lineAttachments(db, ids);
  const findings = ids.length
    ? await db.selectFrom('audit_findings').select(['id', 'line_id', 'number', 'provisional_number']).where('line_id', 'in', ids).where('status', '<>', 'withdrawn').execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    auditId: r.audit_id,
    unitId: r.unit_id,
    unitName: r.unit_name ?? null,
    position: r.position,
    clause: r.clause,
    article: citationOf(r),
    question: r.question,
    method: r.method as ChecklistLine['method'],
    record: r.record,
    result: r.result as ChecklistLine['result'],
    updatedByName: r.updated_by_name ?? null,
    attachments: files.get(r.id) ?? [],
    findings: findings.filter((f) => f.line_id === r.id).map((f) => ({ id: f.id, number: f.number ?? f.provisional_number ?? '' })),
  }));
}

export async function lineOf(db: Kysely<Database>, id: string): Promise<ChecklistLine> {
  const [line] = await linesOf(db, { ids: [id] });
  if (!line) throw notFound('checklistLine', id);
  return line;
}
