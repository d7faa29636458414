import type JSZip from 'jszip';
import { parseStructurePrefix } from '../../../shared/editor/structure';
import { paragraphs } from './word-numbering';

const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join('').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/**
 * A document typed without the Title style usually starts with its title centred on its own line. That paragraph
 * becomes the document's title (and leaves the body), so it does not come back as a body paragraph or a heading.
 * Title-styled paragraphs are left to the style map; our own export's cover is recognised by its styles.
 */
export async function takeCentredTitle(zip: JSZip): Promise<string | null> {
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) return null;
  const body = xml.indexOf('<w:body>');
  for (const p of paragraphs(xml)) {
    if (p.start < body) continue;
    const paragraph = xml.slice(p.start, p.end);
    const text = textOf(paragraph).trim();
    if (!text) continue;
    const pPr = /^<w:p\b[^>]*>\s*(<w:pPr>[\s\S]*?<\/w:pPr>)/.exec(paragraph)?.[1] ?? '';
    const style = /<w:pStyle w:val="([^"]*)"/.exec(pPr)?.[1] ?? '';
    const centred = /<w:jc w:val="center"\/>/.test(pPr);
    const numbered = /<w:numId w:val="(?!0")/.test(pPr);
    const inTable = xml.lastIndexOf('<w:tbl>', p.start) > xml.lastIndexOf('</w:tbl>', p.start);
    if (!centred || numbered || inTable || /^(Title|Cover)/i.test(style) || text.length > 100 || parseStructurePrefix(text)) return null;
    zip.file('word/document.xml', xml.slice(0, p.start) + xml.slice(p.end));
    return text;
  }
  return null;
}
