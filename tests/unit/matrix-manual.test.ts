import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templateContent } from '../../shared/templates/catalog';
import { openTestBackend, PASSWORD, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { docxParts, renderWithLibreOffice } from '../helpers/libreoffice';

const run = promisify(execFile);
let t: TestBackend;
let c: Awaited<ReturnType<typeof withAllRoles>>;
let qm: Client;
beforeEach(async () => {
  t = openTestBackend();
  c = await withAllRoles(t.backend);
  qm = c.quality_manager;
});
afterEach(() => t.close());

async function draftOf(type: 'manual' | 'regulation') {
  const d = await qm.call('documents.create', { title: type === 'manual' ? '质量手册' : '服务质量管理制度', type });
  const r = await c.author.call('revisions.startDraft', { documentId: d.id });
  return c.author.call('revisions.save', { id: r.id, version: r.version, content: templateContent('service-quality-regulation', 'zh-CN') });
}

async function approvedMatrix() {
  for (const [name, code] of [['质量管理部', 'QA'], ['客户服务部', 'CS'], ['运营管理部', 'OPS'], ['人力资源部', 'HR']] as const) await qm.call('departments.create', { name, code });
  for (let i = 1; i <= 15; i++) await qm.call('processes.create', { code: `P${String(i).padStart(2, '0')}`, name: `服务过程 ${i}` });
  let m = await qm.call('matrix.create', {});
  for (const [i, r] of m.rows.entries()) {
    m = await qm.call('matrix.setCell', { id: m.id, version: m.version, row: r.key, unitId: m.columns[i % 4]!.unitId, mark: 'lead' });
    m = await qm.call('matrix.setCell', { id: m.id, version: m.version, row: r.key, unitId: m.columns[(i + 1) % 4]!.unitId, mark: 'main' });
  }
  m = await qm.call('matrix.step', { id: m.id, version: m.version, step: 'submit' });
  return qm.call('matrix.step', { id: m.id, version: m.version, step: 'approve', password: PASSWORD });
}

describe("the quality manual's Word export", () => {
  it('appends the effective matrix as a landscape appendix; refuses for another type or before approval', async () => {
    const manual = await draftOf('manual');
    expect(await qm.raw('word.export', { revisionId: manual.id, appendMatrix: true }, 'zh-CN')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '尚无已批准生效的职能分配表。' } });
    const regulation = await draftOf('regulation');
    expect(await qm.raw('word.export', { revisionId: regulation.id, appendMatrix: true }, 'zh-CN')).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '只有质量手册可以附加职能分配表。' } });
    await approvedMatrix();

    const plain = Buffer.from((await c.author.call('word.export', { revisionId: manual.id })).base64, 'base64');
    expect(await docxParts(plain, /^word\/document\.xml$/)).not.toContain('w:orient="landscape"');
    const out = Buffer.from((await c.author.call('word.export', { revisionId: manual.id, appendMatrix: true })).base64, 'base64');
    const xml = await docxParts(out, /^word\/document\.xml$/);
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('<w:tblHeader/>');
    const { text, fonts, pdf } = await renderWithLibreOffice(out);
    if (process.env.QMS_SHOTS) writeFileSync(join(process.env.QMS_SHOTS, 'manual.pdf'), pdf);
    expect(text).toMatch(/附录\s+质量职能分配表（第 1 版）/);
    // 27 clauses over two landscape pages: the header row is repeated on the second.
    expect(text.match(/条款 \/ 过程/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('图例：★ 主管');
    expect(text).toContain('批准：质量经理');
    expect(fonts).toMatch(/SimSun|Song|宋|Noto|CJK/i);
    // The last page is wider than it is tall.
    const dir = join(t.dir, 'pdf');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'out.pdf'), pdf);
    const { stdout } = await run('pdfinfo', ['-l', '99', join(dir, 'out.pdf')]);
    const sizes = [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ w: Number(m[1]), h: Number(m[2]) }));
    expect(sizes[0]!.w).toBeLessThan(sizes[0]!.h);
    expect(sizes.at(-1)!.w).toBeGreaterThan(sizes.at(-1)!.h);
  }, 240_000);
});
