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
  LineRuleType,
  type ParagraphChild,
} from 'docx';
import type { ContentNode } from '../editor/content';
import { structureLabels, type Language } from '../editor/structure';
import { decodeDataUrl, imageSize } from './images';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
/**
 * Two characters of indent as Word and WPS count them (firstLineChars), and the same in twips for readers that do
 * not know characters as a unit (LibreOffice before 24.2).
 */
const firstLine = (bodySize: number) => ({ firstLine: bodySize * 20, firstLineChars: 200 });
/** A paragraph that holds a picture: single spacing by rule, never exact spacing, which would clip it. */
const IMAGE_SPACING = { spacing: { line: 240, lineRule: LineRuleType.AUTO } } as const;

/** The room a section gives its content, in twips. */
export interface TextArea {
  width: number;
  height: number;
}

interface Context {
  language: Language;
  area: TextArea;
  /** The body size in half-points. */
  bodySize: number;
  /** Each ordered list restarts at 1: a new numbering instance per list. */
  nextListInstance: () => number;
}

/** Run properties only where the content sets them: an explicit "not bold" would override the heading styles. */
function runs(nodes: ContentNode[] = [], ctx: Context, extra: { bold?: boolean } = {}): ParagraphChild[] {
  return nodes.flatMap((n): ParagraphChild[] => {
    if (n.type === 'hardBreak') return [new TextRun({ text: '', break: 1 })];
    if (n.type === 'image') return imageRuns(n, ctx);
    if (n.type !== 'text') return runs(n.content, ctx, extra);
    const marks = new Set((n.marks ?? []).map((m) => m.type));
    const run = new TextRun({
      text: n.text ?? '',
      ...((extra.bold || marks.has('bold')) && { bold: true }),
      ...(marks.has('italic') && { italics: true }),
      ...(marks.has('underline') && { underline: {} }),
      ...(marks.has('strike') && { strike: true }),
      ...(marks.has('link') && { style: 'Hyperlink' }),
    });
    const link = n.marks?.find((m) => m.type === 'link');
    return link && 'attrs' in link ? [new ExternalHyperlink({ link: link.attrs.href, children: [run] })] : [run];
  });
}

const holdsImage = (nodes: ContentNode[] = []): boolean => nodes.some((n) => n.type === 'image' || holdsImage(n.content));

/** Pixels at 96 dpi from twips. */
const px = (twips: number) => Math.floor(twips / 15);

/** Scaled to fit the text width and (less a line) the text height of the section, keeping the aspect ratio. */
export function fitImage(size: { width: number; height: number }, area: TextArea): { width: number; height: number } {
  const scale = Math.min(1, px(area.width) / size.width, (px(area.height) - 40) / size.height);
  return { width: Math.max(1, Math.floor(size.width * scale)), height: Math.max(1, Math.floor(size.height * scale)) };
}

function imageRuns(node: ContentNode, ctx: Context): ParagraphChild[] {
  const image = decodeDataUrl(String(node.attrs?.src ?? ''));
  const size = image && imageSize(image.type, image.data);
  if (!image || !size || size.width < 1 || size.height < 1) return [];
  const fitted = fitImage(size, ctx.area);
  return [
    new ImageRun({
      type: image.type,
      data: image.data,
      transformation: fitted,
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
      return [new Paragraph({ children: runs(child.content, ctx), numbering, indent: numbering ? undefined : { left: 720 * (level + 1) }, ...(holdsImage(child.content) && IMAGE_SPACING) })];
    }),
  );
}

const plainText = (nodes: ContentNode[] = []): string => nodes.map((n) => (n.type === 'text' ? (n.text ?? '') : plainText(n.content))).join('');
/** How wide text sets, in half-characters: a CJK character takes two, a Latin letter one. */
const textWeight = (text: string) => [...text].reduce((sum, ch) => sum + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);

/**
 * Column widths from the content: each column gets room in proportion to its longest cell (its longest line, up to
 * a paragraph's worth), but never less than a quarter of an equal share, so a column of numbers stays readable.
 */
export function columnWidths(rows: ContentNode[], total: number): number[] {
  const count = Math.max(1, ...rows.map((r) => (r.content ?? []).reduce((n, c) => n + Number(c.attrs?.colspan ?? 1), 0)));
  const need = Array.from({ length: count }, () => 4);
  for (const row of rows) {
    let col = 0;
    for (const cell of row.content ?? []) {
      const span = Number(cell.attrs?.colspan ?? 1);
      if (span === 1 && col < count) need[col] = Math.max(need[col]!, Math.min(60, textWeight(plainText(cell.content)) + 2));
      col += span;
    }
  }
  const floor = total / count / 4;
  const sum = need.reduce((a, b) => a + b, 0);
  const raw = need.map((n) => Math.max(floor, (n / sum) * total));
  const scale = total / raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => Math.floor(w * scale));
}

function table(node: ContentNode, ctx: Context): Table {
  const widths = columnWidths(node.content ?? [], ctx.area.width);
  const rows = (node.content ?? []).map((row) => {
    const cells = row.content ?? [];
    let col = 0;
    return new TableRow({
      cantSplit: true,
      tableHeader: cells.length > 0 && cells.every((c) => c.type === 'tableHeader'),
      children: cells.map((cell) => {
        const span = Number(cell.attrs?.colspan ?? 1);
        const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        return new TableCell({
          columnSpan: span,
          rowSpan: Number(cell.attrs?.rowspan ?? 1),
          width: { size: width, type: WidthType.DXA },
          children: blocks(cell.content ?? [], { ...ctx, area: { ...ctx.area, width: Math.max(600, width - 216) } }, { bold: cell.type === 'tableHeader', plain: true }),
        });
      }),
    });
  });
  return new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA } });
}

function blocks(nodes: ContentNode[], ctx: Context, opts: { bold?: boolean; quote?: boolean; plain?: boolean } = {}): (Paragraph | Table)[] {
  const out = nodes.flatMap((n): (Paragraph | Table)[] => {
    switch (n.type) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[Math.min(3, Math.max(1, Number(n.attrs?.level ?? 1))) - 1], children: runs(n.content, ctx) })];
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
        return [new Paragraph({ alignment: AlignmentType.CENTER, children: imageRuns(n, ctx), ...IMAGE_SPACING })];
      default: {
        const layout = opts.quote ? { style: 'Quote' } : opts.plain ? { style: 'TableText' } : { indent: firstLine(ctx.bodySize) };
        return [new Paragraph({ children: runs(n.content, ctx, { bold: opts.bold }), ...layout, ...(holdsImage(n.content) && IMAGE_SPACING) })];
      }
    }
  });
  return out.length ? out : [new Paragraph({})];
}

/**
 * Editor content → Word blocks. 第X章 become Heading 1 (so Word's navigation pane lists them), 第X条 and （一）
 * are body paragraphs led by their label; labels come from structureLabels, exactly as the editor shows them.
 */
export function contentBlocks(content: ContentNode[], language: Language, area: TextArea, bodySize = 24): (Paragraph | Table)[] {
  let instance = 0;
  const ctx: Context = { language, area, bodySize, nextListInstance: () => ++instance };
  const labels = structureLabels(content.map((b) => b.type), language);
  const gap = language === 'zh-CN' ? '\u3000' : ' ';
  return content.flatMap((node, i): (Paragraph | Table)[] => {
    const label = labels[i];
    if (node.type === 'chapter')
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(`${label}${gap}`), ...runs(node.content, ctx)] })];
    if (node.type === 'article')
      return [new Paragraph({ indent: firstLine(ctx.bodySize), children: [new TextRun({ text: `${label}${gap}`, bold: true }), ...runs(node.content, ctx)] })];
    if (node.type === 'clause')
      // （一） carries its own spacing; "(1)" needs a space after it.
      return [new Paragraph({ indent: firstLine(ctx.bodySize), children: [new TextRun(`${label ?? ''}${language === 'en' ? ' ' : ''}`), ...runs(node.content, ctx)] })];
    return blocks([node], ctx);
  });
}
