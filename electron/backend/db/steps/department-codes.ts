import type { MigrationStep } from './index';

const MAX_CODE = 16;

/**
 * Makes department codes unique: upper-cases them, keeps each code for the oldest department that has it and
 * renames the others CODE-2, CODE-3 … (free ones, within 16 characters); then adds the unique index.
 */
export const departmentCodesUnique: MigrationStep = (sqlite, report) => {
  const rows = sqlite.prepare('SELECT id, name, code FROM departments WHERE code IS NOT NULL ORDER BY created_at, id').all() as {
    id: string;
    name: string;
    code: string;
  }[];
  const taken = new Set<string>();
  const wanted = rows.map((r) => ({ ...r, upper: r.code.trim().toUpperCase() }));
  const firsts = new Set<string>();
  for (const r of wanted) {
    if (taken.has(r.upper)) continue;
    taken.add(r.upper);
    firsts.add(r.id);
  }
  const update = sqlite.prepare('UPDATE departments SET code = ? WHERE id = ?');
  for (const r of wanted) {
    let code = r.upper;
    if (!firsts.has(r.id)) {
      for (let n = 2; ; n++) {
        const suffix = `-${n}`;
        code = r.upper.slice(0, MAX_CODE - suffix.length) + suffix;
        if (!taken.has(code)) break;
      }
      taken.add(code);
      report({ entity: 'department', entityId: r.id, message: `部门“${r.name}”的代码 ${r.code} 与其他部门重复，已改为 ${code}`, details: { before: r.code, after: code } });
    } else if (code !== r.code) {
      report({ entity: 'department', entityId: r.id, message: `部门“${r.name}”的代码 ${r.code} 已改为大写 ${code}`, details: { before: r.code, after: code } });
    }
    if (code !== r.code) update.run(code, r.id);
  }
  sqlite.exec('CREATE UNIQUE INDEX departments_code ON departments (code)');
};
