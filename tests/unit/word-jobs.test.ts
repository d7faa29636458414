import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../../shared/jobs/contract';
import { templateContent } from '../../shared/templates/catalog';
import { computePendingLayouts } from '../../electron/backend/services/word-layouts';
import { openTestBackend, PASSWORD, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { docxPart } from '../helpers/libreoffice';

let t: TestBackend;
let c: Awaited<ReturnType<typeof withAllRoles>>;
let qm: Client;
beforeEach(async () => {
  t = openTestBackend();
  c = await withAllRoles(t.backend);
  qm = c.quality_manager;
});
afterEach(() => t.close());

async function regulation(language: 'zh-CN' | 'en' = 'zh-CN') {
  const d = await qm.call('documents.create', { title: language === 'en' ? 'Service quality regulations' : '服务质量管理制度', type: 'regulation', language });
  const r = await c.author.call('revisions.startDraft', { documentId: d.id });
  const saved = await c.author.call('revisions.save', { id: r.id, version: r.version, content: templateContent('service-quality-regulation', language) });
  return { doc: d, draft: saved };
}

async function effective(language: 'zh-CN' | 'en' = 'zh-CN') {
  const { draft } = await regulation(language);
  const submitted = await c.author.call('revisions.submit', { id: draft.id, version: draft.version, changeReason: '首次发布', password: PASSWORD });
  return qm.call('revisions.sign', { id: submitted.id, version: submitted.version, password: PASSWORD, meaning: 'approved' });
}

async function finished(client: Client, jobId: string): Promise<Job> {
  for (let i = 0; i < 600; i++) {
    const job = await client.call('jobs.get', { jobId });
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('job did not finish');
}

const tocNumbers = (body: string) => {
  const toc = body.slice(body.indexOf('<w:sdtContent>'), body.indexOf('</w:sdtContent>'));
  return [...toc.matchAll(/<w:hyperlink [^>]*>([\s\S]*?)<\/w:hyperlink>/g)].map((m) => [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(''));
};

describe('Word export as a job', () => {
  it('runs in a worker with progress, fills the TOC with page numbers in order, and keeps them for the next export', async () => {
    const revision = await effective();
    const { jobId } = await c.executive.call('word.exportStart', { revisionId: revision.id });
    const job = await finished(c.executive, jobId);
    expect(job).toMatchObject({ status: 'done', progress: 1, kind: 'word.export', error: null });
    const result = job.result as { base64: string; pageNumbers: string; fileName: string };
    expect(result.pageNumbers).toBe('computed');
    const entries = tocNumbers(await docxPart(Buffer.from(result.base64, 'base64'), 'word/document.xml'));
    expect(entries).toHaveLength(11);
    const numbers = entries.map((e) => Number(/(\d+)$/.exec(e)?.[1]));
    for (const n of numbers) expect(n).toBeGreaterThanOrEqual(1);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
    expect(numbers.at(-1)).toBeGreaterThan(1);
    expect(await docxPart(Buffer.from(result.base64, 'base64'), 'word/settings.xml')).not.toContain('updateFields');

    const again = await c.executive.call('word.export', { revisionId: revision.id });
    expect(again.pageNumbers).toBe('stored');
    expect(tocNumbers(await docxPart(Buffer.from(again.base64, 'base64'), 'word/document.xml'))).toEqual(entries);
    // Someone else's job is not theirs to see.
    expect(await c.author.raw('jobs.get', { jobId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  }, 60_000);

  it('queues the layout pass when a revision takes effect, and the maintenance run fills it in', async () => {
    const revision = await effective();
    const pending = await t.backend.store.db.selectFrom('word_layouts').selectAll().where('revision_id', '=', revision.id).execute();
    expect(pending.map((p) => p.variant).sort()).toEqual(['official:installed', 'standard:installed']);
    expect(pending.every((p) => p.data === null)).toBe(true);
    expect(await computePendingLayouts(t.backend)).toBe(2);
    const official = await qm.call('word.export', { revisionId: revision.id, style: 'official' });
    expect(official.pageNumbers).toBe('stored');
    const english = await effective('en');
    const rows = await t.backend.store.db.selectFrom('word_layouts').select('variant').where('revision_id', '=', english.id).execute();
    expect(rows.map((r) => r.variant)).toEqual(['standard:installed']);
  }, 60_000);

  it('exports drafts without page numbers, uncontrolled, and says so', async () => {
    const { draft } = await regulation();
    const out = await c.author.call('word.export', { revisionId: draft.id });
    expect(out).toMatchObject({ pageNumbers: 'none', distributed: false });
    const body = await docxPart(Buffer.from(out.base64, 'base64'), 'word/document.xml');
    expect(body).toContain('受控状态：非受控');
    expect(tocNumbers(body).every((e) => !/\d$/.test(e))).toBe(true);
    expect(await c.author.raw('word.export', { revisionId: draft.id, controlled: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('records each controlled copy as a distribution in the trail, with its copy number; an uncontrolled one is not recorded', async () => {
    const revision = await effective();
    const out = await c.auditor.call('word.export', { revisionId: revision.id, copyNumber: '007' });
    expect(out.distributed).toBe(true);
    const body = await docxPart(Buffer.from(out.base64, 'base64'), 'word/document.xml');
    expect(body).toContain('受控状态：受控\u3000发放号：007');
    // 编制 is the author, 批准 the approver, from the revision's own records.
    expect(body).toContain('author');
    expect(body).toContain('质量经理');
    expect(await docxPart(Buffer.from(out.base64, 'base64'), 'docProps/core.xml')).toContain('<cp:lastModifiedBy>auditor</cp:lastModifiedBy>');
    await c.auditor.call('word.export', { revisionId: revision.id, controlled: false });
    const trail = await t.backend.store.db.selectFrom('audit_log').selectAll().where('entity_id', '=', revision.id).where('action', '=', 'distribute').execute();
    expect(trail).toHaveLength(1);
    expect(JSON.parse(trail[0]!.after!)).toMatchObject({ copyNumber: '007', recipient: 'auditor', label: revision.label });
  }, 60_000);

  it('refuses the official style for English documents with a clear message', async () => {
    const revision = await effective('en');
    const r = await qm.raw('word.export', { revisionId: revision.id, style: 'official' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('GB/T 9704') } });
  });

  it('cancels a running layout pass: nothing is written, the job says cancelled', async () => {
    const revision = await effective();
    const { jobId } = await qm.call('word.exportStart', { revisionId: revision.id, style: 'official', fonts: 'gb2312' });
    expect(await qm.call('jobs.cancel', { jobId })).toEqual({ cancelled: true });
    const job = await finished(qm, jobId);
    expect(job).toMatchObject({ status: 'cancelled', error: { code: 'CONFLICT' } });
    expect(await qm.call('jobs.cancel', { jobId })).toEqual({ cancelled: false });
    const trail = await t.backend.store.db.selectFrom('audit_log').select('action').where('entity_id', '=', revision.id).where('action', '=', 'distribute').execute();
    expect(trail).toHaveLength(0);
  }, 60_000);

  it('keeps the main thread responsive while the layout pass runs', async () => {
    const revision = await effective();
    let last = Date.now();
    let worst = 0;
    const timer = setInterval(() => {
      worst = Math.max(worst, Date.now() - last);
      last = Date.now();
    }, 10);
    const { jobId } = await qm.call('word.exportStart', { revisionId: revision.id, style: 'official' });
    const job = await finished(qm, jobId);
    clearInterval(timer);
    expect(job.status).toBe('done');
    expect(worst).toBeLessThan(250);
  }, 60_000);
});

describe('Word import as a job', () => {
  it('imports with progress; a cancelled import writes nothing', async () => {
    const { docxOf } = await import('../helpers/word');
    const base64 = (await docxOf()).toString('base64');
    const { jobId } = await c.author.call('word.importStart', { fileName: '服务质量管理制度.docx', base64 });
    const job = await finished(c.author, jobId);
    expect(job).toMatchObject({ status: 'done', kind: 'word.import' });
    expect(job.result).toMatchObject({ report: { chapters: 11, articles: 32 } });
    const before = await t.backend.store.db.selectFrom('documents').select('id').execute();
    // Several at once: those waiting for a worker are cancelled before they start.
    const jobs = await Promise.all([1, 2, 3].map(() => c.author.call('word.importStart', { fileName: 'x.docx', base64 })));
    for (const j of jobs) expect(await c.author.call('jobs.cancel', { jobId: j.jobId })).toEqual({ cancelled: true });
    for (const j of jobs) expect(await finished(c.author, j.jobId)).toMatchObject({ status: 'cancelled' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await t.backend.store.db.selectFrom('documents').select('id').execute()).toEqual(before);
  }, 60_000);
});
