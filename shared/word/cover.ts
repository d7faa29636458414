import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { Language } from '../editor/structure';

/** A signature on the cover: who, and on what date (YYYY-MM-DD). */
export interface CoverSignature {
  name: string;
  date: string;
}

/** The 编制 / 审核 / 批准 of a revision, as plain data (the backend decides where they come from). */
export interface CoverSignatures {
  authored: CoverSignature | null;
  reviewed: CoverSignature | null;
  approved: CoverSignature | null;
}

export interface HistoryEntry {
  version: string;
  date: string;
  reason: string;
  author: string;
}

/** 受控 / 非受控: an uncontrolled copy is not kept up to date; a controlled copy may carry its copy number. */
export interface CopyControl {
  controlled: boolean;
  copyNumber?: string | null;
}

export interface CoverData {
  organisation: string;
  number: string;
  title: string;
  revision: string;
  statusLabel: string;
  draft: boolean;
  issueDate: string | null;
  effectiveDate: string | null;
  signatures: CoverSignatures;
  history: HistoryEntry[];
  copy: CopyControl;
}

const WORDS = {
  'zh-CN': {
    number: '文件编号', version: '版本', control: '受控状态', controlled: '受控', uncontrolled: '非受控', copyNumber: '发放号',
    status: '文件状态', issued: '发布日期', effective: '实施日期', authored: '编制', reviewed: '审核', approved: '批准', date: '日期',
    history: '修\u3000订\u3000记\u3000录', reason: '修订内容及理由', author: '修订人', publishes: '发布', none: '—',
  },
  en: {
    number: 'Document number', version: 'Revision', control: 'Copy', controlled: 'Controlled', uncontrolled: 'Uncontrolled', copyNumber: 'Copy number',
    status: 'Status', issued: 'Issue date', effective: 'Effective date', authored: 'Prepared by', reviewed: 'Reviewed by', approved: 'Approved by', date: 'Date',
    history: 'Revision history', reason: 'Changes and reason', author: 'Author', publishes: '', none: '—',
  },
} as const;

const cell = (text: string, width: number, opts: { bold?: boolean; center?: boolean } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ style: 'TableText', alignment: opts.center === false ? AlignmentType.LEFT : AlignmentType.CENTER, children: [new TextRun({ text, ...(opts.bold && { bold: true }) })] })],
  });

/** A table of fixed column widths whose rows never split across a page. */
function grid(rows: string[][], widths: number[], header = true): Table {
  return new Table({
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    alignment: AlignmentType.CENTER,
    rows: rows.map((row, r) => new TableRow({ cantSplit: true, tableHeader: header && r === 0, children: row.map((text, c) => cell(text, widths[c]!, { bold: header && r === 0 })) })),
  });
}

/**
 * The cover of a controlled document: organisation, number, title, revision, copy control, dates and the
 * 编制 / 审核 / 批准 block; then, on its own page, the 修订记录. `width` is the section's text width in twips.
 */
export function coverBlocks(data: CoverData, language: Language, width: number, official = false): (Paragraph | Table)[] {
  const w = WORDS[language];
  // Official lines are taller (22 to a page): fewer blank lines keep the cover on one page.
  const gap = (lines: number) => Array.from({ length: official ? Math.ceil(lines / 2) : lines }, () => new Paragraph({}));
  const line = (label: string, value: string) =>
    new Paragraph({ alignment: AlignmentType.CENTER, style: 'CoverLine', children: [new TextRun(`${label}${language === 'zh-CN' ? '：' : ': '}${value}`)] });
  const control = data.copy.controlled
    ? `${w.controlled}${data.copy.copyNumber ? `${language === 'zh-CN' ? '\u3000' : ', '}${w.copyNumber}${language === 'zh-CN' ? '：' : ': '}${data.copy.copyNumber}` : ''}`
    : w.uncontrolled;
  const sig = (s: CoverSignature | null) => [s?.name ?? '', s?.date ?? ''];
  const third = Math.floor(width / 4);
  const signatures = grid(
    [
      ['', w.authored, w.reviewed, w.approved],
      [language === 'zh-CN' ? '姓名' : 'Name', sig(data.signatures.authored)[0]!, sig(data.signatures.reviewed)[0]!, sig(data.signatures.approved)[0]!],
      [w.date, sig(data.signatures.authored)[1]!, sig(data.signatures.reviewed)[1]!, sig(data.signatures.approved)[1]!],
    ],
    [third, third, third, width - 3 * third],
  );
  const historyWidths = [Math.floor(width * 0.15), Math.floor(width * 0.23), Math.floor(width * 0.44)];
  historyWidths.push(width - historyWidths.reduce((a, b) => a + b, 0));
  const history = grid(
    [[w.version, w.date, w.reason, w.author], ...data.history.map((h) => [h.version, h.date, h.reason, h.author])],
    historyWidths,
  );
  return [
    new Paragraph({ style: 'CoverOrganisation', children: [new TextRun(data.organisation)] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'auto', space: 4 } },
      children: [new TextRun(`${w.number}${language === 'zh-CN' ? '：' : ': '}${data.number}`)],
    }),
    ...gap(3),
    new Paragraph({ style: 'Title', children: [new TextRun(data.title)] }),
    ...gap(3),
    line(w.version, data.revision),
    line(w.status, data.statusLabel),
    line(w.control, control),
    line(w.issued, data.issueDate ?? w.none),
    line(w.effective, data.effectiveDate ?? w.none),
    ...gap(2),
    signatures,
    ...gap(2),
    new Paragraph({ alignment: AlignmentType.CENTER, style: 'CoverLine', children: [new TextRun(`${data.organisation}${w.publishes ? `\u3000${w.publishes}` : ''}`)] }),
    new Paragraph({ style: 'TocHeading', pageBreakBefore: true, children: [new TextRun(w.history)] }),
    history,
  ];
}
