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
} from 'docx';
import type { Content } from '../editor/content';
import type { Language } from '../editor/structure';
import { contentBlocks } from './blocks';
import { captions, fontSlots, fontsFor, type WordStyle } from './style';

export interface WordMeta {
  number: string;
  title: string;
  revision: string;
  status: string;
  effectiveDate: string | null;
  approver: string | null;
  organisation: string;
}

const listLevels = (ordered: boolean): ILevelsOptions[] =>
  [0, 1, 2, 3].map((level) => ({
    level,
    format: ordered ? [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL][level]! : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : ['●', '○', '■', '●'][level]!,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));

const OFFICIAL_MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 };
const OFFICIAL_LINES = 28;
const OFFICIAL_CHARS = 28;
const twips = (mm: number) => Math.round(convertMillimetersToTwip(mm));
/** GB/T 9704-style: exact line pitch for 28 lines, and letters tightened so 28 characters of 三号 fill a line. */
const officialLinePitch = Math.floor((twips(297) - twips(OFFICIAL_MARGINS_MM.top) - twips(OFFICIAL_MARGINS_MM.bottom)) / OFFICIAL_LINES);
const officialCharSpacing = Math.floor((twips(210 - OFFICIAL_MARGINS_MM.left - OFFICIAL_MARGINS_MM.right) / OFFICIAL_CHARS) - 16 * 20);

/**
 * Page layout: A4 with Word's margins, or GB/T 9704's margins. The official layout gets its 28 lines from
 * exact line spacing, not a document grid: a grid makes renderers whose CJK fonts are taller than the
 * pitch (LibreOffice with Noto CJK) snap every line to two.
 */
function page(style: WordStyle) {
  if (style === 'standard') return { page: { margin: { top: 1440, bottom: 1440, left: 1800, right: 1800 } } };
  const { top, bottom, left, right } = OFFICIAL_MARGINS_MM;
  return { page: { margin: { top: twips(top), bottom: twips(bottom), left: twips(left), right: twips(right) } }, grid: { type: DocumentGridType.DEFAULT, linePitch: officialLinePitch } };
}

/** A revision as a .docx that Word, WPS and LibreOffice show alike, with Chinese fonts in every slot. */
export function buildWordDocument(content: Content, language: Language, style: WordStyle, meta: WordMeta): Document {
  const fonts = fontsFor(language, style);
  const official = style === 'official' && language === 'zh-CN';
  const text = captions(language);
  const lang = { value: language === 'en' ? 'en-US' : 'zh-CN', eastAsia: 'zh-CN' };
  const heading = (size: number) => ({
    run: { font: fontSlots(language === 'en' ? fonts.heading : fonts.latin, fonts.heading), size, bold: style === 'standard' || language === 'en', language: lang },
    paragraph: { spacing: { before: 240, after: 120 } },
  });
  const small = { font: fontSlots(fonts.latin, fonts.body), size: 18 };
  return new Document({
    title: meta.title,
    subject: `${meta.number} ${text.revision} ${meta.revision}`,
    creator: meta.organisation || 'Service QMS',
    keywords: meta.number,
    description: `${meta.number} ${meta.title}`,
    customProperties: [
      { name: 'DocumentNumber', value: meta.number },
      { name: 'Revision', value: meta.revision },
      { name: 'Status', value: meta.status },
      { name: 'EffectiveDate', value: meta.effectiveDate ?? '' },
      { name: 'Approver', value: meta.approver ?? '' },
    ],
    features: { updateFields: true },
    styles: {
      default: {
        document: {
          run: { font: fontSlots(fonts.latin, fonts.body), size: fonts.bodySize, language: lang, ...(official && { characterSpacing: officialCharSpacing }) },
          paragraph: { spacing: official ? { line: officialLinePitch, lineRule: LineRuleType.EXACT } : { line: 360 } },
        },
        title: { run: { font: fontSlots(fonts.latin, fonts.title), size: fonts.titleSize, language: lang }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 } } },
        heading1: heading(fonts.headingSizes[0]),
        heading2: heading(fonts.headingSizes[1]),
        heading3: heading(fonts.headingSizes[2]),
      },
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: listLevels(false) },
        { reference: 'ordered', levels: listLevels(true) },
      ],
    },
    sections: [
      {
        properties: page(style),
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${meta.number}\u3000${meta.title}\u3000${text.revision} ${meta.revision}`, ...small })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: text.page(PageNumber.CURRENT, PageNumber.TOTAL_PAGES), ...small })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ style: 'Title', children: [new TextRun(meta.title)] }),
          new TableOfContents(text.contents, { hyperlink: true, headingStyleRange: '1-3' }),
          ...contentBlocks(content.doc.content, language),
        ],
      },
    ],
  });
}
