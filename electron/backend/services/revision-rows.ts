import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { contentSchema, contentText, MAX_IMAGE_BYTES, MAX_IMAGES_TOTAL_BYTES, type Content } from '../../../shared/editor/content';
import { ensureNodeIds, withoutNodeIds } from '../../../shared/editor/node-ids';
import type { Language } from '../../../shared/editor/structure';
import type { RevisionStatus, RevisionSummary } from '../../../shared/revisions/contract';
import { DEFAULT_ROUTE } from '../../../shared/routes/contract';
import type { Caller } from '../context';
import { mayOn } from './revision-route';
import { revisionRoute, routeState } from './routes';
import { signaturesFor } from './signatures';
import { filesOf } from './revision-files';
import type { Database, RevisionRow } from '../db/schema';
import { AppError, notFound } from '../errors';

export const hashContent = (json: string) => createHash('sha256').update(json).digest('hex');

export async function getRevisionRow(db: Kysely<Database>, id: string): Promise<RevisionRow> {
  const row = await db.selectFrom('revisions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('revision', id);
  return row;
}

/**
 * Revisions as the API shows them, with their signatures, route state and, for `caller`, what they may do
 * now. The route checks come from ./revision-route (kept apart so that this file stays about rows).
 */
export async function summarise(db: Kysely<Database>, rows: RevisionRow[], caller: Caller | null = null): Promise<RevisionSummary[]> {
  if (rows.length === 0) return [];
  const signatures = await signaturesFor(db, 'revision', rows.map((r) => r.id));
  const route = rows.map((r) => (r.route ? revisionRoute(r.route) : r.status === 'in_review' ? DEFAULT_ROUTE : null));
  const userIds = new Set(rows.map((r) => r.author_id).filter((a): a is string => !!a));
  for (const steps of route) for (const step of steps ?? []) for (const a of step.assignees) if (a.kind === 'user') userIds.add(a.userId);
  const users = userIds.size ? await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', [...userIds]).execute() : [];
  const names = new Map(users.map((a) => [a.id, a.display_name]));
  const files = await filesOf(db, rows);
  const out: RevisionSummary[] = [];
  for (const [i, r] of rows.entries()) {
    const sigs = signatures.get(r.id) ?? [];
    const steps = route[i]!;
    const live = sigs.filter((s) => s.voidedAt === null && s.round === r.round);
    const state = r.status === 'in_review' && steps ? routeState(steps, live) : { current: null, missing: [] };
    out.push({
      id: r.id,
      documentId: r.document_id,
      revisionNo: r.revision_no,
      label: r.label,
      status: r.status as RevisionStatus,
      contentHash: r.content_hash,
      changeReason: r.change_reason,
      rejection: r.rejection,
      effectiveDate: r.effective_date,
      authorId: r.author_id,
      authorName: r.author_id ? (names.get(r.author_id) ?? null) : null,
      signatures: sigs,
      origin: r.origin as RevisionSummary['origin'],
      route: steps,
      round: r.round,
      currentStep: state.current,
      missingSigners: state.missing,
      userNames: Object.fromEntries([...names].filter(([id]) => steps?.some((s) => s.assignees.some((a) => a.kind === 'user' && a.userId === id)))),
      file: r.attachment_id && files.get(r.attachment_id) ? { ...files.get(r.attachment_id)!, hasText: r.body_text !== '' } : null,
      may: caller ? await mayOn(db, caller, r, steps, state, live) : { sign: false, return: false, withdraw: false },
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    });
  }
  return out;
}

/** Checks editor content from a client: the node tree, links, images and their sizes. */
export function parseContent(raw: unknown): Content {
  const parsed = contentSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const tooLarge = parsed.error.issues.find((i) => i.message === 'image too large');
  if (tooLarge) throw new AppError('VALIDATION', 'revisions.imageTooLarge', { limit: `${MAX_IMAGE_BYTES / 1024 / 1024} MiB` });
  if (parsed.error.issues.some((i) => i.message === 'images too large in total'))
    throw new AppError('VALIDATION', 'revisions.imagesTooLarge', { limit: `${MAX_IMAGES_TOTAL_BYTES / 1024 / 1024} MiB` });
  const first = parsed.error.issues[0]!;
  throw new AppError('VALIDATION', 'revisions.contentInvalid', { reason: `${first.path.join('.')}: ${first.message}` }, parsed.error.issues);
}

/** What a revision row stores for some content: canonical JSON, its hash and its plain text. */
export function contentColumns(raw: Content, language: Language) {
  // Chapters and articles always leave here with a unique id (imports and templates come without).
  const { content } = ensureNodeIds(raw);
  const json = JSON.stringify(content);
  return { content: json, content_hash: hashContent(withoutNodeIds(content)), body_text: contentText(content, language).join('\n') };
}

/** A1 → A2, A/0 → A/1, B/9 → B/10; a label without a trailing number gets ".1". */
export function nextLabel(previous: string): string {
  const m = /^(.*?)(\d+)$/.exec(previous);
  return m ? `${m[1]}${Number(m[2]) + 1}` : `${previous}.1`;
}
