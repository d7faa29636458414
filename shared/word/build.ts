import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Header,
  LevelFormat,
  LineRuleType,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  convertMillimetersToTwip,
  type ILevelsOptions,
  type ISectionOptions,
  type PageNumberEstimator,
} from 'docx';
import type { Content, ContentNode } from '../editor/content';
import type { Language } from '../editor/structure';
import { contentBlocks, type TextArea } from './blocks';
import { coverBlocks, type CopyControl, type CoverSignatures, type HistoryEntry } from './cover';
import { matrixSection, type MatrixWordData } from '../matrix/word';
import { captions, fontSlots, fontsFor, hasOfficialStyle, statusLabel, type WordFontChoice, type WordStyle } from './style';

export interface WordMeta {
  number: string;
  title: string;
  revision: string;
  status: string;
  effectiveDate: string | null;
  approver: string | null;
  organisation: string;
  /** The person exporting, written as the file's lastModifiedBy. */
  exporter?: string | null;
  /** 发布日期: the date the revision was approved. */
  issueDate?: string | null;
  signatures?: CoverSignatures;
  history?: HistoryEntry[];
  copy?: CopyControl;
  /** The effective responsibility matrix, appended to a quality manual as a landscape section. */
  matrixAppendix?: MatrixWordData;
}

export interface WordOptions {
  style: WordStyle;
  fonts?: WordFontChoice;
  /**
   * Fills the table of contents with page numbers (a layout pass, or numbers kept from an earlier one). Without it the
   * entries are written without numbers, and Word is not asked to update them.
   */
  pageNumbers?: PageNumberEstimator;
}

const listLevels = (ordered: boolean): ILevelsOptions[] =>
  [0, 1, 2, 3].map((level) => ({
    level,
    format: ordered ? [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL][level]! : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : ['●', '○', '■', '●'][level]!,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));

export const A4 = { width: 11906, height: 16838 };
const twips = (mm: number) => Math.round(convertMillimetersToTwip(mm));
/** GB/T 9704-2012: text block 156 × 225 mm (top 37, left 28), 22 lines of 28 characters of 三号. */
const OFFICIAL_MARGINS = { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) };
export const STANDARD_MARGINS = { top: 1440, bottom: 1440, left: 1800, right: 1800 };
export const OFFICIAL_LINES = 22;
export const OFFICIAL_CHARS = 28;
const officialArea = { width: A4.width - OFFICIAL_MARGINS.left - OFFICIAL_MARGINS.right, height: A4.height - OFFICIAL_MARGINS.top - OFFICIAL_MARGINS.bottom };
/** 225 mm / 22 lines ≈ 579 twips. */
export const OFFICIAL_LINE_PITCH = Math.floor(officialArea.height / OFFICIAL_LINES);
/**
 * The grid's character pitch, as Word stores it (kept in the grid so that switching it to characters in Word's page
 * set-up gives 28 a line): (pitch − font size) in points × 4096. 156 mm / 28 is a little
 * under 16 pt, so the value is negative (about −842).
 */
export const officialCharSpace = (bodySizeHalfPoints: number) => Math.round((officialArea.width / OFFICIAL_CHARS / 20 - bodySizeHalfPoints / 2) * 4096);

function area(official: boolean): TextArea {
  if (official) return officialArea;
  return { width: A4.width - STANDARD_MARGINS.left - STANDARD_MARGINS.right, height: A4.height - STANDARD_MARGINS.top - STANDARD_MARGINS.bottom };
}

/**
 * 28 characters of 三号 (16 pt) are 448 pt, the text block 442 pt: Word squeezes them onto the grid, LibreOffice
 * gives a character wider than a grid cell two cells. A quarter point less between letters fits both.
 */
const OFFICIAL_TIGHTEN = -5;
/** Larger than the body (title, cover) or outside the flow of lines: off the character grid. */
const offGrid = (official: boolean) => (official ? { snapToGrid: false } : {});

/** Whether the content has anything a table of contents would list. */
const hasHeadings = (nodes: ContentNode[]) => nodes.some((n) => n.type === 'chapter' || n.type === 'heading');

/** A revision as a .docx that Word, WPS and LibreOffice show alike, with Chinese fonts in every slot. */
export function buildWordDocument(content: Content, language: Language, styleOrOptions: WordStyle | WordOptions, meta: WordMeta): Document {
  const options: WordOptions = typeof styleOrOptions === 'string' ? { style: styleOrOptions } : styleOrOptions;
  const official = options.style === 'official' && hasOfficialStyle(language);
  const fonts = fontsFor(language, official ? 'official' : 'standard', options.fonts);
  const text = captions(language);
  const draft = meta.status !== 'effective';
  const status = statusLabel(language, meta.status);
  const lang = { value: language === 'en' ? 'en-US' : 'zh-CN', eastAsia: 'zh-CN' };
  const latinHeading = language === 'en' ? fonts.heading : fonts.latin;
  const keep = { keepNext: true, keepLines: true };
  // Official headings sit on the grid: no space before or after, 黑体 without bold.
  // Official levels: 黑体, 楷体, then the body font in bold (GB/T 9704 7.3.3); standard: 黑体 bold throughout.
  const heading = (size: number, level = 0) => ({
    run: { font: fontSlots(latinHeading, fonts.levelFonts?.[level] ?? fonts.heading), size, ...((!official || level === 2) && { bold: true }), language: lang },
    paragraph: { ...keep, spacing: official ? { before: 0, after: 0 } : { before: 240, after: 120 } },
  });
  const section = area(official);
  // GB/T 9704 counts 22 lines of 28 characters. The grid is written as lines only: LibreOffice (7.x) breaks the
  // lines of a character grid wrongly when a paragraph has more than one run; the characters are brought to 28 a
  // line by a quarter point less letter spacing instead, which Word, WPS and LibreOffice all follow.
  const small = { font: fontSlots(fonts.latin, fonts.body), size: 18 };
  const draftMark = new TextRun({ text: text.draft, bold: true, color: 'C00000', size: official ? 28 : 21, font: fontSlots(latinHeading, fonts.heading) });
  const header = (withRunning: boolean) =>
    new Header({
      children: [
        new Paragraph({
          alignment: withRunning ? AlignmentType.CENTER : AlignmentType.RIGHT,
          children: [
            ...(withRunning ? [new TextRun({ text: `${meta.number}\u3000${meta.title}\u3000${text.revision} ${meta.revision}${draft ? '\u3000' : ''}`, ...small })] : []),
            ...(draft ? [draftMark] : []),
          ],
        }),
      ],
    });
  const headers = (withRunning: boolean) => (official ? { default: header(false), even: header(false) } : { default: header(withRunning) });
  const emptyFooters = official ? { default: new Footer({ children: [new Paragraph({})] }), even: new Footer({ children: [new Paragraph({})] }) } : { default: new Footer({ children: [new Paragraph({})] }) };
  // GB/T 9704: "— 1 —" in 四号 半角 宋体 on the outer side, one character in from the text block.
  const officialNumber = (odd: boolean) =>
    new Footer({
      children: [
        new Paragraph({
          alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: odd ? { right: 280 } : { left: 280 },
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fontSlots('宋体', '宋体'), size: 28 })],
        }),
      ],
    });
  const bodyFooters = official
    ? { default: officialNumber(true), even: officialNumber(false) }
    : // The whole file is counted (cover and TOC too): LibreOffice leaves a section's page count (SECTIONPAGES) blank.
      { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: text.page(PageNumber.CURRENT, PageNumber.TOTAL_PAGES), ...small })] })] }) };
  const margins = official ? { ...OFFICIAL_MARGINS, header: twips(15), footer: twips(21) } : STANDARD_MARGINS;
  const properties = (start?: number): ISectionOptions['properties'] => ({
    page: { margin: margins, size: A4, ...(start && { pageNumbers: { start } }) },
    ...(official && { grid: { type: DocumentGridType.LINES, linePitch: OFFICIAL_LINE_PITCH, charSpace: officialCharSpace(fonts.bodySize) } }),
  });
  const withToc = hasHeadings(content.doc.content);
  const cover: ISectionOptions = {
    properties: properties(),
    headers: headers(false),
    footers: emptyFooters,
    children: coverBlocks(
      {
        organisation: meta.organisation,
        number: meta.number,
        title: meta.title,
        revision: meta.revision,
        statusLabel: status,
        draft,
        issueDate: meta.issueDate ?? null,
        effectiveDate: meta.effectiveDate,
        signatures: meta.signatures ?? { authored: null, reviewed: null, approved: meta.approver ? { name: meta.approver, date: meta.issueDate ?? '' } : null },
        history: meta.history ?? [],
        copy: meta.copy ?? { controlled: !draft },
      },
      language,
      section.width,
      official,
    ),
  };
  const toc: ISectionOptions = {
    properties: properties(),
    headers: headers(false),
    footers: emptyFooters,
    children: [
      new Paragraph({ style: 'TocHeading', children: [new TextRun(text.contents)] }),
      new TableOfContents(text.contents, { hyperlink: true, headingStyleRange: '1-3', ...(!options.pageNumbers && { beginDirty: false }) }),
    ],
  };
  const body: ISectionOptions = {
    // An official document's body is numbered from 1 (its cover and TOC carry no number).
    properties: properties(official ? 1 : undefined),
    headers: headers(true),
    footers: bodyFooters,
    children: [new Paragraph({ style: 'Title', children: [new TextRun(meta.title)] }), ...contentBlocks(content.doc.content, language, section, fonts.bodySize)],
  };
  return new Document({
    title: meta.title,
    subject: `${meta.number} ${text.revision} ${meta.revision}${draft ? ` ${text.draft}` : ''}`,
    creator: meta.organisation || 'Service QMS',
    lastModifiedBy: meta.exporter || 'Service QMS',
    keywords: [meta.number, status].join('; '),
    description: `${meta.number} ${meta.title} (${status})`,
    customProperties: [
      { name: 'DocumentNumber', value: meta.number },
      { name: 'Revision', value: meta.revision },
      { name: 'Status', value: status },
      { name: 'Draft', value: draft ? text.draft : '' },
      { name: 'EffectiveDate', value: meta.effectiveDate ?? '' },
      { name: 'Approver', value: meta.approver ?? '' },
    ],
    ...(official && { evenAndOddHeaderAndFooters: true }),
    ...(options.pageNumbers && { pageNumbers: options.pageNumbers }),
    styles: {
      default: {
        document: {
          run: { font: fontSlots(fonts.latin, fonts.body), size: fonts.bodySize, language: lang, ...(official && { characterSpacing: OFFICIAL_TIGHTEN }) },
          // Always with its rule: a bare w:line is 1.5 lines to Word and exactly 18 pt to LibreOffice.
          paragraph: { spacing: official ? { line: 240, lineRule: LineRuleType.AUTO } : { line: 360, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: fontSlots(latinHeading, fonts.title), size: fonts.titleSize, ...(fonts.titleBold && { bold: true }), language: lang },
          paragraph: { alignment: AlignmentType.CENTER, ...keep, ...offGrid(official), spacing: official ? { before: 0, after: OFFICIAL_LINE_PITCH } : { after: 360 } },
        },
        heading1: heading(fonts.headingSizes[0]),
        heading2: heading(fonts.headingSizes[1], 1),
        heading3: heading(fonts.headingSizes[2], 2),
      },
      paragraphStyles: [
        // Normal repeats the body size: LibreOffice takes the document grid's character pitch from it, not the defaults.
        { id: 'Normal', name: 'Normal', run: { font: fontSlots(fonts.latin, fonts.body), size: fonts.bodySize, language: lang, ...(official && { characterSpacing: OFFICIAL_TIGHTEN }) }, paragraph: {} },
        {
          id: 'TocHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: fontSlots(latinHeading, fonts.heading), size: official ? 32 : 32, ...(!official && { bold: true }) },
          paragraph: { alignment: AlignmentType.CENTER, ...keep, spacing: official ? { before: 0, after: OFFICIAL_LINE_PITCH } : { before: 240, after: 240 } },
        },
        {
          id: 'CoverOrganisation',
          name: 'Cover Organisation',
          basedOn: 'Normal',
          run: { font: fontSlots(latinHeading, fonts.heading), size: 36, ...(!official && { bold: true }) },
          paragraph: { alignment: AlignmentType.CENTER, ...offGrid(official) },
        },
        { id: 'CoverLine', name: 'Cover Line', basedOn: 'Normal', run: { size: 28 }, paragraph: { alignment: AlignmentType.CENTER, ...offGrid(official) } },
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: fonts.tableSize },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, ...offGrid(official) },
        },
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          paragraph: { indent: { left: 720 }, border: { left: { style: 'single', size: 12, color: '999999', space: 8 } } },
        },
      ],
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: listLevels(false) },
        { reference: 'ordered', levels: listLevels(true) },
      ],
    },
    sections: [...(withToc ? [cover, toc, body] : [cover, body]), ...(meta.matrixAppendix ? [matrixSection(meta.matrixAppendix, language, true)] : [])],
  });
}
