import { uuidv7 } from 'uuidv7';
import type { ImportReport } from '../../../shared/org/contract';
import { inTransaction, nowIso, type ServiceContext } from '../context';
import type { Actor } from '../audit/trail';
import { AppError } from '../errors';
import type { JobControl } from '../jobs/registry';
import { ROOT_UNIT_ID, insertUnit, organisationName } from './departments';
import { CODE, KINDS, Refusals, Rollback } from './org-import-check';
import { readWorkbook, type Row } from './org-import-read';
import { dutiesFromText, dutiesText, getPosition, insertPosition, updatePosition } from './org-positions';

/**
 * The organisation workbook: three sheets, one header row each. Import = read (streaming, org-import-read),
 * check every row (org-import-check), write everything in one transaction; any refused row (or a preview)
 * rolls the whole transaction back. Export writes the same layout (org-import-write).
 * A plain function (buffer in, report out) so that a job runner can call it for long imports.
 */
export { MAX_IMPORT_ROWS, readWorkbook, SHEETS } from './org-import-read';
export { exportOrganisation } from './org-import-write';

export async function importOrganisation(
  ctx: ServiceContext,
  data: Buffer,
  opts: { commit: boolean; actor?: Actor | null },
  control?: JobControl,
): Promise<ImportReport> {
  control?.progress(0.02, 'read');
  const sheets = await readWorkbook(data);
  if (control?.signal.aborted) throw new AppError('CONFLICT', 'jobs.cancelled');
  control?.setCancellable(false);
  control?.progress(0.4, 'units');
  const refused = new Refusals(ctx.locale);
  const report: ImportReport = {
    committed: false,
    units: { created: 0, updated: 0 },
    positions: { created: 0, updated: 0 },
    people: { created: 0, updated: 0 },
    assignments: 0,
    refused: refused.list,
  };
  try {
    await inTransaction(ctx, async (trx, audit) => {
      const orgName = await organisationName(trx);
      // ---- units, parents first ----
      const existing = await trx.selectFrom('departments').select(['id', 'code', 'parent_id', 'closed_at', 'name', 'version']).execute();
      const byCode = new Map(existing.filter((u) => u.code).map((u) => [u.code!.toUpperCase(), u]));
      const seenCodes = new Map<string, number>();
      const unitRows: { r: Row; code: string; name: string; kind: 'department' | 'branch' | 'team'; parent: string; head: string; order?: number }[] = [];
      for (const r of sheets.units) {
        const [code, name, kindText, parent, head, order] = r.cells as [string, string, string, string, string, string];
        const up = code.toUpperCase();
        if (!code) { refused.add('units', r.n, 'import.row.required', { column: '代码' }); continue; }
        if (!CODE.test(code)) { refused.add('units', r.n, 'import.row.badCode', { code }); continue; }
        if (seenCodes.has(up)) { refused.add('units', r.n, 'import.row.duplicateCode', { code, other: seenCodes.get(up) }); continue; }
        seenCodes.set(up, r.n);
        if (!name) { refused.add('units', r.n, 'import.row.required', { column: '名称' }); continue; }
        if (name.length > 64) { refused.add('units', r.n, 'import.row.tooLong', { column: '名称', max: 64 }); continue; }
        const kind = KINDS[kindText || '部门'];
        if (!kind) { refused.add('units', r.n, 'import.row.badKind', { kind: kindText }); continue; }
        if (order && !/^\d{1,6}$/.test(order)) { refused.add('units', r.n, 'import.row.badNumber', { column: '排序' }); continue; }
        unitRows.push({ r, code: up, name, kind, parent: parent.toUpperCase(), head, order: order ? Number(order) : undefined });
      }
      const sheetCodes = new Set(unitRows.map((u) => u.code));
      const unitIds = new Map<string, string>([...byCode].map(([c, u]) => [c, u.id]));
      let pending = unitRows;
      while (pending.length) {
        const ready = pending.filter((u) => !u.parent || !sheetCodes.has(u.parent) || (unitIds.has(u.parent) && !pending.some((p) => p.code === u.parent)));
        if (ready.length === 0) {
          for (const u of pending) refused.add('units', u.r.n, 'import.row.cycle', { code: u.code });
          break;
        }
        for (const u of ready) {
          const parentId = u.parent ? unitIds.get(u.parent) : ROOT_UNIT_ID;
          if (!parentId) { refused.add('units', u.r.n, 'import.row.unknownUnit', { code: u.parent }); continue; }
          try {
            const old = byCode.get(u.code);
            if (!old) {
              const made = await insertUnit(trx, audit, { name: u.name, code: u.code, parentId, kind: u.kind, headPersonId: null, order: u.order }, orgName);
              unitIds.set(u.code, made.id);
              report.units.created++;
            } else {
              if (old.parent_id === null) continue;
              const subtree = new Set<string>();
              // a move under its own descendant is refused like the API does
              for (let at: string | null = parentId; at; at = existing.find((e) => e.id === at)?.parent_id ?? null) {
                if (at === old.id) throw new AppError('VALIDATION', 'departments.moveIntoOwnSubtree', { name: old.name });
                if (subtree.has(at)) break;
                subtree.add(at);
              }
              const clash = await trx.selectFrom('departments').select('id').where('parent_id', '=', parentId).where('name', '=', u.name).where('id', '!=', old.id).executeTakeFirst();
              if (clash) throw new AppError('CONFLICT', 'departments.nameTaken', { name: u.name });
              const before = await trx.selectFrom('departments').selectAll().where('id', '=', old.id).executeTakeFirstOrThrow();
              const set = { name: u.name, kind: u.kind, parent_id: parentId, ...(u.order !== undefined && { sort_order: u.order }) };
              if (before.name !== set.name || before.kind !== set.kind || before.parent_id !== set.parent_id || (u.order !== undefined && before.sort_order !== u.order)) {
                await trx.updateTable('departments').set({ ...set, version: before.version + 1, updated_at: nowIso() }).where('id', '=', old.id).execute();
                await audit({ entity: 'department', entityId: old.id, action: 'update', before, after: { ...before, ...set } });
                const e = existing.find((x) => x.id === old.id);
                if (e) e.parent_id = parentId;
                report.units.updated++;
              }
            }
          } catch (err) {
            refused.fromError('units', u.r.n, err);
          }
        }
        pending = pending.filter((u) => !ready.includes(u));
      }

      // ---- people (positions come after, assignments last) ----
      const people = await trx.selectFrom('people').select(['id', 'employee_no', 'user_id', 'version']).where('employee_no', 'is not', null).execute();
      const personByNo = new Map(people.map((p) => [p.employee_no!.toUpperCase(), p]));
      const users = new Map((await trx.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username.toLowerCase(), u.id]));
      const seenNos = new Map<string, number>();
      const personIds = new Map<string, string>();
      // One audit entry per person, written after the assignments so that it names their positions too.
      const personAudits = new Map<string, { action: string; before?: unknown; after: Record<string, unknown> }>();
      const staffRows: { r: Row; id: string; unit: string; title: string; extra: string }[] = [];
      control?.progress(0.5, 'people');
      for (const r of sheets.people) {
        const [no, name, username, phone, email, unit, title, extra, activeText] = r.cells as string[] as [string, string, string, string, string, string, string, string, string];
        // A person is known by the employee number, or (for staff with an account but no number) by the account.
        const up = no ? no.toUpperCase() : `@${username.toLowerCase()}`;
        if (!no && !username) { refused.add('people', r.n, 'import.row.required', { column: '工号' }); continue; }
        if (no.length > 32) { refused.add('people', r.n, 'import.row.tooLong', { column: '工号', max: 32 }); continue; }
        if (seenNos.has(up)) { refused.add('people', r.n, 'import.row.duplicateEmployeeNo', { employeeNo: no || username, other: seenNos.get(up) }); continue; }
        seenNos.set(up, r.n);
        if (!name) { refused.add('people', r.n, 'import.row.required', { column: '姓名' }); continue; }
        if (name.length > 64) { refused.add('people', r.n, 'import.row.tooLong', { column: '姓名', max: 64 }); continue; }
        if (activeText && !['是', '否', 'yes', 'no'].includes(activeText.toLowerCase())) { refused.add('people', r.n, 'import.row.badYesNo', { column: '在职' }); continue; }
        const active = !['否', 'no'].includes(activeText.toLowerCase());
        let userId: string | null = null;
        if (username) {
          userId = users.get(username.toLowerCase()) ?? null;
          if (!userId) { refused.add('people', r.n, 'import.row.unknownUser', { username }); continue; }
        }
        try {
          const linked = userId ? await trx.selectFrom('people').select(['id', 'employee_no', 'version']).where('user_id', '=', userId).executeTakeFirst() : undefined;
          const byNo = no ? personByNo.get(up) : undefined;
          // the record to update: the one with this number, else the account's own person when it has no other number
          const old = byNo ?? (linked && (!linked.employee_no || !no) ? linked : undefined);
          if (linked && old && linked.id !== old.id) { refused.add('people', r.n, 'import.row.userLinked', { username }); continue; }
          if (linked && !old) { refused.add('people', r.n, 'import.row.userLinked', { username }); continue; }
          if (!old) {
            // Numbers and accounts were checked above (sheet and store), so the row is written directly.
            const now = nowIso();
            const made = { id: uuidv7(), name, employee_no: no || null, user_id: userId, phone: phone || null, email: email || null, absent: 0, active: active ? 1 : 0, version: 1, created_at: now, updated_at: now };
            await trx.insertInto('people').values(made).execute();
            personAudits.set(made.id, {
              action: 'create',
              after: { id: made.id, name, employeeNo: made.employee_no, userId, phone: made.phone, email: made.email, absent: false, active },
            });
            personIds.set(up, made.id);
            report.people.created++;
          } else {
            const before = await trx.selectFrom('people').selectAll().where('id', '=', old.id).executeTakeFirstOrThrow();
            const set = { employee_no: no || before.employee_no, name, phone: phone || null, email: email || null, user_id: userId ?? before.user_id, active: active ? 1 : 0 };
            personIds.set(up, old.id);
            if ((Object.keys(set) as (keyof typeof set)[]).some((k) => set[k] !== before[k])) {
              await trx.updateTable('people').set({ ...set, version: before.version + 1, updated_at: nowIso() }).where('id', '=', old.id).execute();
              personAudits.set(old.id, { action: 'update', before, after: { ...before, ...set } });
              report.people.updated++;
            }
          }
          staffRows.push({ r, id: personIds.get(up)!, unit: unit.toUpperCase(), title, extra });
        } catch (err) {
          refused.fromError('people', r.n, err);
        }
      }
      const personOf = async (no: string) => {
        const up = no.toUpperCase();
        if (personIds.has(up)) return personIds.get(up)!;
        return personByNo.get(up)?.id ?? null;
      };

      // ---- positions ----
      const positionIds = new Map<string, string>();
      const seenPositions = new Map<string, number>();
      const positionKey = (code: string, title: string) => `${code.toUpperCase()}\u0000${title.toLowerCase()}`;
      control?.progress(0.7, 'positions');
      for (const r of sheets.positions) {
        const [code, title, duties, education, qualifications, topics, headcount, deputyNo] = r.cells as [string, string, string, string, string, string, string, string];
        if (!code) { refused.add('positions', r.n, 'import.row.required', { column: '单位代码' }); continue; }
        if (!title) { refused.add('positions', r.n, 'import.row.required', { column: '岗位名称' }); continue; }
        if (title.length > 64) { refused.add('positions', r.n, 'import.row.tooLong', { column: '岗位名称', max: 64 }); continue; }
        const key = positionKey(code, title);
        if (seenPositions.has(key)) { refused.add('positions', r.n, 'import.row.duplicatePosition', { title, other: seenPositions.get(key) }); continue; }
        seenPositions.set(key, r.n);
        const unitId = unitIds.get(code.toUpperCase());
        if (!unitId) { refused.add('positions', r.n, 'import.row.unknownUnit', { code }); continue; }
        if (headcount && !/^\d{1,5}$/.test(headcount)) { refused.add('positions', r.n, 'import.row.badNumber', { column: '编制人数' }); continue; }
        if (education.length > 200) { refused.add('positions', r.n, 'import.row.tooLong', { column: '学历要求', max: 200 }); continue; }
        if (qualifications.length > 500) { refused.add('positions', r.n, 'import.row.tooLong', { column: '资格要求', max: 500 }); continue; }
        let deputy: string | null = null;
        if (deputyNo) {
          deputy = await personOf(deputyNo);
          if (!deputy) { refused.add('positions', r.n, 'import.row.required', { column: '代理人工号' }); continue; }
        }
        const fields = {
          title,
          duties: dutiesFromText(duties),
          education,
          qualifications,
          trainingTopics: topics.split(/[;；,，、\n]/).map((t) => t.trim()).filter(Boolean).slice(0, 50).map((t) => t.slice(0, 64)),
          headcount: headcount ? Number(headcount) : 1,
          deputyPersonId: deputy,
        };
        try {
          const old = await trx.selectFrom('positions').select('id').where('department_id', '=', unitId).where('title', '=', title).executeTakeFirst();
          if (old) {
            const before = await getPosition(trx, old.id);
            positionIds.set(key, old.id);
            const same =
              before.title === fields.title && before.dutiesText === dutiesText(fields.duties) && before.education === fields.education &&
              before.qualifications === fields.qualifications && before.headcount === fields.headcount &&
              before.deputyPersonId === fields.deputyPersonId && JSON.stringify(before.trainingTopics) === JSON.stringify(fields.trainingTopics);
            if (!same) {
              await updatePosition(trx, audit, before, fields);
              report.positions.updated++;
            }
          } else {
            const made = await insertPosition(trx, audit, unitId, fields);
            positionIds.set(key, made.id);
            report.positions.created++;
          }
        } catch (err) {
          if (err instanceof AppError && err.key === 'departments.closed') refused.add('positions', r.n, 'import.row.unitClosed', { code });
          else refused.fromError('positions', r.n, err);
        }
      }
      const positionOf = async (code: string, title: string) => {
        const known = positionIds.get(positionKey(code, title));
        if (known) return known;
        const unitId = unitIds.get(code.toUpperCase());
        if (!unitId) return null;
        const row = await trx.selectFrom('positions').select('id').where('department_id', '=', unitId).where('title', '=', title).executeTakeFirst();
        return row?.id ?? null;
      };

      // ---- assignments: the primary position, then 兼任岗位 as "CODE/岗位; CODE/岗位" ----
      const holdings = new Map<string, Map<string, number>>();
      for (const h of await trx.selectFrom('person_positions').select(['person_id', 'position_id', 'is_primary']).execute())
        holdings.set(h.person_id, (holdings.get(h.person_id) ?? new Map<string, number>()).set(h.position_id, h.is_primary));
      const closedPositions = new Set(
        (
          await trx.selectFrom('positions as po').innerJoin('departments as d', 'd.id', 'po.department_id').select('po.id').where('d.closed_at', 'is not', null).execute()
        ).map((r) => r.id),
      );
      for (const s of staffRows) {
        const wanted: { code: string; title: string; primary: boolean }[] = [];
        if (s.unit || s.title) wanted.push({ code: s.unit, title: s.title, primary: true });
        for (const part of s.extra.split(/[;；\n]/).map((p) => p.trim()).filter(Boolean)) {
          const [code = '', ...rest] = part.split('/');
          wanted.push({ code: code.trim(), title: rest.join('/').trim(), primary: false });
        }
        for (const w of wanted) {
          if (!w.code) { refused.add('people', s.r.n, 'import.row.required', { column: '单位代码' }); continue; }
          if (!unitIds.has(w.code.toUpperCase())) { refused.add('people', s.r.n, 'import.row.unknownUnit', { code: w.code }); continue; }
          if (!w.title) { refused.add('people', s.r.n, 'import.row.required', { column: '岗位' }); continue; }
          const positionId = await positionOf(w.code, w.title);
          if (!positionId) { refused.add('people', s.r.n, 'import.row.unknownPosition', { code: w.code, title: w.title }); continue; }
          try {
            const mine = holdings.get(s.id) ?? new Map<string, number>();
            if (mine.get(positionId) === (w.primary ? 1 : 0)) continue;
            if (closedPositions.has(positionId)) throw new AppError('CONFLICT', 'departments.closed', { name: w.code });
            if (w.primary && [...mine.values()].includes(1)) {
              await trx.updateTable('person_positions').set({ is_primary: 0 }).where('person_id', '=', s.id).execute();
              for (const k of mine.keys()) mine.set(k, 0);
            }
            await trx
              .insertInto('person_positions')
              .values({ person_id: s.id, position_id: positionId, is_primary: w.primary ? 1 : 0, created_at: nowIso() })
              .onConflict((oc) => oc.columns(['person_id', 'position_id']).doUpdateSet({ is_primary: w.primary ? 1 : 0 }))
              .execute();
            holdings.set(s.id, mine.set(positionId, w.primary ? 1 : 0));
            const entry = personAudits.get(s.id) ?? { action: 'assign', after: {} };
            entry.after.positions = [...((entry.after.positions as unknown[] | undefined) ?? []), { positionId, primary: w.primary }];
            personAudits.set(s.id, entry);
            report.assignments++;
          } catch (err) {
            if (err instanceof AppError && err.key === 'departments.closed') refused.add('people', s.r.n, 'import.row.unitClosed', { code: w.code });
            else refused.fromError('people', s.r.n, err);
          }
        }
      }

      for (const [id, e] of personAudits) await audit({ entity: 'person', entityId: id, action: e.action, before: e.before, after: e.after });

      // ---- unit heads ----
      for (const u of unitRows) {
        const id = unitIds.get(u.code);
        if (!id || !u.head) continue;
        const head = await personOf(u.head);
        if (!head) { refused.add('units', u.r.n, 'import.row.required', { column: '负责人工号' }); continue; }
        const current = await trx.selectFrom('departments').select('head_person_id').where('id', '=', id).executeTakeFirst();
        if (current?.head_person_id === head) continue;
        await trx.updateTable('departments').set({ head_person_id: head, updated_at: nowIso() }).where('id', '=', id).execute();
        await audit({ entity: 'department', entityId: id, action: 'update', after: { headPersonId: head } });
      }

      refused.list.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
      if (refused.list.length > 0 || !opts.commit) throw new Rollback();
    }, opts.actor === undefined ? ctx.caller : opts.actor);
    report.committed = true;
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return report;
}
