import { Node as PMNode } from '@tiptap/pm/model';
import { CONTENT_SCHEMA_VERSION, contentSchema, type Content, type ContentNode } from '../../shared/editor/content';
import { editorSchema } from './extensions';

export type LoadedContent = { ok: true; content: Content } | { ok: false; error: string; text: string[] };

/** Whatever text a damaged document still holds, one line per block, so its reader is not left with nothing. */
export function salvageText(raw: unknown): string[] {
  const lines: string[] = [];
  const isText = (n: unknown): n is { text: string } => typeof n === 'object' && n !== null && typeof (n as { text?: unknown }).text === 'string';
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    if (isText(node)) return void lines.push(node.text);
    const { content } = node as { content?: unknown };
    if (!Array.isArray(content)) return;
    if (content.length > 0 && content.every(isText)) lines.push(content.map((c) => c.text).join(''));
    else content.forEach(visit);
  };
  visit(typeof raw === 'object' && raw !== null && 'doc' in raw ? (raw as { doc: unknown }).doc : raw);
  return lines;
}

/**
 * Checks stored content twice: against the shared schema (what the backend accepts) and by building the
 * editor's own document from it. TipTap silently empties a document it cannot read; this refuses instead,
 * and the caller opens it read-only and never saves over it.
 */
export function checkStoredContent(raw: unknown, serverError: string | null): LoadedContent {
  if (serverError) return { ok: false, error: serverError, text: salvageText(raw) };
  const parsed = contentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${issue.path.join('.') || '(root)'}: ${issue.message}`, text: salvageText(raw) };
  }
  const doc = parsed.data.doc.content.length ? parsed.data.doc : { type: 'doc', content: [{ type: 'paragraph' }] };
  try {
    PMNode.fromJSON(editorSchema(), doc).check();
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e), text: salvageText(raw) };
  }
  return { ok: true, content: { schemaVersion: CONTENT_SCHEMA_VERSION, doc: doc as Content['doc'] } };
}

/** The editor's JSON as stored content. */
export function toContent(doc: { content?: unknown }): Content {
  return { schemaVersion: CONTENT_SCHEMA_VERSION, doc: { type: 'doc', content: (doc.content ?? []) as ContentNode[] } };
}

/** Whether two (checked) contents are the same document, whatever the key order of their JSON. */
export function sameContent(a: Content, b: Content): boolean {
  const schema = editorSchema();
  return PMNode.fromJSON(schema, a.doc).eq(PMNode.fromJSON(schema, b.doc));
}
