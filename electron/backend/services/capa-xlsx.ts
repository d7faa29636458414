import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { Locale } from '../../../shared/api/envelope';
import type { capaListInput } from '../../../shared/capa/contract';
import { REGISTER_COLUMNS, SEVERITY_LABELS, SOURCE_LABELS, STATE_LABELS } from '../../../shared/capa/labels';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import type { Kysely } from 'kysely';
import { listCapas, today } from './capa-read';

/** The corrective-action register as filtered, one row a record, to .xlsx (also `qms capa list --xlsx`). */
export async function capaRegisterBuffer(db: Kysely<Database>, locale: Locale, filters: Omit<z.output<typeof capaListInput>, 'page' | 'pageSize'>): Promise<Buffer> {
  const { items } = await listCapas(db, { ...filters, page: 1, pageSize: 200 }, true);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(locale === 'en' ? 'Corrective actions' : '纠正措施台账');
  sheet.columns = REGISTER_COLUMNS.map((c, i) => ({ header: c[locale], width: [14, 40, 12, 16, 16, 10, 8, 10, 12, 12, 6, 10][i] }));
  sheet.getRow(1).font = { bold: true };
  const yes = locale === 'en' ? 'yes' : '是';
  for (const c of items)
    sheet.addRow([c.number, c.title, SOURCE_LABELS[c.sourceType][locale], c.sourceRef ?? '', c.unitName, c.ownerName, SEVERITY_LABELS[c.severity][locale], STATE_LABELS[c.status][locale], c.raisedOn, c.dueDate, c.overdue ? yes : '', c.openActions]);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function capaExportXlsx(ctx: ServiceContext, filters: Omit<z.output<typeof capaListInput>, 'page' | 'pageSize'>) {
  const buffer = await capaRegisterBuffer(ctx.backend.store.db, ctx.locale, filters);
  return { fileName: `${ctx.locale === 'en' ? 'corrective-actions' : '纠正措施台账'}-${today()}.xlsx`, dataBase64: buffer.toString('base64') };
}
