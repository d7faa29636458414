import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/auth/roles';
import { personOfUser, seedAudit } from '../helpers/audit-seed';
import { openTestBackend, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let qm: Client;
let author: Client;
let auditor: Client;
let executive: Client;
let ids: Record<Role, string>;
let unit: string;
let auditId: string;

beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, author, auditor, executive, ids } = await withAllRoles(t.backend));
  const db = t.backend.store.db;
  unit = (await qm.call('departments.create', { name: '客户服务部', headPersonId: await personOfUser(db, ids.executive) })).id;
  auditId = await seedAudit(db, { lead: await personOfUser(db, ids.auditor), units: [unit], clauses: ['8.2', '8.5'] });
});
afterEach(() => t.close());

const docxText = async (base64: string) => {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  return { zip, body: await zip.file('word/document.xml')!.async('string') };
};

async function waitJob(c: Client, jobId: string) {
  for (let i = 0; i < 200; i++) {
    const job = await c.call('jobs.get', { jobId });
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('job did not finish');
}

describe('audit Word exports through the API', () => {
  it('exports the report with native charts to the audit team and managers, as a call and as a job; refuses others', async () => {
    await auditor.call('findings.create', { auditId, unitId: unit, grade: 'major', facts: '投诉处理记录缺失。', clauses: ['8.2'] });
    await auditor.call('findings.create', { auditId, unitId: unit, grade: 'observation', facts: '服务规范未张贴。', clauses: ['8.5'] });
    const before = snapshot(t.backend);
    const report = await auditor.call('audits.exportReport', { auditId });
    expect(report.fileName).toMatch(/^IA-2026-\d+ .*内审报告\.docx$/);
    const { zip, body } = await docxText(report.base64);
    expect(Object.keys(zip.files).filter((p) => p.startsWith('word/charts/chart'))).toHaveLength(2);
    expect(body).toContain('NC-2026-001');
    expect(body).toContain('投诉处理记录缺失。');
    // Exporting writes nothing.
    expect(snapshot(t.backend)).toBe(before);
    expect(await qm.raw('audits.exportReport', { auditId })).toMatchObject({ ok: true });
    expect(await executive.raw('audits.exportReport', { auditId })).toMatchObject({ ok: true });
    expect(await author.raw('audits.exportReport', { auditId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await author.raw('audits.exportReportStart', { auditId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const { jobId } = await qm.call('audits.exportReportStart', { auditId });
    const job = await waitJob(qm, jobId);
    expect(job).toMatchObject({ status: 'done', kind: 'audits.exportReport' });
    expect((job.result as { fileName: string }).fileName).toBe(report.fileName);
  });

  it('exports a finding form to whoever may see the finding, and the plan to anyone', async () => {
    const f = await auditor.call('findings.create', { auditId, unitId: unit, grade: 'minor', facts: '抽查记录不全。', clauses: ['8.5'] });
    const form = await auditor.call('audits.exportFinding', { findingId: f.id });
    expect(form.fileName).toBe('NC-2026-001 客户服务部 不符合项报告.docx');
    expect((await docxText(form.base64)).body).toContain('抽查记录不全。');
    // The unit's head sees the finding; the author, neither on the team nor an auditee, does not.
    expect(await executive.raw('audits.exportFinding', { findingId: f.id })).toMatchObject({ ok: true });
    expect(await author.raw('audits.exportFinding', { findingId: f.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const plan = await author.call('audits.exportPlan', { auditId });
    expect((await docxText(plan.base64)).body).toContain('内部审核实施计划');
    expect(await author.raw('audits.exportFindingStart', { findingId: f.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const { jobId } = await qm.call('audits.exportFindingStart', { findingId: f.id });
    expect(await waitJob(qm, jobId)).toMatchObject({ status: 'done', kind: 'audits.exportFinding' });
    expect(await waitJob(author, (await author.call('audits.exportPlanStart', { auditId })).jobId)).toMatchObject({ status: 'done' });
  });

  it('answers typed errors in the caller’s language for what does not exist or is malformed', async () => {
    const missing = '01900000-0000-7000-8000-000000000000';
    expect(await qm.raw('audits.exportReport', { auditId: missing }, 'zh-CN')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await qm.raw('audits.exportFinding', { findingId: missing })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await qm.raw('audits.exportPlan', { auditId: 'not-an-id' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await qm.raw('programmes.export', { year: 1999 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await qm.raw('programmes.export', { year: 2031 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await qm.raw('programmes.exportStart', { year: 2031 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('exports the programme in landscape', async () => {
    await qm.call('programmes.create', { year: 2027 });
    const { jobId } = await qm.call('programmes.exportStart', { year: 2027 });
    const job = await waitJob(qm, jobId);
    expect(job.status).toBe('done');
    const { fileName, base64 } = job.result as { fileName: string; base64: string };
    expect(fileName).toBe('2027 年度内审计划.docx');
    expect((await docxText(base64)).body).toContain('w:orient="landscape"');
  });
});
