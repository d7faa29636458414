import { z } from 'zod';
import { STRUCTURE_TYPES, structureLabels, type Language } from './structure';

/** Stored editor content is `{ schemaVersion, doc }`; bump the version when the node set changes. */
export const CONTENT_SCHEMA_VERSION = 1;
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
/** All images of one document together, so a save always fits the hosts' request limit. */
export const MAX_IMAGES_TOTAL_BYTES = 16 * 1024 * 1024;
export const MAX_CONTENT_CHARS = 24 * 1024 * 1024;
/** Nodes inside nodes: far beyond any real document (lists in lists, quotes in tables), and low enough that
 *  every recursive walk of content (the schema, plain text, Word export) stays clear of the stack's end. */
export const MAX_CONTENT_DEPTH = 40;

export const BLOCK_TYPES = [
  'paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'horizontalRule',
  'table', 'tableRow', 'tableHeader', 'tableCell', 'image', ...STRUCTURE_TYPES,
] as const;
export const INLINE_TYPES = ['text', 'hardBreak'] as const;
export const MARK_TYPES = ['bold', 'italic', 'underline', 'strike', 'link'] as const;

const IMAGE_SRC = /^data:image\/(png|jpeg|gif);base64,[A-Za-z0-9+/]+=*$/;
/** Base64 length → bytes. */
export const dataUrlBytes = (src: string) => Math.floor(((src.length - src.indexOf(',') - 1) * 3) / 4);

const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['bold', 'italic', 'underline', 'strike']) }).strict(),
  z
    .object({
      type: z.literal('link'),
      attrs: z.object({ href: z.string().max(2000).regex(/^(https?:|mailto:)/i, 'only http(s) and mailto links') }).loose(),
    })
    .strict(),
]);

const attrsSchema = z.record(z.string(), z.unknown()).optional();

export interface ContentNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ContentNode[];
  text?: string;
  marks?: z.infer<typeof markSchema>[];
}

export const nodeSchema: z.ZodType<ContentNode> = z.lazy(() =>
  z
    .object({
      type: z.enum([...BLOCK_TYPES, ...INLINE_TYPES]),
      attrs: attrsSchema,
      content: z.array(nodeSchema).optional(),
      text: z.string().optional(),
      marks: z.array(markSchema).optional(),
    })
    .strict()
    .superRefine((node, ctx) => {
      if (node.type === 'text' && !node.text) ctx.addIssue({ code: 'custom', message: 'text node without text' });
      if (node.type === 'heading' && ![1, 2, 3].includes(node.attrs?.level as number))
        ctx.addIssue({ code: 'custom', message: 'heading level must be 1, 2 or 3' });
      if (node.type === 'image') {
        const src = String(node.attrs?.src ?? '');
        if (!IMAGE_SRC.test(src)) ctx.addIssue({ code: 'custom', message: 'images must be embedded PNG, JPEG or GIF' });
        else if (dataUrlBytes(src) > MAX_IMAGE_BYTES) ctx.addIssue({ code: 'custom', message: 'image too large', params: { limit: MAX_IMAGE_BYTES } });
      }
    }),
);

function imageBytes(nodes: ContentNode[]): number {
  return nodes.reduce((sum, n) => sum + (n.type === 'image' ? dataUrlBytes(String(n.attrs?.src ?? '')) : imageBytes(n.content ?? [])), 0);
}

/** Depth of node nesting, counted without recursion and stopping past the limit, so it is safe on any input. */
export function contentDepthExceeds(raw: unknown, limit = MAX_CONTENT_DEPTH): boolean {
  const doc = (raw as { doc?: unknown } | null)?.doc;
  let level: unknown[] = [doc];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > limit) return true;
    const next: unknown[] = [];
    for (const n of level) {
      const content = (n as { content?: unknown } | null)?.content;
      if (Array.isArray(content)) for (const c of content) if (c && typeof c === 'object') next.push(c);
    }
    level = next;
  }
  return false;
}

const depthGuard = z.unknown().superRefine((raw, ctx) => {
  if (contentDepthExceeds(raw)) ctx.addIssue({ code: 'custom', message: `nested more than ${MAX_CONTENT_DEPTH} levels deep`, path: ['doc'], params: { depth: MAX_CONTENT_DEPTH } });
});

const contentShape = z
  .object({
    schemaVersion: z.literal(CONTENT_SCHEMA_VERSION),
    doc: z.object({ type: z.literal('doc'), content: z.array(nodeSchema) }).strict(),
  })
  .strict()
  .refine((c) => imageBytes(c.doc.content) <= MAX_IMAGES_TOTAL_BYTES, { message: 'images too large in total', path: ['doc'] });
/** The depth is checked first: the node schema recurses, so it must never see unbounded nesting. */
export const contentSchema = depthGuard.pipe(contentShape);
export type Content = z.infer<typeof contentShape>;

export const emptyContent = (): Content => ({ schemaVersion: CONTENT_SCHEMA_VERSION, doc: { type: 'doc', content: [{ type: 'paragraph' }] } });

function inlineText(node: ContentNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join(node.type === 'tableRow' ? '\t' : '');
}

function blockText(node: ContentNode): string {
  const inline = (node.content ?? []).every((c) => c.type === 'text' || c.type === 'hardBreak');
  if (inline) return inlineText(node);
  if (node.type === 'tableRow') return (node.content ?? []).map(blockText).join('\t');
  return (node.content ?? []).map(blockText).join('\n');
}

/**
 * Plain text of the whole document, one line per block, with 第X章/第X条 labels as shown in the editor:
 * used for search, the character count and the revision diff.
 */
export function contentText(content: Content, language: Language): string[] {
  const blocks = content.doc.content;
  const labels = structureLabels(blocks.map((b) => b.type), language);
  return blocks.map((b, i) => {
    const text = blockText(b);
    const label = labels[i];
    return label ? `${label}${language === 'zh-CN' ? '\u3000' : ' '}${text}` : text;
  });
}

/** Chinese characters, CJK and full-width punctuation (not the ideographic space: Word counts no spaces). */
const ASIAN = /[\u3400-\u9fff\uf900-\ufaff\u3001-\u303f\uff00-\uffef]/gu;

/**
 * Counted as Word counts 字数: each Chinese character or full-width punctuation mark one, and each run of other
 * text between spaces or Chinese characters holding a letter or digit one "non-Chinese word" — numbers
 * included ("2026年" is one character and one word, "9001:2015" and "3.14" one word each).
 */
export function countCharacters(text: string): { cjk: number; words: number; total: number } {
  const cjk = (text.match(ASIAN) ?? []).length;
  const words = text
    .replace(ASIAN, ' ')
    .split(/\s+/u)
    .filter((run) => /[\p{L}\p{N}]/u.test(run)).length;
  return { cjk, words, total: cjk + words };
}
