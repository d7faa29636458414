import ExcelJS from 'exceljs';
import { REGISTER_EXPORT_MAX_ROWS } from '../../../shared/register/contract';
import { REGISTER_LABELS } from '../../../shared/register/labels';
import { now, type DomainMethods, type Handlers } from '../context';
import { listDocuments } from './documents';

/** A calendar date (YYYY-MM-DD) as an Excel date, so the sheet sorts and filters it as one. */
const excelDate = (date: string | null) => (date ? new Date(`${date}T00:00:00.000Z`) : null);

const WIDTHS = [16, 48, 12, 16, 10, 8, 9, 12, 12];

export const registerHandlers: Handlers<DomainMethods<'register'>> = {
  async 'register.exportXlsx'(input, ctx) {
    const { language, ...filter } = input;
    const labels = REGISTER_LABELS[language];
    const { items } = await listDocuments(ctx.backend.store.db, { ...filter, page: 1, pageSize: REGISTER_EXPORT_MAX_ROWS });

    const book = new ExcelJS.Workbook();
    book.creator = 'Service QMS';
    book.created = now();
    const sheet = book.addWorksheet(labels.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = labels.columns.map((header, i) => ({ header, width: WIDTHS[i] }));
    for (const d of items)
      sheet.addRow([
        d.number,
        d.title,
        labels.types[d.type],
        d.departmentName ?? '',
        d.ownerName ?? '',
        d.versionLabel,
        labels.statuses[d.status],
        excelDate(d.effectiveDate),
        excelDate(d.nextReviewDate),
      ]);
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F0F0' } };
    for (const col of [8, 9]) sheet.getColumn(col).numFmt = 'yyyy-mm-dd';
    sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: labels.columns.length } };

    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    const day = now().toISOString().slice(0, 10);
    return { fileName: `${labels.file}-${day}.xlsx`, base64: buffer.toString('base64'), rows: items.length };
  },
};
