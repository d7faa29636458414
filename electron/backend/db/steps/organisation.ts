import { uuidv7 } from 'uuidv7';
import { nowIso } from '../../clock';
import type { MigrationStep } from './index';

const ROLE_TITLES: Record<string, string> = {
  quality_manager: '质量经理',
  author: '文件编写人',
  auditor: '内审员',
  executive: '管理层',
};

/**
 * 0004_organisation: makes codes unique ignoring case (a duplicate gets -2, -3 …, reported) and adds the index;
 * gives every user a person record; a user with a department gets a primary position in it, named after the
 * role (one position per unit and role), and users.department_id is cleared: the primary position replaces it.
 */
export const organisationStep: MigrationStep = (sqlite, report) => {
  const seen = new Set<string>();
  const units = sqlite.prepare('SELECT id, code FROM departments WHERE code IS NOT NULL ORDER BY created_at, id').all() as { id: string; code: string }[];
  for (const u of units) {
    let code = u.code.toUpperCase();
    if (seen.has(code)) {
      let n = 2;
      while (seen.has(`${code}-${n}`) || units.some((x) => x.code.toUpperCase() === `${code}-${n}`)) n++;
      const renamed = `${code}-${n}`;
      sqlite.prepare('UPDATE departments SET code = ? WHERE id = ?').run(renamed, u.id);
      report({ entity: 'department', entityId: u.id, message: `duplicate code ${u.code} renamed ${renamed}`, details: { from: u.code, to: renamed } });
      code = renamed;
    }
    seen.add(code);
  }
  sqlite.exec('CREATE UNIQUE INDEX departments_code_upper ON departments (upper(code))');

  const users = sqlite.prepare('SELECT id, display_name, role, department_id, active FROM users ORDER BY created_at, id').all() as {
    id: string; display_name: string; role: string; department_id: string | null; active: number;
  }[];
  const insertPerson = sqlite.prepare(
    'INSERT INTO people (id, name, user_id, active, version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)',
  );
  const findPosition = sqlite.prepare('SELECT id FROM positions WHERE department_id = ? AND title = ?').pluck();
  const insertPosition = sqlite.prepare(
    'INSERT INTO positions (id, department_id, title, headcount, version, created_at, updated_at) VALUES (?, ?, ?, 1, 1, ?, ?)',
  );
  const bumpHeadcount = sqlite.prepare('UPDATE positions SET headcount = headcount + 1 WHERE id = ?');
  const hold = sqlite.prepare('INSERT INTO person_positions (person_id, position_id, is_primary, created_at) VALUES (?, ?, 1, ?)');
  for (const u of users) {
    const now = nowIso();
    const personId = uuidv7();
    insertPerson.run(personId, u.display_name, u.id, u.active, now, now);
    if (!u.department_id) continue;
    const title = ROLE_TITLES[u.role] ?? u.role;
    let positionId = findPosition.get(u.department_id, title) as string | undefined;
    if (positionId) bumpHeadcount.run(positionId);
    else {
      positionId = uuidv7();
      insertPosition.run(positionId, u.department_id, title, now, now);
    }
    hold.run(personId, positionId, now);
    report({ entity: 'user', entityId: u.id, message: `department moved to primary position ${title}`, details: { departmentId: u.department_id, positionId } });
  }
  sqlite.exec('UPDATE users SET department_id = NULL');
};
