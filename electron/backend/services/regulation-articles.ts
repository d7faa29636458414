import type { Kysely } from 'kysely';
import { contentSchema, type ContentNode } from '../../../shared/editor/content';
import { nodeIdOf } from '../../../shared/editor/node-ids';
import { structureLabels, type Language } from '../../../shared/editor/structure';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';

export interface RegulationArticle {
  nodeId: string;
  /** 第X条 (or Article N), counted across chapters as the editor and the Word export number them. */
  label: string;
  /** The chapter it stands in (第X章 title), or null before the first chapter. */
  chapter: string | null;
  text: string;
}

export interface CitedSource {
  revisionId: string;
  revisionLabel: string;
  documentId: string;
  documentNumber: string;
  documentTitle: string;
  status: string;
}

function inlineText(node: ContentNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

/** The articles of a revision's stored content, in order, with their computed labels; clauses （一） join their article's text. */
export function articlesOf(rawContent: string, language: Language): RegulationArticle[] {
  const parsed = contentSchema.safeParse(JSON.parse(rawContent));
  if (!parsed.success) return [];
  const blocks = parsed.data.doc.content;
  const labels = structureLabels(blocks.map((b) => b.type), language);
  const out: RegulationArticle[] = [];
  let chapter: string | null = null;
  let current: RegulationArticle | null = null;
  blocks.forEach((b, i) => {
    if (b.type === 'chapter') {
      chapter = `${labels[i]}${language === 'zh-CN' ? '\u3000' : ' '}${inlineText(b)}`.trim();
      current = null;
    } else if (b.type === 'article') {
      const nodeId = nodeIdOf(b);
      current = nodeId ? { nodeId, label: labels[i]!, chapter, text: inlineText(b) } : null;
      if (current) out.push(current);
    } else if (b.type === 'clause' && current) {
      current.text += `\n${labels[i]}${inlineText(b)}`;
    }
  });
  return out;
}

async function sourceRow(db: Kysely<Database>, revisionId: string) {
  const row = await db
    .selectFrom('revisions as r')
    .innerJoin('documents as d', 'd.id', 'r.document_id')
    .select(['r.id', 'r.label', 'r.status', 'r.content', 'r.document_id', 'd.number', 'd.title', 'd.language'])
    .where('r.id', '=', revisionId)
    .executeTakeFirst();
  if (!row) throw notFound('revision', revisionId);
  return row;
}

/**
 * The articles of an effective revision, for picking checklist requirements. Citing an obsolete or superseded
 * revision (or a draft) is refused: an audit checks against what is in force.
 */
export async function effectiveArticles(db: Kysely<Database>, revisionId: string): Promise<{ source: CitedSource; articles: RegulationArticle[] }> {
  const row = await sourceRow(db, revisionId);
  if (row.status !== 'effective') throw new AppError('CONFLICT', 'checklists.revisionNotEffective', { number: row.number, label: row.label });
  return {
    source: { revisionId: row.id, revisionLabel: row.label, documentId: row.document_id, documentNumber: row.number, documentTitle: row.title, status: row.status },
    articles: articlesOf(row.content, row.language as Language),
  };
}

/** A citation: revision id + node id, with the label and text as they stand now (copied in by the caller). */
export async function citeArticle(db: Kysely<Database>, revisionId: string, nodeId: string): Promise<{ source: CitedSource; article: RegulationArticle }> {
  const { source, articles } = await effectiveArticles(db, revisionId);
  const article = articles.find((a) => a.nodeId === nodeId);
  if (!article) throw new AppError('NOT_FOUND', 'checklists.articleNotFound', { number: source.documentNumber, label: source.revisionLabel });
  return { source, article };
}

/** Effective revisions of regulations (and other editor-bodied documents), to choose criteria from. */
export async function effectiveRegulations(db: Kysely<Database>) {
  return db
    .selectFrom('revisions as r')
    .innerJoin('documents as d', 'd.id', 'r.document_id')
    .select(['r.id as revisionId', 'r.label as revisionLabel', 'd.id as documentId', 'd.number', 'd.title', 'd.type'])
    .where('r.status', '=', 'effective')
    .where('r.attachment_id', 'is', null)
    .orderBy('d.number')
    .execute();
}
