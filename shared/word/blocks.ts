import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { ContentNode } from '../editor/content';
import { structureLabels, type Language } from '../editor/structure';
import { decodeDataUrl, imageSize } from './images';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
/** About the text width of an A4 page with Word's margins, in pixels at 96 dpi. */
const MAX_IMAGE_WIDTH = 580;
const FIRST_LINE_INDENT = 480;

interface Context {
  language: Language;
  /** Each ordered list restarts at 1: a new numbering instance per list. */
  nextListInstance: () => number;
}

function runs(nodes: ContentNode[] = [], extra: { bold?: boolean } = {}): ParagraphChild[] {
  return nodes.flatMap((n): ParagraphChild[] => {
    if (n.type === 'hardBreak') return [new TextRun({ text: '', break: 1 })];
    if (n.type === 'image') return imageRuns(n);
    if (n.type !== 'text') return runs(n.content, extra);
    const marks = new Set((n.marks ?? []).map((m) => m.type));
    const run = new TextRun({
      text: n.text ?? '',
      bold: extra.bold || marks.has('bold'),
      italics: marks.has('italic'),
      underline: marks.has('underline') ? {} : undefined,
      strike: marks.has('strike'),
      ...(marks.has('link') && { style: 'Hyperlink' }),
    });
    const link = n.marks?.find((m) => m.type === 'link');
    return link && 'attrs' in link ? [new ExternalHyperlink({ link: link.attrs.href, children: [run] })] : [run];
  });
}

function imageRuns(node: ContentNode): ParagraphChild[] {
  const image = decodeDataUrl(String(node.attrs?.src ?? ''));
  const size = image && imageSize(image.type, image.data);
  if (!image || !size) return [];
  const scale = Math.min(1, MAX_IMAGE_WIDTH / size.width);
  return [
    new ImageRun({
      type: image.type,
      data: image.data,
      transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
      altText: { name: String(node.attrs?.alt ?? 'image'), title: String(node.attrs?.title ?? ''), description: String(node.attrs?.alt ?? '') },
    }),
  ];
}

function list(node: ContentNode, ctx: Context, level: number): Paragraph[] {
  const ordered = node.type === 'orderedList';
  const instance = ordered ? ctx.nextListInstance() : 0;
  return (node.content ?? []).flatMap((item) =>
    (item.content ?? []).flatMap((child, i): Paragraph[] => {
      if (child.type === 'bulletList' || child.type === 'orderedList') return list(child, ctx, level + 1);
      const numbering = i === 0 ? { reference: ordered ? 'ordered' : 'bullets', level: Math.min(level, 3), instance } : undefined;
      return [new Paragraph({ children: runs(child.content), numbering, indent: numbering ? undefined : { left: 720 * (level + 1) } })];
    }),
  );
}

function table(node: ContentNode, ctx: Context): Table {
  const rows = (node.content ?? []).map((row) => {
    const cells = row.content ?? [];
    return new TableRow({
      tableHeader: cells.length > 0 && cells.every((c) => c.type === 'tableHeader'),
      children: cells.map(
        (cell) =>
          new TableCell({
            columnSpan: Number(cell.attrs?.colspan ?? 1),
            rowSpan: Number(cell.attrs?.rowspan ?? 1),
            children: blocks(cell.content ?? [], ctx, { bold: cell.type === 'tableHeader', plain: true }),
          }),
      ),
    });
  });
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

const QUOTE = { indent: { left: 720 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 8 } } };

function blocks(nodes: ContentNode[], ctx: Context, opts: { bold?: boolean; quote?: boolean; plain?: boolean } = {}): (Paragraph | Table)[] {
  const out = nodes.flatMap((n): (Paragraph | Table)[] => {
    switch (n.type) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[Math.min(3, Math.max(1, Number(n.attrs?.level ?? 1))) - 1], children: runs(n.content) })];
      case 'bulletList':
      case 'orderedList':
        return list(n, ctx, 0);
      case 'table':
        return [table(n, ctx)];
      case 'blockquote':
        return blocks(n.content ?? [], ctx, { ...opts, quote: true });
      case 'horizontalRule':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } } })];
      case 'image':
        return [new Paragraph({ alignment: AlignmentType.CENTER, children: imageRuns(n) })];
      default: {
        const layout = opts.quote ? QUOTE : opts.plain ? {} : { indent: { firstLine: FIRST_LINE_INDENT } };
        return [new Paragraph({ children: runs(n.content, { bold: opts.bold }), ...layout })];
      }
    }
  });
  return out.length ? out : [new Paragraph({})];
}

/**
 * Editor content → Word blocks. 第X章 become Heading 1 (so Word's navigation pane lists them), 第X条 and （一）
 * are body paragraphs led by their label; labels come from structureLabels, exactly as the editor shows them.
 */
export function contentBlocks(content: ContentNode[], language: Language): (Paragraph | Table)[] {
  let instance = 0;
  const ctx: Context = { language, nextListInstance: () => ++instance };
  const labels = structureLabels(content.map((b) => b.type), language);
  const gap = language === 'zh-CN' ? '\u3000' : ' ';
  return content.flatMap((node, i): (Paragraph | Table)[] => {
    const label = labels[i];
    if (node.type === 'chapter')
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(`${label}${gap}`), ...runs(node.content)] })];
    if (node.type === 'article')
      return [new Paragraph({ indent: { firstLine: FIRST_LINE_INDENT }, children: [new TextRun({ text: `${label}${gap}`, bold: true }), ...runs(node.content)] })];
    if (node.type === 'clause')
      return [new Paragraph({ indent: { firstLine: FIRST_LINE_INDENT }, children: [new TextRun(label ?? ''), ...runs(node.content)] })];
    return blocks([node], ctx);
  });
}
