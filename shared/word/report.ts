import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { captions, fontSlots, fontsFor } from './style';

/**
 * The frame of the records the app exports as Word (audit reports, plans, forms): the standard style of the regulation
 * export (宋体 body, 黑体 headings, every font slot set, eastAsia zh-CN), its header line, and its 第 X 页 共 Y 页 footer.
 * Records are Chinese first: the language is zh-CN throughout.
 */
const fonts = fontsFor('zh-CN', 'standard');
const lang = { value: 'zh-CN', eastAsia: 'zh-CN' };
const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: 1440, bottom: 1440, left: 1440, right: 1440 };

/** The text width of a portrait or landscape A4 page, in twips. */
export const reportTextWidth = (landscape = false) => (landscape ? A4.height : A4.width) - MARGINS.left - MARGINS.right;

export interface ReportFrame {
  organisation: string;
  /** The header line, e.g. "IA-2026-003 内审报告". */
  headerText: string;
  title: string;
  subject: string;
  keywords?: string[];
  exporter?: string | null;
}

export interface ReportSection {
  landscape?: boolean;
  /** A cover page: no header text and no page number. */
  cover?: boolean;
  children: ISectionOptions['children'];
}

const small = { font: fontSlots(fonts.latin, fonts.body), size: 18 };

function header(frame: ReportFrame, cover: boolean) {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        border: cover ? undefined : { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } },
        children: cover ? [] : [new TextRun({ text: `${frame.organisation}\u3000${frame.headerText}`, ...small })],
      }),
    ],
  });
}

function footer(cover: boolean) {
  const text = captions('zh-CN');
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: cover ? [] : [new TextRun({ children: text.page(PageNumber.CURRENT, PageNumber.TOTAL_PAGES), ...small })] })],
  });
}

/** A document of sections in the report frame. */
export function reportDocument(frame: ReportFrame, sections: ReportSection[]): Document {
  const heading = (size: number) => ({
    run: { font: fontSlots(fonts.latin, fonts.heading), size, bold: true, language: lang },
    paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
  });
  return new Document({
    title: frame.title,
    subject: frame.subject,
    creator: frame.organisation || 'Service QMS',
    lastModifiedBy: frame.exporter || 'Service QMS',
    keywords: (frame.keywords ?? []).join('; '),
    description: frame.subject,
    styles: {
      default: {
        document: {
          run: { font: fontSlots(fonts.latin, fonts.body), size: fonts.bodySize, language: lang },
          paragraph: { spacing: { line: 360, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: fontSlots(fonts.latin, fonts.title), size: 36, language: lang },
          paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 240 } },
        },
        heading1: heading(fonts.headingSizes[1]),
        heading2: heading(fonts.headingSizes[2]),
      },
      paragraphStyles: [
        { id: 'Normal', name: 'Normal', run: { font: fontSlots(fonts.latin, fonts.body), size: fonts.bodySize, language: lang }, paragraph: {} },
        { id: 'CoverOrganisation', name: 'Cover Organisation', basedOn: 'Normal', run: { font: fontSlots(fonts.latin, fonts.heading), size: 36, bold: true }, paragraph: { alignment: AlignmentType.CENTER } },
        { id: 'CoverLine', name: 'Cover Line', basedOn: 'Normal', run: { size: 28 }, paragraph: { alignment: AlignmentType.CENTER } },
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: fonts.tableSize },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      ],
    },
    sections: sections.map((s) => ({
      properties: {
        page: {
          margin: MARGINS,
          size: s.landscape ? { ...A4, orientation: PageOrientation.LANDSCAPE } : A4,
        },
      },
      headers: { default: header(frame, !!s.cover) },
      footers: { default: footer(!!s.cover) },
      children: s.children,
    })),
  });
}

export interface CellSpec {
  text: string | string[];
  bold?: boolean;
  align?: 'left' | 'center';
  /** A light grey fill, for label cells of a form. */
  shade?: boolean;
  columnSpan?: number;
  /** Extra blank lines after the text (space to write in by hand). */
  blankLines?: number;
  children?: (Paragraph | Table)[];
  /** Font size in half-points (the table text size by default). */
  size?: number;
}

export const textCell = (spec: CellSpec | string, width: number, compact = false) => {
  const s: CellSpec = typeof spec === 'string' ? { text: spec } : spec;
  const lines = Array.isArray(s.text) ? s.text : [s.text];
  const align = s.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    ...(s.columnSpan && s.columnSpan > 1 && { columnSpan: s.columnSpan }),
    ...(s.shade && { shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } }),
    margins: compact ? { top: 20, bottom: 20, left: 15, right: 15 } : { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      ...lines.map((line) => new Paragraph({ style: 'TableText', alignment: align, children: [new TextRun({ text: line, ...(s.bold && { bold: true }), ...(s.size && { size: s.size }) })] })),
      ...Array.from({ length: s.blankLines ?? 0 }, () => new Paragraph({ style: 'TableText', children: [] })),
      ...(s.children ?? []),
    ],
  });
};

/** A table of fixed column widths (twips) whose rows never split across a page; the first row repeats as a header. */
export function reportTable(rows: (CellSpec | string)[][], widths: number[], opts: { header?: boolean; compact?: boolean } = {}): Table {
  const header = opts.header ?? true;
  return new Table({
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    alignment: AlignmentType.CENTER,
    rows: rows.map((row, r) => {
      let col = 0;
      return new TableRow({
        cantSplit: true,
        tableHeader: header && r === 0,
        children: row.map((spec) => {
          const s: CellSpec = typeof spec === 'string' ? { text: spec } : spec;
          const span = s.columnSpan ?? 1;
          const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          return textCell(header && r === 0 ? { ...s, bold: true, shade: true } : s, width, opts.compact);
        }),
      });
    }),
  });
}

/** Column widths from proportions, summing exactly to `total`. */
export function widthsOf(total: number, parts: number[]): number[] {
  const sum = parts.reduce((a, b) => a + b, 0);
  const w = parts.map((p) => Math.floor((total * p) / sum));
  w[w.length - 1]! += total - w.reduce((a, b) => a + b, 0);
  return w;
}

export const heading1 = (text: string) => new Paragraph({ heading: 'Heading1', children: [new TextRun(text)] });
export const heading2 = (text: string) => new Paragraph({ heading: 'Heading2', children: [new TextRun(text)] });
export const para = (text: string, opts: { indent?: boolean; bold?: boolean; keepNext?: boolean; spaceBefore?: boolean } = {}) =>
  new Paragraph({
    ...(opts.indent !== false && { indent: { firstLine: 480 } }),
    ...(opts.keepNext && { keepNext: true }),
    ...(opts.spaceBefore && { spacing: { before: 160 } }),
    children: [new TextRun({ text, ...(opts.bold && { bold: true }) })] });
/** "标签：值" on a line. */
export const labelled = (label: string, value: string) => new Paragraph({ children: [new TextRun({ text: `${label}：`, bold: true }), new TextRun(value)] });
