import ExcelJS from 'exceljs';
import type { Locale } from '../../../shared/api/envelope';
import type { ReadingStatus } from '../../../shared/reading/contract';
import { now } from '../context';

const LABELS = {
  'zh-CN': {
    sheet: '阅知确认',
    columns: ['姓名', '工号', '单位', '状态', '截止日期', '确认时间', '确认方式', '登记人', '纸质签收日期', '内容指纹'],
    states: { confirmed: '已确认', pending: '未确认', overdue: '已逾期' },
    self: '本人确认',
    paper: '纸质签收（代登记）',
  },
  en: {
    sheet: 'Read and confirmed',
    columns: ['Name', 'Employee no.', 'Unit', 'State', 'Due', 'Confirmed at', 'How', 'Recorded by', 'Paper date', 'Content fingerprint'],
    states: { confirmed: 'Confirmed', pending: 'Not yet', overdue: 'Overdue' },
    self: 'Confirmed in person',
    paper: 'Paper sign-off (recorded)',
  },
} as const;

/** Who has read and confirmed a revision, as the quality manager sees it, one row per person. */
export async function readingWorkbook(status: ReadingStatus, locale: Locale): Promise<Buffer> {
  const l = LABELS[locale];
  const book = new ExcelJS.Workbook();
  book.creator = 'Service QMS';
  book.created = now();
  const sheet = book.addWorksheet(l.sheet, { views: [{ state: 'frozen', ySplit: 2 }] });
  const r = status.revision;
  sheet.addRow([`${r.number} ${r.title} ${r.label}`, '', '', `${status.counts.confirmed}/${status.counts.total}`]);
  sheet.addRow([...l.columns]);
  for (const x of status.rows)
    sheet.addRow([
      x.name,
      x.employeeNo ?? '',
      x.unitName ?? '',
      l.states[x.state],
      new Date(x.dueAt),
      x.confirmedAt ? new Date(x.confirmedAt) : null,
      x.confirmedAt ? (x.onPaper ? l.paper : l.self) : '',
      x.recordedBy ?? '',
      x.paperDate ? new Date(`${x.paperDate}T00:00:00.000Z`) : null,
      x.contentHash ?? '',
    ]);
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.getRow(2).font = { bold: true };
  const widths = [12, 12, 20, 10, 12, 18, 18, 12, 14, 20];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.getColumn(5).numFmt = 'yyyy-mm-dd';
  sheet.getColumn(6).numFmt = 'yyyy-mm-dd hh:mm';
  sheet.getColumn(9).numFmt = 'yyyy-mm-dd';
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: l.columns.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
