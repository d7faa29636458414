import { Document, Packer, Paragraph, TextRun, HeadingLevel } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templateContent } from '../../shared/templates/catalog';
import { openTestBackend, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { docxOf } from '../helpers/word';

let t: TestBackend;
let author: Client;
beforeEach(async () => {
  t = openTestBackend();
  ({ author } = await withAllRoles(t.backend));
});
afterEach(() => t.close());

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** A .docx as someone would type it in Word: numbering typed by hand, a heading, bold text. */
async function typedInWord(): Promise<string> {
  const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('客户投诉处理管理办法')] }),
          p('第一章 总则'),
          p('第一条 为规范客户投诉处理，制定本办法。'),
          p('第二条 本办法适用于全体员工。'),
          p('（一）首问负责；'),
          p('第二章 处理流程'),
          p('第三条 投诉应在24小时内转交责任部门。', true),
        ],
      },
    ],
  });
  return (await Packer.toBuffer(doc)).toString('base64');
}

describe('Word import', () => {
  it('turns typed 第X章 / 第X条 / （一） into chapters, articles and clauses of a new draft', async () => {
    const r = await author.call('word.import', { fileName: '投诉办法.docx', base64: await typedInWord() });
    expect(r.report).toMatchObject({ chapters: 2, articles: 3 });
    const doc = await author.call('documents.get', { id: r.documentId });
    expect(doc).toMatchObject({ title: '客户投诉处理管理办法', type: 'regulation', language: 'zh-CN', status: 'draft' });
    const draft = await author.call('revisions.get', { id: r.revisionId });
    const blocks = (draft.content as { doc: { content: { type: string; content?: { text?: string; marks?: unknown[] }[] }[] } }).doc.content;
    // The title is the document's title, not a block of its body.
    expect(blocks.map((b) => b.type)).toEqual(['chapter', 'article', 'article', 'clause', 'chapter', 'article']);
    expect(blocks[0]!.content![0]!.text).toBe('总则');
    expect(blocks[1]!.content![0]!.text).toBe('为规范客户投诉处理，制定本办法。');
    expect(blocks[5]!.content![0]!.marks).toEqual([{ type: 'bold' }]);
  });

  it('keeps tables and images, skips the table of contents, and round-trips our own export', async () => {
    const content = templateContent('service-quality-regulation', 'zh-CN');
    content.doc.content.push(
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: '指标' }] }] }] }] },
      { type: 'image', attrs: { src: `data:image/png;base64,${PNG_1x1}` } },
    );
    const r = await author.call('word.import', { fileName: 'export.docx', base64: (await docxOf(content)).toString('base64'), title: '服务质量管理制度' });
    expect(r.report).toMatchObject({ chapters: 11, articles: 32, tables: 1, images: 1 });
  });

  it('imports as a new revision of an existing document', async () => {
    const doc = await author.call('documents.create', { title: '客户投诉处理管理办法', type: 'regulation' });
    const r = await author.call('word.import', { fileName: 'v2.docx', base64: await typedInWord(), documentId: doc.id });
    expect(r.documentId).toBe(doc.id);
    const before = snapshot(t.backend);
    expect(await author.raw('word.import', { fileName: 'v3.docx', base64: await typedInWord(), documentId: doc.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'revisions.openExists' } },
    });
    expect(snapshot(t.backend)).toBe(before);
  });

  it.each([
    ['a text file', Buffer.from('第一章 总则\n第一条 ……').toString('base64')],
    ['a corrupt zip', Buffer.from('PK\u0003\u0004 broken').toString('base64')],
  ])('refuses %s with a clear error and creates nothing', async (_name, base64) => {
    const before = snapshot(t.backend);
    const r = await author.raw('word.import', { fileName: 'x.docx', base64 }, 'zh-CN');
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '该文件不是有效的 Word 文档（.docx），未导入任何内容。' } });
    expect(snapshot(t.backend)).toBe(before);
  });
});
