import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

let t: TestBackend;
let qm: Client;
let executive: Client;
beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, executive } = await withAllRoles(t.backend));
});
afterEach(() => t.close());

async function readSheet(base64: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, rows };
}

describe('register export to Excel', () => {
  it('writes every matching document, in the list order, with the register columns', async () => {
    const dept = await qm.call('departments.create', { name: '质量管理部', code: 'QA' });
    // Only fields every version of documents.create takes: status and version follow revisions.
    const manual = await qm.call('documents.create', { title: '员工手册', type: 'manual', departmentId: dept.id, nextReviewDate: '2027-01-01' });
    await qm.call('documents.create', { title: '不合格品控制程序', type: 'procedure' });
    await qm.call('documents.create', { title: '草稿中的办法', type: 'regulation' });

    const file = await executive.call('register.exportXlsx', { types: ['manual', 'procedure'], sort: 'title', dir: 'asc' });
    expect(file.fileName).toMatch(/^受控文件清单-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.rows).toBe(2);
    const { name, rows } = await readSheet(file.base64);
    expect(name).toBe('受控文件清单');
    expect(rows[0]).toEqual(['文件编号', '文件名称', '类型', '部门', '负责人', '版本', '状态', '生效日期', '下次复审']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['不合格品控制程序', '员工手册']);
    const row = rows[2]!;
    expect(row.slice(0, 7)).toEqual([manual.number, '员工手册', '质量手册', '质量管理部', '质量经理', manual.versionLabel, '草稿']);
    expect(row[7]).toBeUndefined();
    expect((row[8] as Date).toISOString().slice(0, 10)).toBe('2027-01-01');
  });

  it('speaks English when asked and refuses a bad filter without failing', async () => {
    await qm.call('documents.create', { title: 'Quality manual', type: 'manual' });
    const file = await qm.call('register.exportXlsx', { language: 'en' });
    const { rows } = await readSheet(file.base64);
    expect(rows[0]![0]).toBe('Number');
    expect(rows[1]!.slice(1, 3)).toEqual(['Quality manual', 'Quality manual']);
    expect(await qm.raw('register.exportXlsx', { statuses: ['nonsense'] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
