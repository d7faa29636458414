import ExcelJS from 'exceljs';
import { SHEETS } from '../../electron/backend/services/org-import';

type Cells = (string | number)[];

/** An organisation workbook in the import layout (headers can be replaced to test wrong columns). */
export async function orgWorkbook(
  units: Cells[],
  positions: Cells[],
  people: Cells[],
  headers: Partial<Record<keyof typeof SHEETS, string[]>> = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const add = (k: keyof typeof SHEETS, rows: Cells[]) => {
    const ws = wb.addWorksheet(SHEETS[k].name);
    ws.addRow(headers[k] ?? [...SHEETS[k].columns]);
    for (const r of rows) ws.addRow(r);
  };
  add('units', units);
  add('positions', positions);
  add('people', people);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A large staff workbook written with the streaming writer (benchmark, row limits). */
export async function staffWorkbook(count: number, units = 20): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const { PassThrough } = await import('node:stream');
  const out = new PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const u = wb.addWorksheet(SHEETS.units.name);
  u.addRow([...SHEETS.units.columns]).commit();
  for (let i = 1; i <= units; i++) u.addRow([`U${i}`, `网点${i}`, '网点', '', '', i]).commit();
  u.commit();
  const p = wb.addWorksheet(SHEETS.positions.name);
  p.addRow([...SHEETS.positions.columns]).commit();
  for (let i = 1; i <= units; i++) p.addRow([`U${i}`, '客服专员', '接听客户来电；记录并跟进投诉', '高中及以上', '', '服务礼仪；投诉处理', 300, '']).commit();
  p.commit();
  const s = wb.addWorksheet(SHEETS.people.name);
  s.addRow([...SHEETS.people.columns]).commit();
  for (let i = 1; i <= count; i++) s.addRow([`E${String(i).padStart(6, '0')}`, `员工${i}`, '', `1390000${String(i).padStart(4, '0')}`, '', `U${(i % units) + 1}`, '客服专员', '', '是']).commit();
  s.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}
