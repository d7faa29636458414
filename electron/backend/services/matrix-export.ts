import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { MARK_SYMBOLS } from '../../../shared/matrix/contract';
import { matrixDocument, type MatrixWordData } from '../../../shared/matrix/word';
import { packWord } from '../../../shared/word/pack';
import type { Language } from '../../../shared/editor/structure';
import type { Database } from '../db/schema';
import { matrixData, type MatrixData } from './matrix-data';
import { AppError } from '../errors';
import { readSettings } from './settings';
import { signaturesOf } from './signatures';

const LABELS = {
  'zh-CN': { sheet: '质量职能分配表', code: '条款/过程', name: '名称', legend: '图例：★ 主管（每行有且只有一个）　● 主责　○ 配合' },
  en: { sheet: 'Responsibility matrix', code: 'Clause/process', name: 'Name', legend: 'Legend: ★ accountable (exactly one per row)   ● responsible   ○ supporting' },
} as const;

const lang = (locale: string): Language => (locale === 'en' ? 'en' : 'zh-CN');

/** One sheet: a header row (frozen), a row per clause or process, the legend under the table. */
export async function matrixXlsx(d: MatrixData, locale: string): Promise<Buffer> {
  const l = LABELS[lang(locale)];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(l.sheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }], pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 10 }, { width: 36 }, ...d.columns.map(() => ({ width: 10 }))];
  const head = sheet.addRow([l.code, l.name, ...d.columns.map((c) => c.name)]);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  const marks = new Map(d.cells.map((c) => [`${c.row}|${c.unitId}`, MARK_SYMBOLS[c.mark]]));
  for (const r of d.rows) {
    const row = sheet.addRow([r.code, lang(locale) === 'en' ? r.nameEn : r.nameZh, ...d.columns.map((c) => marks.get(`${r.key}|${c.unitId}`) ?? '')]);
    for (let i = 3; i <= d.columns.length + 2; i++) row.getCell(i).alignment = { horizontal: 'center' };
  }
  sheet.addRow([]);
  sheet.addRow([l.legend]);
  sheet.pageSetup.printTitlesRow = '1:1';
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** What the Word builders need: the grid, the organisation, who approved it and when. */
export async function matrixWordData(db: Kysely<Database>, d: MatrixData): Promise<MatrixWordData> {
  const approved = (await signaturesOf(db, 'matrix_version', d.id)).find((s) => s.meaning === 'approved');
  return {
    number: d.number,
    state: d.state,
    effectiveAt: d.effectiveAt,
    approver: approved?.signerName ?? null,
    organisation: (await readSettings(db)).organisationName,
    rows: d.rows,
    columns: d.columns,
    cells: d.cells,
  };
}

/** The effective version, for the quality manual's appendix; refused when none is approved yet. */
export async function effectiveMatrixWordData(db: Kysely<Database>): Promise<MatrixWordData> {
  const row = await db.selectFrom('matrix_versions').selectAll().where('state', '=', 'effective').executeTakeFirst();
  if (!row) throw new AppError('CONFLICT', 'matrix.noneEffective');
  return matrixWordData(db, await matrixData(db, row));
}

export async function matrixWord(db: Kysely<Database>, d: MatrixData, locale: string): Promise<Uint8Array> {
  return packWord(matrixDocument(await matrixWordData(db, d), lang(locale)));
}
