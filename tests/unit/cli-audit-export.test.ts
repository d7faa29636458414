import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/backend';
import { qms } from '../helpers/cli';
import { renderWithLibreOffice } from '../helpers/libreoffice';

let tmp: ReturnType<typeof tempDir>;
let demo: string;
const year = new Date().getFullYear();
const squash = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  tmp = tempDir();
  demo = join(tmp.dir, 'demo.sqlite');
  expect((await qms('demo', '--db', demo)).code).toBe(0);
}, 240_000);
afterAll(() => tmp.cleanup());

describe('qms audit export over the demo', () => {
  it('writes the audit report with its findings, counts and native charts, and names the organisation', async () => {
    const out = join(tmp.dir, 'report.docx');
    const r = await qms('audit', 'export', '--db', demo, '--audit', `IA-${year}-002`, '--out', out);
    expect(r.code, r.err).toBe(0);
    const docx = readFileSync(out);
    const zip = await JSZip.loadAsync(docx);
    expect(Object.keys(zip.files).filter((p) => /^word\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(2);
    const db = new BetterSqlite3(demo, { readonly: true });
    const numbers = db
      .prepare("SELECT f.seq FROM audit_findings f JOIN audits a ON a.id = f.audit_id WHERE a.code = ? AND f.status <> 'withdrawn' ORDER BY f.seq")
      .pluck()
      .all(`IA-${year}-002`) as number[];
    db.close();
    expect(numbers.length).toBeGreaterThan(0);
    const { text } = await renderWithLibreOffice(docx);
    const flat = squash(text);
    expect(flat).toContain('内部质量管理体系审核报告');
    expect(flat).toContain(`IA-${year}-002`);
    expect(flat).toContain('安和城市服务有限公司');
    expect(flat).not.toContain('本组织');
    for (const n of numbers) expect(flat).toContain(`NC-${year}-${String(n).padStart(3, '0')}`);
    expect(flat).toContain('审核发现按条款分布');
  }, 180_000);

  it('writes the plan, a finding form and the programme; refuses unknown codes and bad arguments', async () => {
    const plan = join(tmp.dir, 'plan.docx');
    expect((await qms('audit', 'export', '--db', demo, '--audit', `IA-${year}-002`, '--plan', '--out', plan)).code).toBe(0);
    expect(squash((await renderWithLibreOffice(readFileSync(plan))).text)).toContain('审核日程安排');

    const db = new BetterSqlite3(demo, { readonly: true });
    const seq = db.prepare("SELECT f.seq FROM audit_findings f JOIN audits a ON a.id = f.audit_id WHERE a.code = ? ORDER BY f.seq LIMIT 1").pluck().get(`IA-${year}-002`) as number;
    db.close();
    const number = `NC-${year}-${String(seq).padStart(3, '0')}`;
    const form = join(tmp.dir, 'finding.docx');
    expect((await qms('audit', 'export', '--db', demo, '--audit', `IA-${year}-002`, '--finding', number, '--out', form)).code).toBe(0);
    const formText = squash((await renderWithLibreOffice(readFileSync(form))).text);
    expect(formText).toContain('不符合项报告');
    expect(formText).toContain(`编号${number}`);

    const programme = join(tmp.dir, 'programme.docx');
    expect((await qms('audit', 'export', '--db', demo, '--year', String(year), '--out', programme)).code).toBe(0);
    expect(squash((await renderWithLibreOffice(readFileSync(programme))).text)).toContain(`${year}年度内部审核计划`);

    const missing = await qms('audit', 'export', '--db', demo, '--audit', 'IA-1999-001', '--out', join(tmp.dir, 'x.docx'));
    expect(missing).toMatchObject({ code: 1, err: 'No internal audit with the code IA-1999-001.' });
    const noFinding = await qms('audit', 'export', '--db', demo, '--audit', `IA-${year}-002`, '--finding', 'NC-1999-999', '--out', join(tmp.dir, 'x.docx'));
    expect(noFinding.code).toBe(1);
    expect((await qms('audit', 'export', '--db', demo, '--audit', `IA-${year}-002`)).code).toBe(2);
    expect((await qms('audit', 'export', '--db', demo, '--year', '1999', '--out', join(tmp.dir, 'y.docx'))).code).toBe(1);
  }, 240_000);
});
