import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '../../../shared/auth/roles';
import { contentSchema, contentText, MAX_IMAGE_BYTES, MAX_IMAGES_TOTAL_BYTES, type Content } from '../../../shared/editor/content';
import type { Language } from '../../../shared/editor/structure';
import type { RevisionStatus, RevisionSummary, Signature } from '../../../shared/revisions/contract';
import type { Database, RevisionRow, SignatureRow } from '../db/schema';
import { AppError, notFound } from '../errors';

export const hashContent = (json: string) => createHash('sha256').update(json).digest('hex');

const toSignature = (s: SignatureRow): Signature => ({
  id: s.id,
  signerId: s.signer_id,
  signerName: s.signer_name,
  signerRole: s.signer_role as Role,
  meaning: s.meaning as Signature['meaning'],
  contentHash: s.content_hash,
  comment: s.comment,
  signedAt: s.signed_at,
});

export async function getRevisionRow(db: Kysely<Database>, id: string): Promise<RevisionRow> {
  const row = await db.selectFrom('revisions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('revision', id);
  return row;
}

export async function summarise(db: Kysely<Database>, rows: RevisionRow[]): Promise<RevisionSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const signatures = await db.selectFrom('signatures').selectAll().where('revision_id', 'in', ids).orderBy('signed_at').execute();
  const authorIds = [...new Set(rows.map((r) => r.author_id).filter((a): a is string => !!a))];
  const authors = authorIds.length
    ? await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', authorIds).execute()
    : [];
  const names = new Map(authors.map((a) => [a.id, a.display_name]));
  return rows.map((r) => ({
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
    signatures: signatures.filter((s) => s.revision_id === r.id).map(toSignature),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
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
export function contentColumns(content: Content, language: Language) {
  const json = JSON.stringify(content);
  return { content: json, content_hash: hashContent(json), body_text: contentText(content, language).join('\n') };
}

/** A1 → A2, A/0 → A/1, B/9 → B/10; a label without a trailing number gets ".1". */
export function nextLabel(previous: string): string {
  const m = /^(.*?)(\d+)$/.exec(previous);
  return m ? `${m[1]}${Number(m[2]) + 1}` : `${previous}.1`;
}
