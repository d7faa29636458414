import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/qms';
import { openTestBackend, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { capaKit } from '../helpers/capa';
import { renderWithLibreOffice } from '../helpers/libreoffice';

let t: TestBackend;
let qm: Client;
let number: string;

beforeAll(async () => {
  t = openTestBackend();
  const c = await withAllRoles(t.backend);
  qm = c.quality_manager;
  const kit = capaKit(() => qm);
  let r = await kit.verifying('author', 'auditor');
  r = await c.author.call('capa.get', { id: r.id });
  // The fishbone of the current round: add causes before verification moved on (a new record, analysed with both tools).
  let f = await kit.raise('author');
  f = await qm.call('capa.setContainment', { id: f.id, version: f.version, text: '当日安排值班经理顶岗，逐一致电 7 位客户致歉' });
  f = await qm.call('capa.step', { id: f.id, version: f.version, step: 'analyse' });
  f = await qm.call('capa.setWhys', { id: f.id, version: f.version, whys: ['窗口人员离岗未交接', '没有替岗安排', '排班制度未规定替岗'] });
  f = await qm.call('capa.setCauses', {
    id: f.id,
    version: f.version,
    causes: [
      { category: 'people', cause: '新员工不熟悉替岗流程', status: 'confirmed' },
      { category: 'equipment', cause: '叫号机故障', status: 'ruled_out' },
      { category: 'methods', cause: '排班未设替岗', status: 'confirmed' },
      { category: 'measurement', cause: '等候时长未监控', status: 'open' },
    ],
  });
  await qm.call('actions.add', { parentType: 'capa', parentId: f.id, kind: 'corrective', description: '修订《营业厅排班管理办法》，增设替岗', ownerPersonId: f.ownerPersonId, dueDate: kit.day(10) });
  number = f.number;
  expect(r.number).not.toBe(number);
}, 60_000);
afterAll(() => t.close());

describe('the corrective action report and the register', () => {
  it('writes 纠正措施报告单 with the fishbone picture, and LibreOffice renders it', async () => {
    const out = join(t.dir, 'ca.docx');
    const lines: string[] = [];
    const code = await runCli(['capa', 'export', '--db', t.file, '--number', number, '--out', out, '--lang', 'zh-CN'], { out: (s) => lines.push(s), err: (s) => lines.push(s) });
    expect(code).toBe(0);
    const docx = readFileSync(out);
    const { text, fonts } = await renderWithLibreOffice(docx);
    const flat = text.replace(/\s+/g, '');
    for (const s of ['纠正措施报告单', number, '一、问题描述', '营业厅3号窗口', '二、纠正', '值班经理顶岗', '为什么3', '排班制度未规定替岗（根本原因）', '鱼骨图', '人：新员工不熟悉替岗流程（已确认）', '四、纠正/预防措施', '增设替岗', '五、有效性验证', '第1页共'])
      expect(flat).toContain(s);
    expect(fonts).toMatch(/CJK/);
    // The fishbone is a picture in the file.
    expect(docx.includes(Buffer.from('word/media/'))).toBe(true);
  }, 180_000);

  it('lists the register one line a record and writes it to .xlsx', async () => {
    const out = join(t.dir, 'register.xlsx');
    const lines: string[] = [];
    expect(await runCli(['capa', 'list', '--db', t.file, '--xlsx', out, '--lang', 'zh-CN'], { out: (s) => lines.push(s), err: (s) => lines.push(s) })).toBe(0);
    expect(lines.filter((l) => l.startsWith('CA-'))).toHaveLength(2);
    expect(lines.find((l) => l.startsWith(number))).toMatch(/窗口服务超时未处理\t检查\tauthor\t原因分析/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toContain('编号');
    expect(sheet.rowCount).toBe(3);
    const api = await qm.call('capa.exportXlsx', { statuses: ['verifying'] });
    await book.xlsx.load(Buffer.from(api.dataBase64, 'base64') as never);
    expect(book.worksheets[0]!.rowCount).toBe(2);
  });
});
