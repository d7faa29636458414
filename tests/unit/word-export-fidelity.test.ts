import { describe, expect, it } from 'vitest';
import type { Content, ContentNode } from '../../shared/editor/content';
import { templateContent } from '../../shared/templates/catalog';
import { OFFICIAL_LINE_PITCH } from '../../shared/word/build';
import { docxPart, docxParts } from '../helpers/libreoffice';
import { greyPng, pngDataUrl } from '../helpers/png';
import { docxOf, META } from '../helpers/word';

const text = (t: string): ContentNode => ({ type: 'paragraph', content: [{ type: 'text', text: t }] });
const cell = (type: 'tableHeader' | 'tableCell', t: string): ContentNode => ({ type, content: [text(t)] });
const doc = (...content: ContentNode[]): Content => ({ schemaVersion: 1, doc: { type: 'doc', content } }) as Content;

/** The regulation, a manual-style heading, a wide picture and a table with one short and one long column. */
function sample(): Content {
  const content = templateContent('service-quality-regulation', 'zh-CN');
  content.doc.content.push(
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '附录' }] },
    { type: 'image', attrs: { src: pngDataUrl(greyPng(3000, 1000)) } },
    { type: 'image', attrs: { src: pngDataUrl(greyPng(400, 3000)) } },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', '序号'), cell('tableHeader', '要求')] },
        { type: 'tableRow', content: [cell('tableCell', '1'), cell('tableCell', '服务人员应着统一工装，佩戴工牌，保持仪容整洁，用语文明规范，耐心解答客户咨询。')] },
      ],
    },
  );
  return content;
}

const EMU_PER_TWIP = 635;

describe('Word export: both styles', () => {
  it('writes run properties only where the content sets them, so headings keep the bold of their style', async () => {
    for (const style of ['standard', 'official'] as const) {
      const body = await docxPart(await docxOf(sample(), 'zh-CN', style), 'word/document.xml');
      expect(body).not.toMatch(/<w:b w:val="(false|0)"\/>/);
      expect(body).not.toMatch(/<w:i w:val="(false|0)"\/>/);
      expect(body).not.toMatch(/<w:strike w:val="(false|0)"\/>/);
      // The chapter title after its label carries no run properties at all.
      expect(body).toMatch(/<w:r><w:t xml:space="preserve">总则<\/w:t><\/w:r>/);
    }
    const styles = await docxPart(await docxOf(sample()), 'word/styles.xml');
    expect(/<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)![0]).toContain('<w:b/>');
  });

  it('keeps headings with their text and table rows whole; header rows repeat', async () => {
    const docx = await docxOf(sample());
    const styles = await docxPart(docx, 'word/styles.xml');
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Title']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)![0];
      expect(style).toContain('<w:keepNext/>');
      expect(style).toContain('<w:keepLines/>');
    }
    const body = await docxPart(docx, 'word/document.xml');
    const rows = body.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    expect(body).toContain('<w:tblHeader/>');
  });

  it('always writes a line rule, and never exact spacing on a paragraph with a picture', async () => {
    for (const style of ['standard', 'official'] as const) {
      const docx = await docxOf(sample(), 'zh-CN', style);
      const xml = (await docxPart(docx, 'word/styles.xml')) + (await docxPart(docx, 'word/document.xml'));
      for (const spacing of xml.match(/<w:spacing [^>]*w:line="[^>]*>/g) ?? []) expect(spacing).toMatch(/w:lineRule="(auto|atLeast)"/);
      const pictures = (await docxPart(docx, 'word/document.xml')).match(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:drawing>[\s\S]*?<\/w:p>/g)!;
      expect(pictures.length).toBe(2);
      for (const p of pictures) expect(p).toMatch(/<w:spacing w:line="240" w:lineRule="auto"\/>/);
    }
  });

  it('scales pictures to the text width and the page height, keeping their shape', async () => {
    for (const [style, width, height] of [
      ['standard', 11906 - 3600, 16838 - 2880],
      ['official', 8844, 12756],
    ] as const) {
      const body = await docxPart(await docxOf(sample(), 'zh-CN', style), 'word/document.xml');
      const extents = [...body.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      expect(extents).toHaveLength(2);
      const [wide, tall] = extents;
      expect(wide![0]).toBeLessThanOrEqual(width * EMU_PER_TWIP);
      expect(wide![0]).toBeGreaterThan(width * EMU_PER_TWIP * 0.95);
      expect(wide![0] / wide![1]).toBeCloseTo(3, 1);
      expect(tall![1]).toBeLessThanOrEqual(height * EMU_PER_TWIP);
      expect(tall![1] / tall![0]).toBeCloseTo(7.5, 1);
    }
  });

  it('sizes table columns from their content, and the official style sets tables in 四号', async () => {
    const body = await docxPart(await docxOf(sample()), 'word/document.xml');
    const grids = [...body.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])));
    const sampleTable = grids.at(-1)!;
    expect(sampleTable).toHaveLength(2);
    expect(sampleTable[1]! / sampleTable[0]!).toBeGreaterThan(3);
    expect(sampleTable[0]! + sampleTable[1]!).toBeLessThanOrEqual(11906 - 3600);
    const styles = await docxPart(await docxOf(sample(), 'zh-CN', 'official'), 'word/styles.xml');
    expect(/<w:style [^>]*w:styleId="TableText"[\s\S]*?<\/w:style>/.exec(styles)![0]).toContain('<w:sz w:val="28"/>');
  });

  it('English: a space after clause labels, the title in the Latin heading font, properties in English', async () => {
    const docx = await docxOf(templateContent('service-quality-regulation', 'en'), 'en', 'standard', { ...META, title: 'Service quality regulations' });
    const body = await docxPart(docx, 'word/document.xml');
    expect(body).toMatch(/<w:t xml:space="preserve">\(1\) <\/w:t>/);
    const title = /<w:style [^>]*w:styleId="Title"[\s\S]*?<\/w:style>/.exec(await docxPart(docx, 'word/styles.xml'))![0];
    expect(title).toMatch(/w:ascii="Arial"/);
    expect(title).toMatch(/w:hAnsi="Arial"/);
    expect(await docxPart(docx, 'docProps/custom.xml')).toContain('Effective');
  });

  it('records the exporter as lastModifiedBy and the status in the document language', async () => {
    const docx = await docxOf(sample());
    expect(await docxPart(docx, 'docProps/core.xml')).toContain('<cp:lastModifiedBy>王强</cp:lastModifiedBy>');
    expect(await docxPart(docx, 'docProps/custom.xml')).toContain('现行有效');
  });

  it('fills fontTable.xml with altName and panose for each font used', async () => {
    const table = await docxPart(await docxOf(sample(), 'zh-CN', { style: 'official', fonts: 'gb2312' }), 'word/fontTable.xml');
    expect(table).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/><w:panose1 w:val="[0-9A-F]{20}"\/><w:charset w:val="86"\/>/);
    expect(table).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
    expect(table).toMatch(/<w:font w:name="黑体"><w:altName w:val="SimHei"\/>/);
    expect(table).toMatch(/<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"\/>/);
    const standard = await docxPart(await docxOf(sample()), 'word/fontTable.xml');
    expect(standard).toMatch(/<w:font w:name="宋体"><w:altName w:val="SimSun"\/>/);
    expect(standard).not.toContain('仿宋');
  });
});

describe('Word export: the official style (GB/T 9704-2012)', () => {
  it('has a 22-line grid, two-character indents, headings on the grid, and no running header', async () => {
    const docx = await docxOf(sample(), 'zh-CN', 'official');
    const body = await docxPart(docx, 'word/document.xml');
    expect(OFFICIAL_LINE_PITCH).toBe(579);
    const grids = body.match(/<w:docGrid [^>]*\/>/g)!;
    for (const g of grids) {
      expect(g).toContain('w:linePitch="579"');
      expect(g).toMatch(/w:charSpace="-8\d\d"/);
    }
    expect(body).toContain('w:firstLineChars="200"');
    const styles = await docxPart(docx, 'word/styles.xml');
    const h1 = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(h1).toMatch(/<w:spacing w:after="0" w:before="0"\/>/);
    expect(h1).toContain('w:eastAsia="黑体"');
    const headers = await docxParts(docx, /^word\/header\d+\.xml$/);
    expect(headers).not.toContain('QM-R-001');
  });

  it('numbers pages "— 1 —" in 四号 宋体 on the outer side, odd and even apart', async () => {
    const docx = await docxOf(sample(), 'zh-CN', 'official');
    expect(await docxPart(docx, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const body = await docxPart(docx, 'word/document.xml');
    const last = body.slice(body.lastIndexOf('<w:sectPr'));
    const odd = /<w:footerReference w:type="default" r:id="(rId\d+)"\/>/.exec(last)![1];
    const even = /<w:footerReference w:type="even" r:id="(rId\d+)"\/>/.exec(last)![1];
    const rels = await docxPart(docx, 'word/_rels/document.xml.rels');
    const part = (id: string) => docxPart(docx, `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`);
    const [oddXml, evenXml] = [await part(odd!), await part(even!)];
    for (const xml of [oddXml, evenXml]) {
      expect(xml).toContain('— ');
      expect(xml).toContain('PAGE');
      expect(xml).toContain('<w:sz w:val="28"/>');
      expect(xml).toContain('w:eastAsia="宋体"');
    }
    expect(oddXml).toContain('<w:jc w:val="right"/>');
    expect(evenXml).toContain('<w:jc w:val="left"/>');
  });

  it('is not offered for English documents: they export in the standard style', async () => {
    const docx = await docxOf(templateContent('service-quality-regulation', 'en'), 'en', 'official', { ...META, title: 'Regulations' });
    expect(await docxPart(docx, 'word/document.xml')).not.toContain('w:linePitch="579"');
  });
});

describe('Word export: cover, control block and draft marks', () => {
  it('has a cover with the control block and the 编制/审核/批准 signatures, then the 修订记录', async () => {
    const body = await docxPart(await docxOf(sample()), 'word/document.xml');
    for (const t of ['安和城市服务有限公司', '文件编号：QM-R-001', '版本：A/1', '受控状态：受控\u3000发放号：003', '发布日期：2026-11-20', '实施日期：2026-12-01', '编制', '审核', '批准', '李娜', '王强', '2026-11-15', '修\u3000订\u3000记\u3000录', '首次发布'])
      expect(body).toContain(t);
    expect(body.indexOf('文件编号')).toBeLessThan(body.indexOf('修\u3000订'));
    expect(body.indexOf('修\u3000订')).toBeLessThan(body.indexOf('目\u3000录'));
  });

  it('marks an uncontrolled copy, and a draft with 草稿 in every header and in its properties', async () => {
    const docx = await docxOf(sample(), 'zh-CN', 'standard', { ...META, status: 'draft', copy: { controlled: false } });
    expect(await docxPart(docx, 'word/document.xml')).toContain('受控状态：非受控');
    const body = await docxPart(docx, 'word/document.xml');
    const rels = await docxPart(docx, 'word/_rels/document.xml.rels');
    const headerIds = [...body.matchAll(/<w:headerReference w:type="default" r:id="(rId\d+)"\/>/g)].map((m) => m[1]!);
    expect(headerIds.length).toBeGreaterThanOrEqual(3);
    for (const id of headerIds) expect(await docxPart(docx, `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`)).toContain('草稿');
    expect(await docxPart(docx, 'docProps/custom.xml')).toContain('草稿');
    const en = await docxOf(templateContent('service-quality-regulation', 'en'), 'en', 'standard', { ...META, status: 'in_review' });
    expect(await docxParts(en, /^word\/header\d+\.xml$/)).toContain('DRAFT');
    expect(await docxParts(await docxOf(sample(), 'zh-CN', 'official', { ...META, status: 'approved' }), /^word\/header\d+\.xml$/)).toContain('草稿');
    expect(await docxParts(await docxOf(sample()), /^word\/header\d+\.xml$/)).not.toContain('草稿');
  });

  it('writes no table of contents for a document without chapters or headings', async () => {
    const body = await docxPart(await docxOf(doc(text('只有一段正文。'))), 'word/document.xml');
    expect(body).not.toContain('TOC \\');
    expect(body).not.toContain('目\u3000录');
  });
});
