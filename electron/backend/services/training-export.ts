import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Locale } from '../../../shared/api/envelope';
import { now } from '../context';
import type { Database } from '../db/schema';
import { ROOT_UNIT_ID } from './departments';
import { today } from './revision-lifecycle';
import { matrixPeoplePageQuery, unitCountsQuery } from './training-gaps';

const L = {
  'zh-CN': {
    records: '培训记录',
    gaps: '能力差距',
    units: '各单位差距',
    recordCols: ['日期', '培训主题', '文件版本', '讲师', '学时', '方式', '姓名', '单位', '考核结果'],
    gapCols: ['姓名', '单位', '培训主题', '差距', '最近培训', '有效期至'],
    unitCols: ['单位', '人数', '有差距人数', '从未培训', '版本已更新', '已过期'],
    status: { never: '从未培训', superseded: '所训版本已被替代', expired: '已过期', ok: '符合' },
    methods: { classroom: '课堂培训', on_the_job: '岗位带教', self_study: '自学', online: '线上培训', external: '外部培训' },
    results: { passed: '合格', failed: '不合格', attended: '已参加' },
  },
  en: {
    records: 'Training records',
    gaps: 'Competence gaps',
    units: 'Gaps by unit',
    recordCols: ['Date', 'Topic', 'Revision', 'Trainer', 'Hours', 'Method', 'Name', 'Unit', 'Result'],
    gapCols: ['Name', 'Unit', 'Topic', 'Gap', 'Last trained', 'Valid until'],
    unitCols: ['Unit', 'People', 'People with gaps', 'Never trained', 'Superseded revision', 'Expired'],
    status: { never: 'Never trained', superseded: 'Trained on a superseded revision', expired: 'Expired', ok: 'Met' },
    methods: { classroom: 'Classroom', on_the_job: 'On the job', self_study: 'Self-study', online: 'Online', external: 'External' },
    results: { passed: 'Passed', failed: 'Failed', attended: 'Attended' },
  },
} as const;

const day = (d: string | null) => (d ? new Date(`${d}T00:00:00.000Z`) : null);

function sheetOf(book: ExcelJS.Workbook, name: string, cols: readonly string[], widths: number[]) {
  const s = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  s.columns = cols.map((header, i) => ({ header, width: widths[i] ?? 14 }));
  s.getRow(1).font = { bold: true };
  s.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  return s;
}

/** Every training record (one row per attendee), every gap and the gaps by unit, as .xlsx. */
export async function trainingWorkbook(db: Kysely<Database>, locale: Locale): Promise<{ buffer: Buffer; records: number; gaps: number }> {
  const l = L[locale];
  const book = new ExcelJS.Workbook();
  book.creator = 'Service QMS';
  book.created = now();
  const records = await db
    .selectFrom('training_attendance as a')
    .innerJoin('training_sessions as s', 's.id', 'a.session_id')
    .innerJoin('training_topics as t', 't.id', 's.topic_id')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .leftJoin('revisions as r', 'r.id', 's.revision_id')
    .leftJoin('departments as d', 'd.id', 's.unit_id')
    .select(['s.held_on', 't.title', 'r.label', 's.trainer', 's.hours', 's.method', 'p.name', 'd.name as unit', 'a.result'])
    .orderBy('s.held_on', 'desc')
    .orderBy('p.name')
    .execute();
  const rs = sheetOf(book, l.records, l.recordCols, [12, 30, 10, 12, 8, 12, 12, 18, 10]);
  for (const r of records)
    rs.addRow([day(r.held_on), r.title, r.label ?? '', r.trainer, r.hours, l.methods[r.method as keyof typeof l.methods] ?? r.method, r.name, r.unit ?? '', l.results[r.result]]);
  rs.getColumn(1).numFmt = 'yyyy-mm-dd';

  const gs = sheetOf(book, l.gaps, l.gapCols, [12, 18, 30, 20, 12, 12]);
  const all = await allGaps(db);
  for (const g of all) gs.addRow([g.name, g.unit, g.title, l.status[g.status], day(g.heldOn), day(g.expiresOn)]);
  gs.getColumn(5).numFmt = 'yyyy-mm-dd';
  gs.getColumn(6).numFmt = 'yyyy-mm-dd';

  const us = sheetOf(book, l.units, l.unitCols, [20, 8, 12, 12, 14, 10]);
  for (const u of (await unitCountsQuery(ROOT_UNIT_ID, today()).execute(db)).rows) us.addRow([u.unitName, u.people, u.peopleWithGaps, u.never, u.superseded, u.expired]);
  return { buffer: Buffer.from(await book.xlsx.writeBuffer()), records: records.length, gaps: all.length };
}

async function allGaps(db: Kysely<Database>) {
  const rows = (await matrixPeoplePageQuery(ROOT_UNIT_ID, today(), 1_000_000, 0).execute(db)).rows;
  const units = new Map((await db.selectFrom('departments').select(['id', 'name']).execute()).map((d) => [d.id, d.name]));
  return rows
    .filter((r) => r.status && r.status !== 'ok')
    .map((r) => ({ name: r.name, unit: units.get(r.unitId) ?? '', title: r.title, status: r.status, heldOn: r.heldOn, expiresOn: r.expiresOn }));
}
