import type { MigrationStep } from './index';
import { sortKey } from '../../../../shared/text/sort-key';

const TABLES = [
  { table: 'documents', text: 'title', key: 'title_sort', entity: 'document', noun: '文件标题' },
  { table: 'users', text: 'display_name', key: 'name_sort', entity: 'user', noun: '用户姓名' },
  { table: 'departments', text: 'name', key: 'name_sort', entity: 'department', noun: '部门名称' },
] as const;

/** Fills the pinyin sort keys added by 0004_pinyin_sort_keys for every existing row. */
export const pinyinSortKeys: MigrationStep = (sqlite, report) => {
  for (const { table, text, key, entity, noun } of TABLES) {
    const rows = sqlite.prepare(`SELECT id, ${text} AS text FROM ${table}`).all() as { id: string; text: string }[];
    const update = sqlite.prepare(`UPDATE ${table} SET ${key} = ? WHERE id = ?`);
    for (const row of rows) update.run(sortKey(row.text), row.id);
    if (rows.length) report({ entity, message: `为 ${rows.length} 个${noun}计算了拼音排序键，按标题或姓名排序时按拼音排列。`, details: { count: rows.length } });
  }
};
