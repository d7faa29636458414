import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromOutline } from '../../shared/templates/outline';
import { openTestBackend, PASSWORD, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { pdfOf, PNG, xlsxOf } from '../helpers/file-bodies';
import { docxOf } from '../helpers/word';

let t: TestBackend;
let qm: Client;
let author: Client;
let auditor: Client;

beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, author, auditor } = await withAllRoles(t.backend));
});
afterEach(() => t.close());

const upload = (name: string, data: Buffer) => author.call('attachments.upload', { name, dataBase64: data.toString('base64') });

async function externalDraft(title = 'GB/T 19001-2016 质量管理体系 要求') {
  const doc = await author.call('documents.create', { title, type: 'external' });
  return { doc, draft: await author.call('revisions.startDraft', { documentId: doc.id }) };
}

describe('file-bodied and external documents', () => {
  it('approves a PDF body the same way, finds its words, and exports the original file', async () => {
    const { doc, draft } = await externalDraft();
    const pdf = pdfOf('Quality management systems - Requirements, clause 7.5 documented information');
    const file = await upload('GB-T-19001.pdf', pdf);
    const attached = await author.call('revisions.attachFile', { id: draft.id, version: draft.version, attachmentId: file.id });
    expect(attached.file).toEqual({ attachmentId: file.id, name: 'GB-T-19001.pdf', mediaType: 'application/pdf', size: pdf.length, sha256: file.sha256, hasText: true });
    // The content hash, which every signature covers, binds the file itself.
    const view = await author.call('revisions.get', { id: draft.id });
    expect(JSON.stringify(view.content)).toContain(file.sha256);
    expect(await author.raw('revisions.save', { id: draft.id, version: attached.version, content: fromOutline('@ x') })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'revisions.fileBody' } },
    });
    const submitted = await author.call('revisions.submit', { id: draft.id, version: attached.version, changeReason: '受控外来标准', password: PASSWORD });
    const approved = await qm.call('revisions.sign', { id: draft.id, version: submitted.version, password: PASSWORD, contentHash: submitted.contentHash });
    expect(approved.status).toBe('effective');
    expect((await auditor.call('search.documents', { q: 'documented information' })).hits.map((h) => h.documentId)).toEqual([doc.id]);
    const exported = await auditor.call('word.export', { revisionId: draft.id });
    expect(exported.fileName).toBe('GB-T-19001.pdf');
    expect(Buffer.from(exported.base64, 'base64').equals(pdf)).toBe(true);
    // The next revision starts from the same file until another replaces it.
    const next = await author.call('revisions.startDraft', { documentId: doc.id });
    expect(next.file).toMatchObject({ attachmentId: file.id });
  });

  it('extracts text from .docx and .xlsx, and says when a file has none', async () => {
    const { draft } = await externalDraft('客户服务合同范本');
    const docx = await upload('合同范本.docx', await docxOf(fromOutline('# 总则\n@ 乙方应在两小时内响应客户投诉。')));
    let rev = await author.call('revisions.attachFile', { id: draft.id, version: draft.version, attachmentId: docx.id });
    expect(rev.file?.hasText).toBe(true);
    expect(JSON.stringify((await author.call('revisions.get', { id: draft.id })).content)).toContain('两小时内响应客户投诉');

    const xlsx = await upload('满意度调查.xlsx', await xlsxOf('调查结果', [['项目', '得分'], ['响应速度', '92']]));
    rev = await author.call('revisions.attachFile', { id: draft.id, version: rev.version, attachmentId: xlsx.id });
    expect(rev.file?.hasText).toBe(true);
    expect((await author.call('search.documents', { q: '响应速度' })).total).toBe(1);

    const scan = await upload('扫描件.pdf', pdfOf(null));
    rev = await author.call('revisions.attachFile', { id: draft.id, version: rev.version, attachmentId: scan.id });
    expect(rev.file).toMatchObject({ hasText: false });
    expect(JSON.stringify((await author.call('revisions.get', { id: draft.id })).content)).toContain('没有文字层');
    const png = await upload('印章.png', PNG);
    rev = await author.call('revisions.attachFile', { id: draft.id, version: rev.version, attachmentId: png.id });
    expect(rev.file).toMatchObject({ mediaType: 'image/png', hasText: false });

    // Back to editor content.
    rev = await author.call('revisions.attachFile', { id: draft.id, version: rev.version, attachmentId: null });
    expect(rev.file).toBeNull();
  });

  it('refuses a disguised file, and an unknown attachment, changing nothing', async () => {
    const { draft } = await externalDraft();
    const before = snapshot(t.backend);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    expect(await author.raw('attachments.upload', { name: '标准.pdf', dataBase64: exe.toString('base64') })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await author.raw('revisions.attachFile', { id: draft.id, version: draft.version, attachmentId: '0190a000-0000-7000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(snapshot(t.backend)).toBe(before);
  });

  it('registers the version in force with its current file (登记现行版本)', async () => {
    const doc = await qm.call('documents.create', { title: '服务质量季度评估表', type: 'form' });
    const file = await qm.call('attachments.upload', { name: '评估表.xlsx', dataBase64: (await xlsxOf('评估', [['网点', '得分']])).toString('base64') });
    const rev = await qm.call('revisions.register', { documentId: doc.id, label: 'B/3', effectiveDate: '2024-05-01', password: PASSWORD, attachmentId: file.id });
    expect(rev).toMatchObject({ status: 'effective', origin: 'registered', file: { attachmentId: file.id, hasText: true } });
    expect(rev.signatures[0]).toMatchObject({ meaning: 'registered', contentHash: rev.contentHash });
  });
});
