import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/backend';
import { qms } from '../helpers/cli';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const rows = (file: string, sql: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare(sql).get() as { total: number; confirmed: number; paper: number; overdue: number; sessions: number; required: number };
  } finally {
    db.close();
  }
};

describe('the demo reading confirmations and training; qms training export', () => {
  it('most readers confirmed (some on paper), some overdue; a year of training with gaps; the export has records and gaps', { timeout: 240_000 }, async () => {
    const demo = join(tmp.dir, 'demo.sqlite');
    await qms('demo', '--db', demo);
    const reading = rows(demo, `SELECT COUNT(*) AS total, SUM(confirmed_at IS NOT NULL) AS confirmed, SUM(on_paper) AS paper,
                                       SUM(confirmed_at IS NULL AND due_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) AS overdue FROM read_confirmations`);
    expect(reading.confirmed / reading.total).toBeGreaterThan(0.7);
    expect(reading.paper).toBeGreaterThan(0);
    expect(reading.overdue).toBeGreaterThan(0);
    const training = rows(demo, `SELECT (SELECT COUNT(*) FROM training_sessions) AS sessions, (SELECT MIN(held_on) FROM training_sessions) AS first,
                                        (SELECT COUNT(*) FROM training_requirements) AS required`);
    expect(training.sessions).toBeGreaterThan(20);
    expect(training.required).toBeGreaterThan(0);

    const out = join(tmp.dir, 'training.xlsx');
    const r = await qms('training', 'export', '--db', demo, '--out', out);
    expect(r).toMatchObject({ code: 0 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Training records', 'Competence gaps', 'Gaps by unit']);
    expect(book.getWorksheet('Training records')!.rowCount).toBeGreaterThan(100);
    const gaps = book.getWorksheet('Competence gaps')!;
    const kinds = new Set<unknown>();
    gaps.eachRow((row, n) => n > 1 && kinds.add(row.getCell(4).value));
    expect(kinds).toEqual(new Set(['Never trained', 'Expired']));
    expect(await qms('training', 'list', '--db', demo)).toMatchObject({ code: 2 });
  });
});
