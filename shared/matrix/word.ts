import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Language } from '../editor/structure';
import { captions, fontSlots, fontsFor } from '../word/style';
import { MARK_SYMBOLS, type MatrixCell, type MatrixColumn, type MatrixRow } from './contract';

export interface MatrixWordData {
  number: number;
  state: string;
  effectiveAt: string | null;
  approver: string | null;
  organisation: string;
  rows: MatrixRow[];
  columns: MatrixColumn[];
  cells: MatrixCell[];
}

const TEXT = {
  'zh-CN': {
    title: '质量职能分配表',
    appendix: '附录　质量职能分配表',
    version: (n: number) => `第 ${n} 版`,
    row: '条款 / 过程',
    legend: '图例：★ 主管（对该条款或过程负总责，每行有且只有一个）　● 主责　○ 配合',
    approved: (by: string, date: string) => `批准：${by}\u3000生效日期：${date}`,
    notApproved: '（未批准的版本，仅供审阅）',
  },
  en: {
    title: 'Responsibility matrix',
    appendix: 'Appendix: Responsibility matrix',
    version: (n: number) => `version ${n}`,
    row: 'Clause / process',
    legend: 'Legend: ★ accountable (exactly one per row)   ● responsible   ○ supporting',
    approved: (by: string, date: string) => `Approved by ${by}, effective ${date}`,
    notApproved: '(not approved; for review only)',
  },
} as const;

/** A4 landscape with the standard margins turned with it. */
const LANDSCAPE = { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE };
const MARGINS = { top: 1134, bottom: 1134, left: 1134, right: 1134 };
const TEXT_WIDTH = 16838 - MARGINS.left - MARGINS.right;

/**
 * The matrix as one landscape section: a title, the table (its header row repeats on every page) and the legend
 * under it. Fonts as every other export (shared/word/style); used alone and as the quality manual's appendix.
 */
export function matrixSection(d: MatrixWordData, language: Language, appendix = false): ISectionOptions {
  const t = TEXT[language];
  const fonts = fontsFor(language, 'standard');
  const body = { font: fontSlots(fonts.latin, fonts.body), size: 18 };
  const bold = { font: fontSlots(fonts.latin, fonts.heading), size: 18, bold: language === 'en' };
  const codeW = 700;
  // Unit columns up to 21 mm each (a five-character name on one line); the name takes what is left (at least 39 mm).
  const colW = Math.min(1200, Math.floor((TEXT_WIDTH - codeW - 2200) / Math.max(1, d.columns.length)));
  const nameW = TEXT_WIDTH - codeW - colW * d.columns.length;
  const cell = (text: string, width: number, run: object, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 40, right: 40, top: 20, bottom: 20 },
      children: [new Paragraph({ alignment: align, spacing: { before: 0, after: 0, line: 240 }, children: [new TextRun({ text, ...run })] })],
    });
  const marks = new Map(d.cells.map((c) => [`${c.row}|${c.unitId}`, MARK_SYMBOLS[c.mark]]));
  const rows = d.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(r.code, codeW, body, AlignmentType.LEFT),
          cell(language === 'en' ? r.nameEn : r.nameZh, nameW, body, AlignmentType.LEFT),
          ...d.columns.map((c) => cell(marks.get(`${r.key}|${c.unitId}`) ?? '', colW, body)),
        ],
      }),
  );
  // The header's first cell spans code and name.
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: 2,
        width: { size: codeW + nameW, type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: [new TextRun({ text: t.row, ...bold })] })],
      }),
      ...d.columns.map((c) => cell(c.name, colW, bold)),
    ],
  });
  const title = `${appendix ? t.appendix : t.title}（${t.version(d.number)}）`.replace('（', language === 'en' ? ' (' : '（').replace('）', language === 'en' ? ')' : '）');
  const small = { font: fontSlots(fonts.latin, fonts.body), size: 18 };
  return {
    properties: { page: { size: LANDSCAPE, margin: MARGINS } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${d.organisation}\u3000${t.title} ${t.version(d.number)}`, ...small })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: captions(language).page(PageNumber.CURRENT, PageNumber.TOTAL_PAGES), ...small })] })] }) },
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: title, font: fontSlots(fonts.latin, fonts.heading), size: 32, bold: language === 'en' })] }),
      new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [codeW, nameW, ...d.columns.map(() => colW)], rows: [headerRow, ...rows] }),
      new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: t.legend, ...body })] }),
      new Paragraph({
        children: [new TextRun({ text: d.approver && d.effectiveAt ? t.approved(d.approver, d.effectiveAt.slice(0, 10)) : t.notApproved, ...body })],
      }),
    ],
  };
}

/** The matrix on its own, as a .docx document (pack with shared/word/pack). */
export function matrixDocument(d: MatrixWordData, language: Language): Document {
  const fonts = fontsFor(language, 'standard');
  const lang = { value: language === 'en' ? 'en-US' : 'zh-CN', eastAsia: 'zh-CN' };
  return new Document({
    title: TEXT[language].title,
    creator: d.organisation || 'Service QMS',
    styles: { default: { document: { run: { font: fontSlots(fonts.latin, fonts.body), size: fonts.bodySize, language: lang } } } },
    sections: [matrixSection(d, language)],
  });
}
