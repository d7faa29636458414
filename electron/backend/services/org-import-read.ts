import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../errors';

/** The organisation workbook: three sheets, one header row each (read here, checked and written by org-import). */
export const SHEETS = {
  units: { name: '单位', columns: ['代码', '名称', '类型', '上级代码', '负责人工号', '排序'] },
  positions: { name: '岗位', columns: ['单位代码', '岗位名称', '岗位职责', '学历要求', '资格要求', '培训主题', '编制人数', '代理人工号'] },
  people: { name: '人员', columns: ['工号', '姓名', '账户', '电话', '邮箱', '单位代码', '岗位', '兼任岗位', '在职'] },
} as const;
export type SheetKey = keyof typeof SHEETS;

/** More rows than this and the workbook is refused before anything is checked. */
export const MAX_IMPORT_ROWS = 50_000;


export interface Row { n: number; cells: string[] }

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (o.richText) return o.richText.map((t) => t.text).join('').trim();
    if (o.text !== undefined) return cellText(o.text);
    if (o.result !== undefined) return cellText(o.result);
  }
  return '';
}

/**
 * Reads the three sheets with the streaming reader; typed errors for a corrupt file, missing sheet, wrong header,
 * too many rows. exceljs's streaming unzip now and then loses an entry of a sound file (about 1 read in 100, seen
 * as "Cannot read properties of undefined (reading 'sheets')"), so a read that fails inside exceljs is tried again
 * before the file is called corrupt.
 */
export async function readWorkbook(data: Buffer, maxRows = MAX_IMPORT_ROWS): Promise<Record<SheetKey, Row[]>> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await readOnce(data, maxRows);
    } catch (err) {
      if (err instanceof AppError) throw err;
      lastError = err;
    }
  }
  if (lastError instanceof MissingSheet) throw new AppError('VALIDATION', 'import.missingSheet', { sheet: lastError.message });
  throw new AppError('VALIDATION', 'import.notXlsx', {}, { reason: lastError instanceof Error ? lastError.message : String(lastError) });
}

class NotAWorkbook extends Error {}
class MissingSheet extends Error {}

async function readOnce(data: Buffer, maxRows: number): Promise<Record<SheetKey, Row[]>> {
  const out: Partial<Record<SheetKey, Row[]>> = {};
  let total = 0;
  let sheets = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(data), {
    worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore',
  });
  for await (const ws of reader) {
    sheets++;
    const name = (ws as unknown as { name: string }).name;
    const key = (Object.keys(SHEETS) as SheetKey[]).find((k) => SHEETS[k].name === name);
    const rows: Row[] = [];
    let header: string[] | null = null;
    for await (const row of ws) {
      if (!key) continue;
      const values = (row.values as unknown[]).slice(1);
      const cells = SHEETS[key].columns.map((_c, i) => cellText(values[i]));
      if (!header) {
        header = values.map(cellText);
        const expected = SHEETS[key].columns;
        if (expected.some((c, i) => header![i] !== c))
          throw new AppError('VALIDATION', 'import.wrongColumns', { sheet: name, expected: expected.join('、'), found: header.filter(Boolean).join('、') || '—' });
        continue;
      }
      if (cells.every((c) => !c)) continue;
      if (++total > maxRows) throw new AppError('VALIDATION', 'import.tooManyRows', { limit: maxRows });
      rows.push({ n: row.number, cells });
    }
    if (key) out[key] = rows;
  }
  // A damaged zip can also end quietly with no worksheet at all: that is not a workbook either (tried again too).
  if (sheets === 0) throw new NotAWorkbook('no worksheet');
  // A missing sheet is tried again too (a lost zip entry looks the same), then reported by name.
  for (const k of Object.keys(SHEETS) as SheetKey[]) if (!out[k]) throw new MissingSheet(SHEETS[k].name);
  return out as Record<SheetKey, Row[]>;
}
