import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { applyMigrations, loadMigrations, migrationVersion } from '../../electron/backend/db/migrations';
import { tempDir } from '../helpers/backend';

const migrations = loadMigrations(join(APP_ROOT, 'migrations'));
const target = migrationVersion(migrations, 'reading_and_training');
let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

describe('migration reading_and_training', () => {
  it("links each position to training topics made from its free-text list, keeping the text", () => {
    tmp = tempDir();
    const db = new BetterSqlite3(join(tmp.dir, 'qms.sqlite'));
    applyMigrations(db, migrations, target - 1);
    const root = '00000000-0000-4000-8000-000000000001';
    const pos = db.prepare(
      `INSERT INTO positions (id, department_id, title, training_topics, version, created_at, updated_at) VALUES (?, '${root}', ?, ?, 1, 'x', 'x')`,
    );
    pos.run('p1', '客服专员', JSON.stringify(['服务礼仪', '投诉处理', ' ']));
    pos.run('p2', '客服主管', JSON.stringify(['服务礼仪', '班组管理']));
    pos.run('p3', '保洁员', 'not json');
    applyMigrations(db, migrations, target);
    const topics = db.prepare('SELECT title FROM training_topics ORDER BY title').pluck().all();
    expect(topics).toEqual(['投诉处理', '服务礼仪', '班组管理'].sort());
    const links = db.prepare('SELECT p.position_id, t.title FROM position_topics p JOIN training_topics t ON t.id = p.topic_id ORDER BY 1, 2').all();
    expect(links).toEqual([
      { position_id: 'p1', title: '投诉处理' },
      { position_id: 'p1', title: '服务礼仪' },
      { position_id: 'p2', title: '服务礼仪' },
      { position_id: 'p2', title: '班组管理' },
    ].sort((a, b) => (a.position_id + a.title < b.position_id + b.title ? -1 : 1)));
    expect(db.prepare("SELECT training_topics FROM positions WHERE id = 'p2'").pluck().get()).toBe(JSON.stringify(['服务礼仪', '班组管理']));
    const report = db.prepare("SELECT entity, entity_id FROM migration_report WHERE migration LIKE '%_reading_and_training' ORDER BY id").all();
    expect(report).toEqual([{ entity: 'position', entity_id: 'p3' }, { entity: 'training_topic', entity_id: null }]);
    db.close();
  });
});
