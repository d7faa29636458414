import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { unitTree } from './departments';
import { KIND_LABELS } from './org-import-check';
import { SHEETS, type SheetKey } from './org-import-read';

/** The same layout as the import, from the stored organisation. */
export async function exportOrganisation(db: Kysely<Database>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = (k: SheetKey) => {
    const ws = wb.addWorksheet(SHEETS[k].name);
    ws.addRow([...SHEETS[k].columns]);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => { c.width = 16; });
    return ws;
  };
  const units = sheet('units');
  const positions = sheet('positions');
  const people = sheet('people');
  const tree = await unitTree(db);
  const byId = new Map(tree.map((u) => [u.id, u]));
  const personNo = new Map(
    (await db.selectFrom('people').select(['id', 'employee_no']).execute()).map((p) => [p.id, p.employee_no ?? '']),
  );
  for (const u of tree) {
    if (u.parentId === null) continue;
    const parent = byId.get(u.parentId);
    units.addRow([u.code ?? '', u.name, KIND_LABELS[u.kind], parent?.parentId === null ? '' : (parent?.code ?? ''), u.headPersonId ? personNo.get(u.headPersonId) : '', u.order]);
  }
  const rows = await db
    .selectFrom('positions as po')
    .innerJoin('departments as d', 'd.id', 'po.department_id')
    .select(['po.title', 'po.duties_text', 'po.education', 'po.qualifications', 'po.training_topics', 'po.headcount', 'po.deputy_person_id', 'd.code'])
    .orderBy('d.code')
    .orderBy('po.title')
    .execute();
  for (const p of rows)
    positions.addRow([p.code ?? '', p.title, p.duties_text, p.education, p.qualifications, (JSON.parse(p.training_topics) as string[]).join('；'), p.headcount, p.deputy_person_id ? personNo.get(p.deputy_person_id) : '']);
  const staff = await db
    .selectFrom('people as p')
    .leftJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.id', 'p.employee_no', 'p.name', 'u.username', 'p.phone', 'p.email', 'p.active'])
    .orderBy('p.employee_no')
    .orderBy('p.name')
    .execute();
  const held = await db
    .selectFrom('person_positions as pp')
    .innerJoin('positions as po', 'po.id', 'pp.position_id')
    .innerJoin('departments as d', 'd.id', 'po.department_id')
    .select(['pp.person_id', 'pp.is_primary', 'po.title', 'd.code'])
    .orderBy('po.title')
    .execute();
  const heldBy = new Map<string, typeof held>();
  for (const h of held) heldBy.set(h.person_id, [...(heldBy.get(h.person_id) ?? []), h]);
  for (const p of staff) {
    const mine = heldBy.get(p.id) ?? [];
    const primary = mine.find((h) => h.is_primary === 1);
    const extra = mine.filter((h) => h.is_primary !== 1).map((h) => `${h.code ?? ''}/${h.title}`).join('；');
    people.addRow([p.employee_no ?? '', p.name, p.username ?? '', p.phone ?? '', p.email ?? '', primary?.code ?? '', primary?.title ?? '', extra, p.active ? '是' : '否']);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
