import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importWord } from '../../electron/backend/services/word-import';
import { AppError } from '../../electron/backend/errors';
import { greyPng } from '../helpers/png';

/** A regulation whose 第X章 / 第X条 exist only in numbering.xml, as Word writes a numbered list. */
async function numberedByWord(opts: { restartArticles: boolean; headingStyles?: boolean } = { restartArticles: true }): Promise<Buffer> {
  const levels = [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1章', alignment: AlignmentType.CENTER },
    // Level 2 restarts after each chapter unless told never to (lvlRestart 0 is not offered by docx: count on by a second list).
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '第%2条', alignment: AlignmentType.LEFT },
    { level: 2, format: LevelFormat.CHINESE_COUNTING, text: '（%3）', alignment: AlignmentType.LEFT },
  ];
  const n = (level: number) => ({ reference: 'regulation', level });
  const chapter = (text: string) => new Paragraph({ numbering: n(0), ...(opts.headingStyles && { heading: HeadingLevel.HEADING_1 }), children: [new TextRun(text)] });
  const article = (text: string) => new Paragraph({ numbering: n(1), children: [new TextRun(text)] });
  const doc = new Document({
    numbering: { config: [{ reference: 'regulation', levels }] },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun('客户投诉处理管理办法')] }),
          chapter('总则'),
          article('为规范客户投诉处理，制定本办法。'),
          article('本办法适用于全体员工。'),
          new Paragraph({ numbering: n(2), children: [new TextRun('首问负责；')] }),
          chapter('处理流程'),
          article('投诉应在24小时内转交责任部门。'),
          article('处理结果应回访客户。'),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  if (opts.restartArticles) return buffer;
  // Never restart articles: lvlRestart 0 on level 2, as Word writes "continue numbering" for a legal list.
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/numbering.xml')!.async('string');
  zip.file('word/numbering.xml', xml.replace(/(<w:lvl w:ilvl="1"[^>]*>)((?:(?!<\/w:lvl>)[\s\S])*?第%2条)/, '$1<w:lvlRestart w:val="0"/>$2'));
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function patched(buffer: Buffer, part: string, edit: (xml: string) => string | null): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file(part)!.async('string');
  const next = edit(xml);
  if (next === null) zip.remove(part);
  else zip.file(part, next);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const types = (r: Awaited<ReturnType<typeof importWord>>) => r.content.doc.content.map((b) => b.type);
const firstText = (r: Awaited<ReturnType<typeof importWord>>, i: number) => r.content.doc.content[i]!.content?.[0]?.text;

describe('Word import: numbering by Word itself', () => {
  it('recognises chapters, articles and clauses numbered in numbering.xml, and says how', async () => {
    const r = await importWord(await numberedByWord({ restartArticles: false }));
    expect(types(r)).toEqual(['chapter', 'article', 'article', 'clause', 'chapter', 'article', 'article']);
    expect(firstText(r, 0)).toBe('总则');
    expect(firstText(r, 1)).toBe('为规范客户投诉处理，制定本办法。');
    expect(r.report).toMatchObject({ chapters: 2, articles: 4, listNumbered: { chapter: 2, article: 4, clause: 1 }, renumbered: [] });
    expect(r.title).toBe('客户投诉处理管理办法');
  });

  it('renumbers articles restarted in each chapter so they count on, and lists the changes', async () => {
    const r = await importWord(await numberedByWord({ restartArticles: true }));
    expect(r.report.articles).toBe(4);
    expect(r.report.renumbered).toEqual([
      { from: '第二章 第一条', to: '第三条' },
      { from: '第二章 第二条', to: '第四条' },
    ]);
  });

  it('follows heading styles linked to list levels', async () => {
    const r = await importWord(await numberedByWord({ restartArticles: false, headingStyles: true }));
    expect(types(r).filter((t) => t === 'chapter')).toHaveLength(2);
  });

  it('reports a missing numbering.xml, undefined levels and looping links, and still imports the text', async () => {
    const base = await numberedByWord({ restartArticles: false });
    const missing = await importWord(await patched(base, 'word/numbering.xml', () => null));
    expect(missing.report.lost.join(' ')).toMatch(/numbering\.xml is missing/);
    expect(missing.report.chapters).toBe(0);
    expect(JSON.stringify(missing.content)).toContain('为规范客户投诉处理');

    const undefinedLevel = await importWord(await patched(base, 'word/document.xml', (x) => x.replace(/<w:ilvl w:val="1"\/>/g, '<w:ilvl w:val="7"/>')));
    expect(undefinedLevel.report.lost.join(' ')).toMatch(/level 8 of list \d+ is not defined/);
    expect(undefinedLevel.report.chapters).toBe(2);

    const undefinedList = await importWord(await patched(base, 'word/document.xml', (x) => x.replace(/<w:numId w:val="\d+"\/>/g, '<w:numId w:val="99"/>')));
    expect(undefinedList.report.lost.join(' ')).toMatch(/list 99 is not defined/);

    // Every definition links to a numbering style whose list is the document's own: a loop.
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(await (await JSZip.loadAsync(base)).file('word/document.xml')!.async('string'))![1];
    const looping = await importWord(
      await patched(base, 'word/numbering.xml', (x) => x.replace(/(<w:abstractNum [^>]*>)/g, '$1<w:numStyleLink w:val="Loop"/>')).then((b) =>
        patched(b, 'word/styles.xml', (x) =>
          x.replace('</w:styles>', `<w:style w:type="numbering" w:styleId="Loop"><w:name w:val="Loop"/><w:pPr><w:numPr><w:numId w:val="${numId}"/></w:numPr></w:pPr></w:style></w:styles>`),
        ),
      ),
    );
    expect(looping.report.lost.join(' ')).toMatch(/loops or is missing/);
  });
});

describe('Word import: the title', () => {
  it('takes a centred first paragraph as the title, not a body paragraph', async () => {
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '员工服务培训管理制度', bold: true })] }),
              new Paragraph('第一章 总则'),
              new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('居中的正文')] }),
            ],
          },
        ],
      }),
    );
    const r = await importWord(docx);
    expect(r.title).toBe('员工服务培训管理制度');
    expect(types(r)).toEqual(['chapter', 'paragraph']);
    expect(JSON.stringify(r.content)).not.toContain('员工服务培训管理制度');
  });

  it('leaves a document whose first paragraph is ordinary text as it is', async () => {
    const r = await importWord(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('第一条 为规范管理，制定本办法。'), new Paragraph('正文')] }] })));
    expect(types(r)).toEqual(['article', 'paragraph']);
  });
});

describe('Word import: round trip', () => {
  it('export → import → export keeps one title and the same blocks each cycle', async () => {
    const { templateContent } = await import('../../shared/templates/catalog');
    const { docxOf, META } = await import('../helpers/word');
    const original = templateContent('service-quality-regulation', 'zh-CN');
    const first = await importWord(await docxOf(original));
    expect(first.title).toBe(META.title);
    expect(types(first)).toEqual(original.doc.content.map((b) => b.type));
    const second = await importWord(await docxOf(first.content));
    expect(second.title).toBe(META.title);
    expect(second.content.doc.content).toEqual(first.content.doc.content);
    expect(second.report.renumbered).toEqual([]);
  });
});

describe('Word import: bad and large input', () => {
  it('refuses a 200 MB picture with a clear error, before reading it', async () => {
    const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('图片')] }] })));
    zip.file('word/media/huge.png', Buffer.alloc(200 * 1024 * 1024));
    const docx = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const error = await importWord(docx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION', key: 'word.tooLarge', params: { what: expect.stringContaining('huge.png') } });
  }, 60_000);

  it('imports a 500-row table and 10,000 articles in seconds', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => new TableRow({ children: [new TableCell({ children: [new Paragraph(String(i + 1))] }), new TableCell({ children: [new Paragraph(`第${i + 1}项要求`)] })] }));
    const articles = Array.from({ length: 10_000 }, (_, i) => new Paragraph(`第${i + 1}条 服务人员应按标准提供服务，记录完整。`));
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('第一章 总则'), ...articles, new Table({ rows })] }] }));
    const started = Date.now();
    const r = await importWord(docx);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.report).toMatchObject({ chapters: 1, articles: 10_000, tables: 1 });
    expect(r.content.doc.content.at(-1)!.content).toHaveLength(500);
  }, 60_000);

  it('keeps underline and block quotes through our own export, with no empty paragraph before a picture', async () => {
    const { buildWordDocument } = await import('../../shared/word/build');
    const { packWord } = await import('../../shared/word/pack');
    const png = `data:image/png;base64,${greyPng(20, 10).toString('base64')}`;
    const content = {
      schemaVersion: 1,
      doc: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: '下划线', marks: [{ type: 'underline' }] }] },
          { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '引用的话' }] }] },
          { type: 'image', attrs: { src: png } },
        ],
      },
    };
    const meta = { number: 'X-1', title: '测试', revision: 'A', status: 'effective', effectiveDate: null, approver: null, organisation: '公司' };
    const docx = Buffer.from(await packWord(buildWordDocument(content as never, 'zh-CN', 'standard', meta)));
    const r = await importWord(docx);
    expect(r.title).toBe('测试');
    const blocks = r.content.doc.content;
    expect(blocks[0]).toMatchObject({ type: 'paragraph', content: [{ text: '下划线', marks: [{ type: 'underline' }] }] });
    expect(blocks[1]).toMatchObject({ type: 'blockquote' });
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'blockquote', 'image']);
  });
});
