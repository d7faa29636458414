// Organisation import: 5,000 staff rows (20 branches, one position each) from .xlsx through the full org.import
// dispatch (read, check, one transaction with its audit trail), against exceljs's streaming reader reading the
// same file alone. The ratio is the figure that matters; the milliseconds are context.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { dispatch } from '../../electron/backend/dispatch';
import { openTestBackend } from '../helpers/backend';
import { staffWorkbook } from '../helpers/org';

async function readOnly(data: Buffer): Promise<number> {
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(data), {
    worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore',
  });
  for await (const ws of reader) for await (const row of ws) rows += row.values ? 1 : 0;
  return rows;
}

const seconds = async (work: () => Promise<unknown>) => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

export async function benchOrgImport(staff = 5_000): Promise<number> {
  const data = await staffWorkbook(staff);
  console.log(`A workbook of ${staff} staff rows, ${(data.length / 1024).toFixed(0)} KiB`);
  await readOnly(data); // warm up the reader
  const read = Math.min(await seconds(() => readOnly(data)), await seconds(() => readOnly(data)));

  const t = openTestBackend();
  t.backend.checkOutputs = false;
  try {
    const setup = await dispatch(t.backend, 'auth.setup', { username: 'bench', displayName: '基准', password: 'bench-password' }, { locale: 'zh-CN' });
    if (!setup.ok) throw new Error(setup.error.message);
    const token = (setup.data as { token: string }).token;
    const input = { dataBase64: data.toString('base64'), commit: true };
    let report: unknown;
    const total = await seconds(async () => {
      const r = await dispatch(t.backend, 'org.import', input, { sessionToken: token, locale: 'zh-CN' });
      if (!r.ok) throw new Error(r.error.message);
      report = r.data;
    });
    const { committed, people } = report as { committed: boolean; people: { created: number } };
    if (!committed || people.created !== staff) throw new Error(`import did not commit ${staff} people`);
    const ratio = total / read;
    console.log(`exceljs reading alone   ${read.toFixed(0)} ms`);
    console.log(`org.import (commit)     ${total.toFixed(0)} ms   ratio ${ratio.toFixed(1)}x  (${people.created} people, one transaction)`);
    return ratio;
  } finally {
    await t.close();
  }
}
