import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Header,
  LevelFormat,
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

/** Page layout: A4 with Word's margins, or GB/T 9704's margins and a 28 × 28 character grid. */
function page(style: WordStyle) {
  if (style === 'standard') return { page: { margin: { top: 1440, bottom: 1440, left: 1800, right: 1800 } } };
  const [top, bottom, left, right] = [37, 35, 28, 26].map(convertMillimetersToTwip) as [number, number, number, number];
  const linePitch = Math.round((convertMillimetersToTwip(297) - top - bottom) / 28);
  const charPitchPt = (convertMillimetersToTwip(210) - left - right) / 20 / 28;
  return {
    page: { margin: { top, bottom, left, right } },
    grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch, charSpace: Math.round((charPitchPt - 16) * 4096) },
  };
}

/** A revision as a .docx that Word, WPS and LibreOffice show alike, with Chinese fonts in every slot. */
export function buildWordDocument(content: Content, language: Language, style: WordStyle, meta: WordMeta): Document {
  const fonts = fontsFor(language, style);
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
          run: { font: fontSlots(fonts.latin, fonts.body), size: fonts.bodySize, language: lang },
          paragraph: { spacing: { line: style === 'official' ? 240 : 360 } },
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
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${meta.number}　${meta.title}　${text.revision} ${meta.revision}`, ...small })] })],
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
