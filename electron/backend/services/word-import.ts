import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseNumeral } from '../../../shared/editor/numerals';
import { CONTENT_SCHEMA_VERSION, dataUrlBytes, MAX_IMAGE_BYTES, type Content, type ContentNode } from '../../../shared/editor/content';
import { parseStructurePrefix, structureLabels, type Language } from '../../../shared/editor/structure';
import { applyWordNumbering } from './word-numbering';
import { takeCentredTitle } from './word-title';
import type { ImportReport } from '../../../shared/word/contract';
import { AppError } from '../errors';

type Mark = NonNullable<ContentNode['marks']>[number];
const MARKS: Record<string, Mark> = {
  strong: { type: 'bold' }, b: { type: 'bold' }, em: { type: 'italic' }, i: { type: 'italic' },
  u: { type: 'underline' }, s: { type: 'strike' }, del: { type: 'strike' }, strike: { type: 'strike' },
};

const isTag = (n: ChildNode): n is Element => n.type === 'tag';
const tags = (nodes: ChildNode[], ...names: string[]) => nodes.filter(isTag).filter((c) => names.includes(c.name));

/** Removes the first `count` characters of inline content (Word often splits "第一条" across runs). */
function dropChars(nodes: ContentNode[], count: number): ContentNode[] {
  const out: ContentNode[] = [];
  for (const node of nodes) {
    const length = node.type === 'text' ? (node.text ?? '').length : 0;
    if (count >= length && node.type === 'text') count -= length;
    else if (count > 0 && node.type === 'text') {
      out.push({ ...node, text: node.text!.slice(count) });
      count = 0;
    } else out.push(node);
  }
  return out;
}

/**
 * Word's title becomes the document's title, not a block; its table of contents is dropped (the export writes a new
 * one), and so is the cover of our own export (marked by its styles), up to the title that starts the body.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.qms-title:fresh",
  "p[style-name='Cover Organisation'] => p.qms-cover:fresh",
  // mammoth drops underline unless told to keep it (it can be mistaken for a link in HTML).
  'u => u',
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  ...Array.from({ length: 9 }, (_, i) => `p[style-name='toc ${i + 1}'] => !`),
];

/** mammoth's HTML → editor nodes, counting what it finds and noting what it has to drop. */
class Converter {
  lost = new Set<string>();
  images = 0;
  tables = 0;
  /** The label each top-level chapter and article had in the file, by the block it became. */
  sourceLabels = new Map<ContentNode, string>();

  inline(nodes: ChildNode[], marks: Mark[] = []): ContentNode[] {
    return nodes.flatMap((n): ContentNode[] => {
      if (n.type === 'text') return n.data ? [{ type: 'text', text: n.data, ...(marks.length && { marks }) }] : [];
      if (!isTag(n) || n.name === 'img') return []; // images are lifted to block level
      if (n.name === 'br') return [{ type: 'hardBreak' }];
      if (n.name === 'a') {
        const href = n.attribs.href ?? '';
        const link: Mark[] = /^(https?:|mailto:)/i.test(href) ? [{ type: 'link', attrs: { href } }] : [];
        return this.inline(n.children, [...marks, ...link]);
      }
      const mark = MARKS[n.name];
      return this.inline(n.children, mark && !marks.some((m) => m.type === mark.type) ? [...marks, mark] : marks);
    });
  }

  imagesWithin(n: Element): ContentNode[] {
    return n.children.filter(isTag).flatMap((c) => (c.name === 'img' ? this.image(c) : this.imagesWithin(c)));
  }

  image(n: Element): ContentNode[] {
    const src = n.attribs.src ?? '';
    if (!/^data:image\/(png|jpeg|gif);base64,/.test(src)) {
      this.lost.add(`image of type ${/^data:([^;]+)/.exec(src)?.[1] ?? 'unknown'}`);
      return [];
    }
    if (dataUrlBytes(src) > MAX_IMAGE_BYTES) {
      this.lost.add(`image larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MiB`);
      return [];
    }
    this.images++;
    return [{ type: 'image', attrs: { src, alt: n.attribs.alt ?? null } }];
  }

  /** A paragraph or heading: 第X章 / 第X条 / （一） at its start make it a chapter, article or clause. */
  textblock(n: Element, fallback: ContentNode): ContentNode[] {
    const content = this.inline(n.children);
    const plain = content.map((c) => c.text ?? '').join('');
    const structure = parseStructurePrefix(plain);
    let block: ContentNode = { ...fallback, ...(content.length && { content }) };
    if (structure) {
      const rest = dropChars(content, plain.length - structure.rest.length);
      block = { type: structure.type, ...(rest.length && { content: rest }) };
      this.sourceLabels.set(block, plain.slice(0, plain.length - structure.rest.length).replace(/\s+/g, ''));
    }
    const images = this.imagesWithin(n);
    // A paragraph that only holds a picture becomes the picture, with no empty paragraph before it.
    if (images.length && !plain.trim() && !structure) return images;
    return [block, ...images];
  }

  list(n: Element): ContentNode {
    return {
      type: n.name === 'ol' ? 'orderedList' : 'bulletList',
      content: tags(n.children, 'li').map((li) => {
        const inline = this.inline(li.children.filter((c) => !(isTag(c) && (c.name === 'ul' || c.name === 'ol'))));
        const nested = tags(li.children, 'ul', 'ol').map((l) => this.list(l));
        return { type: 'listItem', content: [{ type: 'paragraph', ...(inline.length && { content: inline }) }, ...nested] };
      }),
    };
  }

  table(n: Element): ContentNode {
    this.tables++;
    const rows: Element[] = [];
    const collect = (nodes: ChildNode[]) => nodes.filter(isTag).forEach((c) => (c.name === 'tr' ? rows.push(c) : collect(c.children)));
    collect(n.children);
    return {
      type: 'table',
      content: rows.map((tr) => ({
        type: 'tableRow',
        content: tags(tr.children, 'td', 'th').map((cell) => {
          // Inside a cell, 第X条 stays text: regulation structure lives at the top level.
          const inner = this.blocks(cell.children).map((b) => (['chapter', 'article', 'clause'].includes(b.type) ? { ...b, type: 'paragraph' } : b));
          return {
            type: cell.name === 'th' ? 'tableHeader' : 'tableCell',
            attrs: { colspan: Number(cell.attribs.colspan ?? 1), rowspan: Number(cell.attribs.rowspan ?? 1) },
            content: inner.length ? inner : [{ type: 'paragraph' }],
          };
        }),
      })),
    };
  }

  blocks(nodes: ChildNode[]): ContentNode[] {
    return nodes.flatMap((n): ContentNode[] => {
      if (n.type === 'text') return n.data.trim() ? [{ type: 'paragraph', content: [{ type: 'text', text: n.data }] }] : [];
      if (!isTag(n)) return [];
      const h = /^h([1-6])$/.exec(n.name);
      if (h) return this.textblock(n, { type: 'heading', attrs: { level: Math.min(3, Number(h[1])) } });
      if (n.name === 'p') return this.textblock(n, { type: 'paragraph' });
      if (n.name === 'ul' || n.name === 'ol') return [this.list(n)];
      if (n.name === 'table') return [this.table(n)];
      if (n.name === 'img') return this.image(n);
      if (n.name === 'blockquote') return [{ type: 'blockquote', content: this.blocks(n.children) }];
      return this.blocks(n.children);
    });
  }
}

const hasClass = (n: ChildNode, name: string) => isTag(n) && (n.attribs.class ?? '').split(' ').includes(name);
const textOf = (n: ChildNode): string => (n.type === 'text' ? n.data : isTag(n) ? n.children.map(textOf).join('') : '');

/**
 * Drops our own export's cover (everything from its organisation line to the title that starts the body) and
 * takes the first title-styled paragraph as the document's title, so export → import → export does not grow.
 */
function withoutCoverAndTitle(nodes: ChildNode[]): { nodes: ChildNode[]; title: string | null } {
  const cover = nodes.findIndex((n) => hasClass(n, 'qms-cover'));
  let rest = nodes;
  if (cover >= 0) {
    const titles = nodes.map((n, i) => (hasClass(n, 'qms-title') && i > cover ? i : -1)).filter((i) => i >= 0);
    if (titles.length) rest = [...nodes.slice(0, cover), ...nodes.slice(titles.at(-1)!)];
    else rest = nodes.filter((_, i) => i !== cover);
  }
  const at = rest.findIndex((n) => hasClass(n, 'qms-title'));
  if (at < 0) return { nodes: rest, title: null };
  const title = textOf(rest[at]!).trim().slice(0, 200) || null;
  return { nodes: rest.filter((_, i) => i !== at), title };
}

/** A part larger than this, or a file larger than MAX_UNPACKED in all, is refused before it is read. */
const MAX_PART = 64 * 1024 * 1024;
const MAX_UNPACKED = 256 * 1024 * 1024;
const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Opens the .docx and refuses one whose parts would not fit in memory (a huge picture, a zip bomb). */
async function openDocx(buffer: Buffer): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw new AppError('VALIDATION', 'word.notWord');
  }
  if (!zip.file('word/document.xml')) throw new AppError('VALIDATION', 'word.notWord');
  let total = 0;
  for (const file of Object.values(zip.files)) {
    const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (size > MAX_PART) throw new AppError('VALIDATION', 'word.tooLarge', { what: `${file.name}, ${MB(size)}` });
    total += size;
  }
  if (total > MAX_UNPACKED) throw new AppError('VALIDATION', 'word.tooLarge', { what: MB(total) });
  return zip;
}

/**
 * Chapters and articles count on through a regulation: where the file's own numbers differ (restarted in each
 * chapter, skipped, typed twice), the change is listed.
 */
function renumbering(blocks: ContentNode[], sources: Map<ContentNode, string>, language: Language): { from: string; to: string }[] {
  const labels = structureLabels(blocks.map((b) => b.type), language);
  const changes: { from: string; to: string }[] = [];
  let chapter = '';
  blocks.forEach((b, i) => {
    const source = sources.get(b);
    const label = labels[i];
    if (!source || !label || b.type === 'clause') return;
    const number = (l: string) => parseNumeral(/^第(.+)[章条]$/.exec(l)?.[1] ?? /(\d+)$/.exec(l)?.[1] ?? '');
    const differs = number(source) !== null ? number(source) !== number(label.replace(/\s+/g, '')) : source !== label.replace(/\s+/g, '');
    if (differs) changes.push({ from: b.type === 'article' && chapter ? `${chapter} ${source}` : source, to: label });
    if (b.type === 'chapter') chapter = label;
  });
  return changes;
}

/** A .docx → editor content and a report of what was found and what could not be kept. */
export async function importWord(buffer: Buffer): Promise<{ content: Content; report: ImportReport; title: string | null }> {
  const zip = await openDocx(buffer);
  const numbering = await applyWordNumbering(zip);
  const centredTitle = await takeCentredTitle(zip);
  const prepared = numbering.changed || centredTitle ? await zip.generateAsync({ type: 'nodebuffer' }) : buffer;
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml({ buffer: prepared }, { styleMap: STYLE_MAP });
  } catch {
    throw new AppError('VALIDATION', 'word.notWord');
  }
  const converter = new Converter();
  const { nodes, title: styledTitle } = withoutCoverAndTitle(parseDocument(result.value).children);
  const blocks = converter.blocks(nodes);
  for (const m of result.messages) converter.lost.add(m.message);
  for (const p of numbering.problems) converter.lost.add(p);
  const language: Language = /[\u4e00-\u9fff]/.test(JSON.stringify(blocks)) ? 'zh-CN' : 'en';
  const count = (type: string) => blocks.filter((b) => b.type === type).length;
  const first = blocks.find((b) => b.type === 'heading' || b.type === 'paragraph');
  return {
    content: { schemaVersion: CONTENT_SCHEMA_VERSION, doc: { type: 'doc', content: blocks.length ? blocks : [{ type: 'paragraph' }] } },
    report: {
      chapters: count('chapter'),
      articles: count('article'),
      tables: converter.tables,
      images: converter.images,
      lost: [...converter.lost],
      listNumbered: numbering.recognised,
      renumbered: renumbering(blocks, converter.sourceLabels, language),
    },
    title: styledTitle ?? centredTitle ?? (first?.content?.map((c) => c.text ?? '').join('').trim().slice(0, 200) || null),
  };
}
