import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxPart, renderWithLibreOffice } from '../helpers/libreoffice';
import { PASSWORD, snapshot, snapshotBesidesPasswordChecks, openTestBackend, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let qm: Client;
let author: Client;
let units: { id: string; name: string }[];
beforeEach(async () => {
  t = openTestBackend();
  const all = await withAllRoles(t.backend);
  qm = all.quality_manager;
  author = all.author;
  units = [];
  for (const [name, code] of [['质量管理部', 'QA'], ['运营部', 'OPS'], ['人力资源部', 'HR']] as const) units.push(await qm.call('departments.create', { name, code }));
});
afterEach(() => t.close());

/** A draft where every row has its ★ in the first unit. */
async function filledDraft() {
  let m = (await qm.call('matrix.get', {})) ?? (await qm.call('matrix.create', { levelKind: 'department' }));
  for (const r of m.rows) m = await qm.call('matrix.setCell', { id: m.id, version: m.version, row: r.key, unitId: units[0]!.id, mark: 'lead' });
  return m;
}

describe('scope (ISO 4.3)', () => {
  it('excludes a clause only with a justification, audited; the matrix rows follow', async () => {
    const before = snapshot(t.backend);
    expect(await qm.raw('scope.setClause', { clause: '8.3', version: 0, applicable: false, justification: '' }, 'zh-CN')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await qm.raw('scope.setClause', { clause: '11.1', version: 0, applicable: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await author.raw('scope.setClause', { clause: '8.3', version: 0, applicable: false, justification: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(snapshot(t.backend)).toBe(before);
    const scope = await qm.call('scope.setClause', { clause: '8.3', version: 0, applicable: false, justification: '本公司提供物业服务，不从事产品和服务的设计开发。' });
    expect(scope.clauses.find((c) => c.clause === '8.3')).toMatchObject({ applicable: false, version: 1, nameZh: '产品和服务的设计和开发' });
    expect(await qm.raw('scope.setClause', { clause: '8.3', version: 0, applicable: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const history = await author.call('audit.history', { entity: 'clause_scope', entityId: '8.3' });
    expect(history.items[0]).toMatchObject({ action: 'update' });
    const m = await qm.call('matrix.create', {});
    expect(m.rows.map((r) => r.code)).not.toContain('8.3');
    expect(m.rows).toHaveLength(27);
  });

  it('keeps a process list with owner units; a process a matrix names is closed, not deleted', async () => {
    const p = await qm.call('processes.create', { code: 'sp-01', name: '服务提供过程', ownerUnitId: units[1]!.id });
    expect(p).toMatchObject({ code: 'SP-01', ownerUnitName: '运营部', closed: false, referenced: false });
    expect(await qm.raw('processes.create', { code: 'SP-01', name: '重复' }, 'zh-CN')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '过程代码“SP-01”已存在。' } });
    let m = await qm.call('matrix.create', {});
    const row = `process:${p.id}`;
    expect(m.rows.at(-1)).toMatchObject({ key: row, code: 'SP-01', kind: 'process' });
    m = await qm.call('matrix.setCell', { id: m.id, version: m.version, row, unitId: units[1]!.id, mark: 'lead' });
    const used = (await qm.call('scope.get', {})).processes[0]!;
    expect(used.referenced).toBe(true);
    expect(await qm.raw('processes.delete', { id: p.id, version: used.version })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const closed = await qm.call('processes.update', { id: p.id, version: used.version, closed: true });
    expect(closed.closed).toBe(true);
    expect((await qm.call('matrix.get', {}))!.rows.map((r) => r.key)).not.toContain(row);
  });
});

describe('the responsibility matrix', () => {
  it('refuses a second ★ in a row in the user language, changing nothing; lists the rows without ★', async () => {
    let m = await qm.call('matrix.create', { levelKind: 'department' });
    expect(m.columns.map((c) => c.name)).toEqual(['质量管理部', '运营部', '人力资源部']);
    expect(m.breaks).toHaveLength(m.rows.length);
    m = await qm.call('matrix.setCell', { id: m.id, version: m.version, row: 'clause:5.3', unitId: units[0]!.id, mark: 'lead' });
    m = await qm.call('matrix.setCell', { id: m.id, version: m.version, row: 'clause:5.3', unitId: units[1]!.id, mark: 'support' });
    expect(m.breaks.map((b) => b.row)).not.toContain('clause:5.3');
    const before = snapshot(t.backend);
    expect(await qm.raw('matrix.setCell', { id: m.id, version: m.version, row: 'clause:5.3', unitId: units[1]!.id, mark: 'lead' }, 'zh-CN')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '“5.3 组织的岗位、职责和权限”已有主管单位（★ 质量管理部），每行只能有一个 ★。' },
    });
    expect(await qm.raw('matrix.setCell', { id: m.id, version: m.version - 1, row: 'clause:5.3', unitId: units[2]!.id, mark: 'main' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await qm.raw('matrix.setCell', { id: m.id, version: m.version, row: 'clause:99.9', unitId: units[2]!.id, mark: 'main' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await author.raw('matrix.setCell', { id: m.id, version: m.version, row: 'clause:5.3', unitId: units[2]!.id, mark: 'main' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(snapshot(t.backend)).toBe(before);
    // Clearing a cell: the row breaks the rule again.
    m = await qm.call('matrix.setCell', { id: m.id, version: m.version, row: 'clause:5.3', unitId: units[0]!.id, mark: null });
    expect(m.breaks.map((b) => b.row)).toContain('clause:5.3');
    const history = await author.call('audit.history', { entity: 'matrix_version', entityId: m.id, pageSize: 50 });
    expect(history.items.filter((e) => e.action === 'setCell')).toHaveLength(3);
  });

  it('cannot be submitted or approved while a row breaks the rule; approval is signed with the password and tasks the approvers', async () => {
    let m = await qm.call('matrix.create', {});
    expect(await qm.raw('matrix.step', { id: m.id, version: m.version, step: 'submit' }, 'en')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: `${m.rows.length} rows have no accountable unit (★); every row needs exactly one ★.` } });
    m = await filledDraft();
    m = await qm.call('matrix.step', { id: m.id, version: m.version, step: 'submit' });
    expect(m).toMatchObject({ state: 'in_approval', editable: false, steps: ['approve', 'return'] });
    const inbox = await qm.call('tasks.mine', {});
    expect(inbox.items).toEqual([expect.objectContaining({ kind: 'matrixApprove', entityId: m.id, link: '/matrix' })]);
    expect(await qm.raw('matrix.setCell', { id: m.id, version: m.version, row: m.rows[0]!.key, unitId: units[1]!.id, mark: 'main' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const before = snapshotBesidesPasswordChecks(t.backend);
    expect(await qm.raw('matrix.step', { id: m.id, version: m.version, step: 'approve' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await qm.raw('matrix.step', { id: m.id, version: m.version, step: 'approve', password: 'wrong password' })).toMatchObject({ ok: false });
    expect(snapshotBesidesPasswordChecks(t.backend)).toBe(before);
    m = await qm.call('matrix.step', { id: m.id, version: m.version, step: 'approve', password: PASSWORD });
    expect(m).toMatchObject({ state: 'effective', steps: [] });
    expect(m.signatures).toEqual([expect.objectContaining({ meaning: 'approved', signerName: '质量经理', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect((await qm.call('tasks.mine', {})).items).toEqual([]);

    // The next version starts from the approved marks and supersedes it once approved.
    let next = await qm.call('matrix.create', {});
    expect(next).toMatchObject({ number: 2, state: 'draft', breaks: [] });
    // Readers keep seeing the version in force while the next one is drafted; the quality manager sees the draft.
    expect(await author.call('matrix.get', {})).toMatchObject({ number: 1, state: 'effective', editable: false, steps: [] });
    expect(await qm.call('matrix.get', {})).toMatchObject({ number: 2, state: 'draft' });
    next = await qm.call('matrix.step', { id: next.id, version: next.version, step: 'submit' });
    next = await qm.call('matrix.step', { id: next.id, version: next.version, step: 'approve', password: PASSWORD });
    expect((await qm.call('matrix.list', {})).map((v) => [v.number, v.state])).toEqual([[2, 'effective'], [1, 'superseded']]);
  });

  it('a row broken after submission (a unit closed) keeps what was submitted: the frozen rows are what is approved', async () => {
    let m = await filledDraft();
    m = await qm.call('matrix.step', { id: m.id, version: m.version, step: 'submit' });
    await qm.call('processes.create', { code: 'NEW', name: '新过程' });
    m = (await qm.call('matrix.get', { id: m.id }))!;
    expect(m.breaks).toEqual([]);
    m = await qm.call('matrix.step', { id: m.id, version: m.version, step: 'return', comment: '补充新过程' });
    expect(m.breaks.map((b) => b.row)).toHaveLength(1);
  });

  it('exports a landscape Word appendix (repeating header, legend) and an .xlsx that reads back', async () => {
    let m = await filledDraft();
    m = await qm.call('matrix.setCell', { id: m.id, version: m.version, row: 'clause:7.2', unitId: units[2]!.id, mark: 'main' });
    m = await qm.call('matrix.step', { id: m.id, version: m.version, step: 'submit' });
    m = await qm.call('matrix.step', { id: m.id, version: m.version, step: 'approve', password: PASSWORD });

    const zh = await author.raw('matrix.exportXlsx', { id: m.id }, 'zh-CN');
    if (!zh.ok) throw new Error('export refused');
    const xlsx = zh.data as { dataBase64: string };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.dataBase64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '条款/过程', '名称', '质量管理部', '运营部', '人力资源部']);
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.find((r) => r[1] === '7.2')).toEqual([undefined, '7.2', '能力', '★', '', '●']);

    const zhWord = await author.raw('matrix.exportWord', { id: m.id }, 'zh-CN');
    if (!zhWord.ok) throw new Error('export refused');
    const word = Buffer.from((zhWord.data as { dataBase64: string }).dataBase64, 'base64');
    const xml = await docxPart(word, 'word/document.xml');
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('<w:tblHeader/>');
    const { text } = await renderWithLibreOffice(word);
    expect(text).toContain('质量职能分配表');
    expect(text).toContain('图例：★ 主管');
    expect(text).toContain('批准：质量经理');
    expect(text).toMatch(/7\.2\s+能力/);
  }, 180_000);
});
