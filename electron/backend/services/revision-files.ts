import type { Kysely } from 'kysely';
import type { Content, ContentNode } from '../../../shared/editor/content';
import { CONTENT_SCHEMA_VERSION } from '../../../shared/editor/content';
import type { Language } from '../../../shared/editor/structure';
import type { RevisionSummary } from '../../../shared/revisions/contract';
import type { Database } from '../db/schema';
import { notFound } from '../errors';
import { readAttachment } from './attachments';
import { extractText } from './file-text';
import { contentColumns } from './revision-rows';

/** At most this many lines of a file's text become the revision's text view (search and diff). */
const MAX_LINES = 20_000;

const paragraph = (text: string): ContentNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/**
 * The columns of a revision whose body is an attached file (PDF, .docx, .xlsx, an image): its content is a
 * read-only text view — a line of file metadata (name, type, size, SHA-256, so the content hash and every
 * signature bind the file itself) and the extracted text — and `body_text` holds the extracted text only, so
 * search finds the file's words and says when it has none.
 */
export async function fileBodyColumns(db: Kysely<Database>, attachmentId: string, language: Language) {
  const file = await readAttachment(db, attachmentId).catch(() => {
    throw notFound('attachment', attachmentId);
  });
  const { lines } = await extractText(file.mediaType, file.data);
  const meta =
    language === 'zh-CN'
      ? `文件：${file.name}（${file.mediaType}，${file.size} 字节，SHA-256 ${file.sha256}）`
      : `File: ${file.name} (${file.mediaType}, ${file.size} bytes, SHA-256 ${file.sha256})`;
  const none = language === 'zh-CN' ? '（该文件没有文字层，正文无法检索。）' : '(This file has no text layer; its text cannot be searched.)';
  const content: Content = {
    schemaVersion: CONTENT_SCHEMA_VERSION,
    doc: { type: 'doc', content: [paragraph(meta), ...(lines ? lines.slice(0, MAX_LINES).map(paragraph) : [paragraph(none)])] },
  };
  return { ...contentColumns(content, language), body_text: lines ? lines.slice(0, MAX_LINES).join('\n') : '', attachment_id: attachmentId };
}

/** What the API says about the file bodies of these revisions. */
export async function filesOf(db: Kysely<Database>, rows: { attachment_id: string | null; body_text: string }[]): Promise<Map<string, RevisionSummary['file']>> {
  const ids = [...new Set(rows.map((r) => r.attachment_id).filter((a): a is string => !!a))];
  const out = new Map<string, RevisionSummary['file']>();
  if (!ids.length) return out;
  const files = await db.selectFrom('attachments').select(['id', 'name', 'media_type', 'size', 'sha256']).where('id', 'in', ids).execute();
  for (const f of files) out.set(f.id, { attachmentId: f.id, name: f.name, mediaType: f.media_type, size: f.size, sha256: f.sha256, hasText: false });
  return out;
}
