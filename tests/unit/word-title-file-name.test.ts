import { Document, Packer, Paragraph, TextRun, HeadingLevel } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_BYTES, safeFileName } from '../../shared/files/file-name';
import { fromOutline } from '../../shared/templates/outline';
import { openTestBackend, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let author: Client;
beforeEach(async () => {
  t = openTestBackend();
  ({ author } = await withAllRoles(t.backend));
});
afterEach(() => t.close());

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

async function wordTitled(title: string): Promise<string> {
  const doc = new Document({
    sections: [{ children: [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }), new Paragraph({ children: [new TextRun('第一条 为规范客户投诉处理，制定本办法。')] })] }],
  });
  return (await Packer.toBuffer(doc)).toString('base64');
}

describe('Word file names', () => {
  it('keep number, label and extension and shorten only the title to a safe length', () => {
    const long = '服务质量管理制度'.repeat(25); // 200 characters, 600 bytes
    const name = safeFileName({ head: 'QM-R-009', middle: long, tail: 'B/1', ext: '.docx' });
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name).toMatch(/^QM-R-009 服务质量管理制度.*… B_1\.docx$/u);
    expect(safeFileName({ head: 'QM-R-001', middle: '投诉:处理*办法?', tail: 'A/0', ext: '.docx' })).toBe('QM-R-001 投诉_处理_办法_ A_0.docx');
  });

  it('exports a 195-character title under 255 bytes', async () => {
    const title = '关于进一步加强'.repeat(27) + '服务质量管理';
    expect([...title].length).toBe(195);
    const doc = await author.call('documents.create', { title, type: 'regulation' });
    const draft = await author.call('revisions.startDraft', { documentId: doc.id });
    await author.call('revisions.save', { id: draft.id, version: draft.version, content: fromOutline('@ 条文。') });
    const file = await author.call('word.export', { revisionId: draft.id });
    expect(bytes(file.fileName)).toBeLessThanOrEqual(255);
    expect(file.fileName.startsWith(`${doc.number} 关于进一步加强`)).toBe(true);
    expect(file.fileName.endsWith('.docx')).toBe(true);
  });
});

describe('Word import of a title the register already has', () => {
  it('asks, naming the document, and then adds the file as its next revision', async () => {
    const existing = await author.call('documents.create', { title: '客户投诉处理管理办法', type: 'regulation' });
    const base64 = await wordTitled('客户投诉处理管理办法');
    const before = snapshot(t.backend);
    const asked = await author.raw('word.import', { fileName: 'a.docx', base64, onTitleMatch: 'ask' });
    expect(asked).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining(existing.number), details: { documentId: existing.id, number: existing.number } },
    });
    expect(snapshot(t.backend)).toBe(before);

    const added = await author.call('word.import', { fileName: 'a.docx', base64, documentId: existing.id });
    expect(added.documentId).toBe(existing.id);
    const created = await author.call('word.import', { fileName: 'a.docx', base64, onTitleMatch: 'new' });
    expect(created.documentId).not.toBe(existing.id);
  });

  it('does not ask when no document in use has the title', async () => {
    const r = await author.call('word.import', { fileName: 'b.docx', base64: await wordTitled('全新的管理办法'), onTitleMatch: 'ask' });
    expect((await author.call('documents.get', { id: r.documentId })).title).toBe('全新的管理办法');
  });
});
